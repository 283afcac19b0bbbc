// docs/semantics.md, "Choices of scripts": a step with `with any N of (...)`
// holds its ladder until the agent reports using N different scripts of it.
import { describe, expect, it } from 'vitest';
import { EventError } from './events/error.js';
import { explain } from './explain.js';
import { compile } from './policy.js';
import { referenceOpen } from './reference/interpreter.js';
import { event, say, started } from '../test/calls.js';
import { CARE, checked } from '../test/checked-text.js';

const policy = checked(`policy "p" {
  version "1.0.0"
  stance warn_then_end
  script calm_a "I can hear this matters to you, {customer_name}."
  script calm_b "Let's see what I can do right now."
  script calm_c "I want to get this sorted for you."
  script warn_abuse "Please keep this respectful."
  rule abuse "Abuse" {
    when customer profanity and not caller.vulnerable
    do deescalate with any 2 of (calm_a, calm_b, calm_c) then warn with warn_abuse then end_call
    duties document
  }
${CARE}
}
`);

const profanity = (clock: string) => say(clock, { profanity: 0.9 });
const used = (clock: string, script: string, action = 'deescalate') => event('agent_action', clock, { action, rule: 'abuse', script });

describe('a choice of scripts', () => {
  it('holds the ladder until two different scripts are reported, the same in the engine and the reference', () => {
    const start = started({}, { name: 'Ms Okafor' });
    const s = compile(policy).open(start);
    const r = referenceOpen(policy, start);
    const both = (e: Record<string, unknown>) => {
      const d = s.handle(e);
      expect({ ...r.handle(e), matched: [] }).toEqual({ ...d, matched: [] });
      return d;
    };
    const first = both(profanity('0:05'));
    expect(first).toMatchObject({ action: 'deescalate', step: { n: 1, of: 3 }, script: { name: 'calm_a', filled: 'I can hear this matters to you, Ms Okafor.' } });
    expect(first.script_set).toMatchObject({ at_least: 2, used: [] });
    expect(first.script_set?.scripts.map((x) => x.name)).toEqual(['calm_a', 'calm_b', 'calm_c']);
    // No script reported: the ladder holds, and the same script is offered.
    expect(both(profanity('0:10'))).toMatchObject({ action: 'deescalate', step: { n: 1 }, script: { name: 'calm_a' } });
    // One reported: a confirmation, nothing owed; the next firing offers another.
    const confirmed = both(used('0:12', 'calm_b'));
    expect(confirmed).toMatchObject({ action: 'deescalate', script: { name: 'calm_b' }, duties: [], script_set: { used: ['calm_b'] } });
    expect(both(profanity('0:15'))).toMatchObject({ action: 'deescalate', script: { name: 'calm_a' }, script_set: { used: ['calm_b'] } });
    // The same script again does not count twice.
    both(used('0:16', 'calm_b'));
    expect(both(profanity('0:20')).action).toBe('deescalate');
    const done = both(used('0:22', 'calm_c'));
    expect(done.script_set?.used).toEqual(['calm_b', 'calm_c']);
    expect(explain(done)).toContain('Use at least 2 of 3 scripts: `calm_a`, `calm_b` (used), `calm_c` (used): done.');
    expect(explain(done)).toContain('Script `calm_c`: "I want to get this sorted for you."');
    expect(both(profanity('0:25'))).toMatchObject({ action: 'warn', step: { n: 2 } });
    expect(both(profanity('0:30'))).toMatchObject({ action: 'end_call', step: { n: 3 } });
  });

  it('takes a script reported before the rule fires as the step delivered by hand, and keeps what was used in a snapshot', () => {
    const compiled = compile(policy);
    const s = compiled.open(started());
    expect(s.handle(used('0:02', 'calm_c'))).toMatchObject({ action: 'deescalate', step: { n: 1 }, duties: [{ kind: 'document' }], script_set: { used: ['calm_c'] } });
    const snapshot = JSON.parse(JSON.stringify(s.snapshot()));
    expect(snapshot.script_sets).toEqual([4]);
    const restored = compiled.restore(snapshot);
    expect(restored.handle(profanity('0:05'))).toMatchObject({ action: 'deescalate', script: { name: 'calm_a' } });
    restored.handle(used('0:06', 'calm_a'));
    expect(restored.handle(profanity('0:10')).action).toBe('warn');
  });

  it('restores a snapshot without the scripts used as none used, and refuses one with the wrong number of choices', () => {
    const compiled = compile(policy);
    const s = compiled.open(started());
    s.handle(profanity('0:05'));
    const { script_sets: _used, ...older } = JSON.parse(JSON.stringify(s.snapshot()));
    expect(compiled.restore(older).handle(profanity('0:10'))).toMatchObject({ action: 'deescalate', script_set: { used: [] } });
    expect(() => compiled.restore({ ...older, script_sets: [1, 2] })).toThrow(/script_sets must list the scripts used for each of the 1 steps with a choice of scripts/);
  });

  it('takes an action with another of the policy\'s scripts as not prescribed, and rejects a script the policy lacks', () => {
    const s = compile(policy).open(started());
    s.handle(profanity('0:05'));
    const other = s.handle(used('0:06', 'warn_abuse'));
    expect(other).toMatchObject({ action: 'deescalate', script: { name: 'warn_abuse' }, matched: [] });
    expect(other.rule).toBeUndefined();
    let error: unknown;
    try {
      s.handle(used('0:07', 'calm_z'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EventError);
    expect(error).toMatchObject({ code: 'event/unknown-script', path: 'script' });
    expect(s.handle(profanity('0:10')).script_set?.used).toEqual([]);
  });
});
