import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARE, checked } from '../../test/checked-text.js';
import type { CheckedPolicy } from '@callguard/dsl';
import type { Decision } from '@callguard/contract';
import { compile } from '../policy.js';
import { property as parseProperty } from '../../test/property.js';
import { verify } from './verify.js';

const example = (name: string) => checked(readFileSync(new URL(`../../../../examples/policies/${name}`, import.meta.url), 'utf8'));

/** Runs a counterexample's events through a fresh session, as `replay` does, and returns every decision. */
function replay(policy: CheckedPolicy, events: readonly Record<string, unknown>[]): Decision[] {
  const session = compile(policy).open(events[0]);
  return [session.opening, ...events.slice(1).map((e) => session.handle(e))];
}

describe('verify', () => {
  it('finds that zero tolerance ends a call with no warning, with a call replay reproduces', () => {
    const policy = example('zero-tolerance.policy');
    const result = verify(policy, { asserts: [parseProperty('never end_call unless warned')] });
    const finding = result.findings.find((f) => f.property === 'never end_call unless warned');
    expect(finding?.holds).toBe(false);
    const events = finding?.counterexample?.events ?? [];
    expect(events).toHaveLength(2);
    const decisions = replay(policy, events);
    expect(decisions.at(-1)).toMatchObject({ action: 'end_call', rule: { id: 'severe_abuse' } });
    expect(decisions.slice(0, -1).some((d) => d.matched.some((m) => m.action === 'warn'))).toBe(false);
    // The stance's own promise exempts `end_call immediately`, so it holds.
    expect(result.findings.filter((f) => f.source === 'built-in').every((f) => f.holds)).toBe(true);
    expect(result.stats.complete).toBe(true);
  });

  it('explores a choice of scripts: the ladder moves past it only once the agent reports enough of them', () => {
    const policy = checked(`policy "p" {
  version "1.0.0"
  stance warn_then_end
  script calm_a "I can hear this matters to you."
  script calm_b "Let's see what I can do right now."
  script calm_c "I want to get this sorted for you."
  rule abuse "Abuse" {
    when customer profanity
    do deescalate with any 2 of (calm_a, calm_b, calm_c) then warn then end_call
  }
${CARE}
}`);
    const { findings } = verify(policy, { builtIn: false, asserts: [parseProperty('never end_call')] });
    const events = findings[0]?.counterexample?.events ?? [];
    // The shortest call that ends: two different scripts reported (the first delivers the step by hand), then a warning, then the end.
    const scripts = events.filter((e) => e['type'] === 'agent_action').map((e) => e['script']);
    expect(new Set(scripts).size).toBe(2);
    expect(events.filter((e) => e['type'] === 'utterance')).toHaveLength(2);
    const decisions = replay(policy, events);
    expect(decisions.at(-1)?.action).toBe('end_call');
    expect(decisions.some((d) => d.action === 'deescalate' && d.script_set?.used.length === 2)).toBe(true);
  });

  it('holds on a warn-then-end ladder, and breaks on a ladder that escalates instead', () => {
    const ladder = `policy "p" {
  version "1.0.0"
  stance warn_then_end
  rule abuse "Abuse" {
    when customer profanity
    do warn, up to 2 times then end_call
    duties document
  }
${CARE}
}`;
    expect(verify(checked(ladder)).holds).toBe(true);
    const skipped = ladder.replace('warn_then_end', 'escalate_first').replace('warn, up to 2 times then end_call', 'escalate to supervisor then end_call');
    const { findings } = verify(checked(skipped), { builtIn: false, asserts: [parseProperty('never end_call unless warned')] });
    const events = findings[0]?.counterexample?.events ?? [];
    expect(events.map((e) => e['type'])).toEqual(['call_started', 'utterance', 'utterance']);
    expect(replay(checked(skipped), events).at(-1)?.action).toBe('end_call');
  });

  it("exempts a silent line and an announced time limit from the stance's warning, and checks no stance under `stance none`", () => {
    const policy = (stance: string, tick: string) => `policy "p" {
  version "1.0.0"
  stance ${stance}
  on silence {
    when silence.duration >= 30s
    do end_call
    duties document
  }
  on tick {
    when call.duration >= 20m
    do ${tick}
    duties document
  }
${CARE}
}`;
    const stanceFinding = (text: string) => verify(checked(text)).findings.find((f) => f.property.startsWith('never end_call'));
    expect(stanceFinding(policy('warn_then_end', 'announce then end_call'))?.holds).toBe(true);
    // Written `on tick` but ending with nothing said first: the stance's promise breaks (check refuses it too).
    const asserted = verify({ ...checked(policy('none', 'remind then end_call')), stance: 'warn_then_end' });
    expect(asserted.findings.find((f) => f.property.startsWith('never end_call'))?.holds).toBe(false);
    expect(stanceFinding(policy('none', 'end_call'))).toBeUndefined();
  });

  it('reports dead and shadowed rules and unreachable group members', () => {
    const policy = checked(`policy "p" {
  version "1.0.0"
  stance warn_then_end
  group abusive = profanity or threat
  rule big "Big" {
    when customer abusive
    do warn then end_call
    duties document
  }
  rule small "Never wins" {
    when customer profanity
    do remind
  }
  rule never "Never fires" {
    when caller.warnings > 2 and caller.warnings < 1
    do remind
  }
${CARE}
}`);
    const byName = Object.fromEntries(verify(policy).findings.map((f) => [f.property, f]));
    expect(byName['no rule is dead']?.detail).toBe('no call makes `never` fire');
    expect(byName['no rule is shadowed']?.detail).toBe('`small` fire but another rule always wins');
    expect(byName['every behaviour named in a group is reachable']?.holds).toBe(true);
  });

  it('checks time, approvals, duties and caller fields', () => {
    const policy = checked(`policy "p" {
  version "1.0.0"
  stance escalate_first
  rule long "Long calls" {
    when call.duration >= 10m and customer rudeness
    do escalate to supervisor then end_call by supervisor
    duties document
  }
  rule block "Block" {
    when customer threat
    do escalate to supervisor then block_caller for 30d, approved by manager
  }
${CARE}
}`);
    const verdicts = verify(policy, {
      asserts: ['never end_call in the first 10m', 'never end_call in the first 15m', 'block_caller always approved by supervisor', 'never end_call when caller.vulnerable'].map(parseProperty),
    }).findings.map((f) => [f.property, f.holds]);
    expect(verdicts).toEqual([
      ['never end_call unless escalated (stance escalate_first)', true],
      ['never block_caller unless escalated (stance escalate_first)', true],
      ['end_call always owes document', true],
      ['block_caller always owes document', false],
      ['never end_call in the first 10m', true],
      ['never end_call in the first 15m', false],
      ['block_caller always approved by supervisor', false],
      ['never end_call when caller.vulnerable', false],
      ['no rule is dead', true],
      ['no rule is shadowed', true],
      ['every behaviour named in a group is reachable', true],
    ]);
  });
});

describe('a policy\'s own asserts', () => {
  it('are checked with the built-in properties, under their titles, and broken ones come with a call replay reproduces', () => {
    const text = `policy "p" {
  version "1.0.0"
  stance warn_then_end
  assert "two warnings first": never end_call unless warned twice
  assert never end_call unless warned
  rule abuse "Abuse" {
    when customer profanity
    do warn then end_call
    duties document
  }
${CARE}
}`;
    const policy = checked(text);
    const asserted = verify(policy).findings.filter((f) => f.source === 'asserted');
    expect(asserted.map((f) => [f.title, f.property, f.holds])).toEqual([
      ['two warnings first', 'never end_call unless warned twice', false],
      [undefined, 'never end_call unless warned', true],
    ]);
    const events = asserted[0]?.counterexample?.events ?? [];
    const decisions = replay(policy, events);
    expect(decisions.at(-1)).toMatchObject({ action: 'end_call', rule: { id: 'abuse' } });
    expect(decisions.filter((d) => d.matched.some((m) => m.action === 'warn'))).toHaveLength(1);
  });
});

describe('several rules for one event', () => {
  it('explores calls where the customer has spoken and where nobody has, so each ladder is reached', () => {
    const policy = checked(`policy "p" {
  version "1.0.0"
  stance warn_then_end
  assert "the silent line ends with a recorded message": never block_caller
  on silence ghost_call "No one on the line" {
    when not call.customer_spoken
    do remind then warn then end_call
  }
  on silence silent_line "The customer went quiet" {
    when call.customer_spoken
    do remind then refuse
  }
${CARE}
}`);
    const result = verify(policy, { builtIn: false, asserts: [parseProperty('never end_call unless warned twice'), parseProperty('never refuse')] });
    expect(result.stats.complete).toBe(true);
    const [ending, refusing] = result.findings.filter((f) => f.source === 'asserted' && f.property !== 'never block_caller');
    const ghost = replay(policy, ending?.counterexample?.events ?? []);
    expect(ghost.at(-1)).toMatchObject({ action: 'end_call', rule: { id: 'ghost_call' } });
    const quiet = refusing?.counterexample?.events ?? [];
    expect(quiet.map((e) => e['type'])).toEqual(['call_started', 'utterance', 'silence', 'silence']);
    expect(replay(policy, quiet).at(-1)).toMatchObject({ action: 'refuse', rule: { id: 'silent_line' } });
  });
});
