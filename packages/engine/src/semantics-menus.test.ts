// docs/semantics.md, "Menus: steps that permit without recommending" and
// "Steps that wait, and steps that follow at once", case by case.
import { describe, expect, it } from 'vitest';
import { explain } from './explain.js';
import { compile } from './policy.js';
import { event, open, say, started } from '../test/calls.js';
import { checked } from '../test/checked-text.js';

const policy = (body: string) =>
  checked(`policy "menus" {
  version "1.0.0"
  stance none
  script closing "終話いたします。"
  script limit "本日のお電話は30分までとさせていただいております。"
${body}
}`);

describe('a `may` step (a menu)', () => {
  const menus = policy(`  rule abuse "Abuse: a warning, then the officer may end the call" {
    when customer profanity
    do warn with closing then may end_call with closing or escalate to supervisor
    duties document
  }
  rule rude "Rudeness" {
    when customer rudeness
    do remind
  }`);

  it('recommends nothing: continue, the rule and step named, what it offers listed, its duties owed', () => {
    const s = open(menus);
    s.handle(say('0:01', { profanity: 0.9 }));
    const d = s.handle(say('0:02', { profanity: 0.9 }));
    expect(d).toMatchObject({ action: 'continue', rule: { id: 'abuse' }, step: { n: 2, of: 2 }, offered: ['escalate', 'end_call'], ended: false });
    expect(d.script).toBeUndefined();
    expect(d.allowed).toEqual(['continue', 'remind', 'deescalate', 'escalate', 'end_call']);
    expect(d.duties.map((x) => x.kind)).toEqual(['document']);
    expect(d.matched).toEqual([expect.objectContaining({ rule: 'abuse', action: 'continue', step: { n: 2, of: 2 } })]);
    expect(explain(d)).toMatch(/^Nothing is recommended; the agent may escalate the call, or end the call \(step 2 of 2 of rule `abuse`/);
  });

  it('loses to any rule that recommends something, and still permits what it offers', () => {
    const s = open(menus);
    s.handle(say('0:01', { profanity: 0.9 }));
    const d = s.handle(say('0:02', { profanity: 0.9, rudeness: 0.9 }));
    expect(d).toMatchObject({ action: 'remind', rule: { id: 'rude' } });
    expect(d.offered).toBeUndefined();
    expect(d.allowed).toContain('end_call');
    expect(d.matched.map((m) => [m.rule, m.action])).toEqual([['abuse', 'continue'], ['rude', 'remind']]);
  });

  it('an agent taking one of its choices confirms the menu with that choice, and its ending ends the call', () => {
    const s = open(menus);
    s.handle(say('0:01', { profanity: 0.9 }));
    s.handle(say('0:02', { profanity: 0.9 }));
    const d = s.handle(event('agent_action', '0:03', { action: 'end_call', rule: 'abuse' }));
    expect(d).toMatchObject({ action: 'end_call', rule: { id: 'abuse' }, step: { n: 2, of: 2 }, script: { name: 'closing' }, duties: [], ended: true });
    expect(d.offered).toBeUndefined();
  });

  it('is no action an agent can report by itself: `continue` naming the rule is not prescribed', () => {
    const s = open(menus);
    s.handle(say('0:01', { profanity: 0.9 }));
    s.handle(say('0:02', { profanity: 0.9 }));
    const d = s.handle(event('agent_action', '0:03', { action: 'continue', rule: 'abuse' }));
    expect(d.rule).toBeUndefined();
  });
});

describe('steps that wait (`after`)', () => {
  const waiting = policy(`  on tick {
    when call.duration >= 20m
    do remind with limit then after 10m escalate to manager
  }`);

  it('are due on the first event that tries the rule once the wait has passed since its last step; before, the rule does not fire', () => {
    const s = open(waiting);
    expect(s.handle(event('tick', '19:30')).action).toBe('continue');
    expect(s.handle(event('tick', '20:00'))).toMatchObject({ action: 'remind', step: { n: 1 } });
    const early = s.handle(event('tick', '29:59'));
    expect(early).toMatchObject({ action: 'continue', matched: [], duties: [] });
    expect(s.handle(event('tick', '30:00'))).toMatchObject({ action: 'escalate', to: 'manager', step: { n: 2 } });
    // The last step repeats, each time after its wait.
    expect(s.handle(event('tick', '35:00')).action).toBe('continue');
    expect(s.handle(event('tick', '40:00')).action).toBe('escalate');
  });

  it('carry the time of each rule last step through a snapshot', () => {
    const compiled = compile(waiting);
    const s = compiled.open(started());
    s.handle(event('tick', '20:00'));
    const saved = s.snapshot();
    expect(saved.moved).toEqual([20 * 60_000]);
    const restored = compiled.restore(JSON.parse(JSON.stringify(saved)));
    expect(restored.handle(event('tick', '29:00')).action).toBe('continue');
    expect(restored.handle(event('tick', '30:00')).action).toBe('escalate');
  });

  it('leave snapshots of policies without them as they were', () => {
    const plain = policy(`  on tick {
    when call.duration >= 20m
    do remind with limit
  }`);
    expect(open(plain).snapshot()).not.toHaveProperty('moved');
  });
});

describe('steps that follow at once', () => {
  const announced = policy(`  on tick {
    when call.duration >= 30m
    do announce with limit then at once end_call with closing via recorded_message
    duties document
  }`);

  it('are taken on the same event as the step before: the most severe decides, each is matched, duties owed once', () => {
    const s = open(announced);
    const d = s.handle(event('tick', '30:00'));
    expect(d).toMatchObject({ action: 'end_call', step: { n: 2, of: 2 }, script: { name: 'closing' }, mode: 'recorded_message', ended: true });
    expect(d.matched.map((m) => [m.action, m.step.n])).toEqual([['announce', 1], ['end_call', 2]]);
    expect(d.duties.map((x) => x.kind)).toEqual(['document']);
    expect(d.allowed).toContain('announce');
  });

  it('follow a step an agent delivered by hand too', () => {
    const s = open(announced);
    const d = s.handle(event('agent_action', '5:00', { action: 'announce', rule: 'tick' }));
    expect(d).toMatchObject({ action: 'end_call', step: { n: 2 } });
    expect(d.matched.map((m) => m.action)).toEqual(['announce', 'end_call']);
  });
});
