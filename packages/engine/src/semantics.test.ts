// One test (or a few) per paragraph of docs/semantics.md, in the page's order.
import { describe, expect, it } from 'vitest';
import type { CheckedCondition, CheckedPolicy } from '@callguard/dsl';
import type { Decision } from '@callguard/contract';
import { EventError } from './events/error.js';
import { compile } from './policy.js';
import { referenceOpen } from './reference/interpreter.js';
import type { Session } from './session.js';
import { at, event, open, say, started } from '../test/calls.js';
import { acmeStandard, alternative, and, DAY, duty, field, MINUTE, not, or, policy, rule, step, when } from '../test/policies.js';

function rejection(session: Session, e: unknown): EventError {
  try {
    session.handle(e);
  } catch (error) {
    if (error instanceof EventError) return error;
    throw error;
  }
  throw new Error('the event was accepted');
}

const fires = (d: Decision): string[] => d.matched.map((m) => m.rule);

const single = (condition: CheckedCondition, options: Parameters<typeof policy>[1] = {}) =>
  policy([rule('r', { condition, ladder: [step('warn')] })], options);

describe('calls, events and sessions', () => {
  it('opens from call_started and returns one decision per event', () => {
    const s = open(acmeStandard);
    const d = s.handle(say('0:05', { profanity: 0.92 }));
    expect(d.action).toBe('warn');
    expect(d.event).toEqual({ seq: 1, at: '2026-12-01T09:00:05.000Z', type: 'utterance', channel: 'phone' });
  });

  it('rejects a second call_started', () => {
    const s = open(acmeStandard);
    expect(rejection(s, started()).code).toBe('event/already-started');
  });

  it('time is event time: durations come from at, not the clock', () => {
    const s = open(acmeStandard, { peak_hours: true });
    expect(s.handle(say('20:00')).action).toBe('continue');
    expect(s.handle(say('20:01')).action).toBe('remind');
  });
});

describe('rejected events', () => {
  it('names the field that does not match the schema', () => {
    const s = open(acmeStandard);
    const e = rejection(s, say('0:05', { threat: 1.5 }));
    expect(e).toMatchObject({ code: 'event/invalid', path: 'signals.threat', message: 'signals.threat must be at most 1' });
    expect(rejection(s, { type: 'utterance', at: at('0:05'), speaker: 'customer' })).toMatchObject({
      path: 'signals',
      message: 'signals is required',
    });
    expect(rejection(s, { type: 'silence', at: '2026-12-01 09:00:05', seconds: 3 })).toMatchObject({ path: 'at' });
    expect(rejection(s, { type: 'silence', at: '2026-12-01T09:00:05', seconds: 3 })).toMatchObject({ path: 'at' });
    expect(rejection(s, { type: 'shout', at: at('0:05') })).toMatchObject({ path: 'type' });
    expect(rejection(s, { type: 'silence', at: '2026-13-01T09:00:05Z', seconds: 3 })).toMatchObject({
      path: 'at',
      message: 'at is not a real date and time',
    });
  });

  it('rejects unknown behaviours instead of ignoring them', () => {
    const s = open(acmeStandard);
    expect(rejection(s, { type: 'utterance', at: at('0:05'), speaker: 'customer', signals: { threaat: 0.9 } })).toMatchObject({
      code: 'event/unknown-behaviour',
      path: 'signals.threaat',
      message: '`threaat` is not a built-in behaviour and policy acme-standard does not declare it',
    });
    expect(rejection(s, { type: 'utterance', at: at('0:05'), speaker: 'customer', signals: { 'threat!': 0.9 } })).toMatchObject({
      code: 'event/invalid',
      path: 'signals.threat!',
      message: 'signals.threat! is not a behaviour name: letters, digits and `_`, starting with a letter or `_`',
    });
  });

  it('leaves the session exactly as it was', () => {
    const s = open(acmeStandard);
    s.handle(say('0:05', { profanity: 0.92, uncooperative: 0.9 }));
    const before = JSON.stringify(s.snapshot());
    const bad: unknown[] = [
      say('0:06', { profanity: 2 }),
      say('0:01', { profanity: 0.9 }),
      event('agent_action', '0:07', { action: 'warn', rule: 'nope' }),
      started(),
    ];
    for (const e of bad) rejection(s, e);
    expect(JSON.stringify(s.snapshot())).toBe(before);
    // A later valid event is handled as if the bad ones had never been sent.
    const d = s.handle(say('0:08', { profanity: 0.92 }));
    expect(d.step).toEqual({ n: 2, of: 4 });
    expect(d.event.seq).toBe(2);
  });

  it('rejects an event earlier than the previous one; equal is fine', () => {
    const s = open(acmeStandard);
    s.handle(say('1:00'));
    expect(rejection(s, say('0:59'))).toMatchObject({ code: 'event/out-of-order', path: 'at' });
    expect(s.handle(say('1:00')).event.seq).toBe(2);
    // Order is by instant, whatever the time zone.
    expect(rejection(s, { type: 'poor_line', at: '2026-12-01T10:00:59+01:00' }).code).toBe('event/out-of-order');
    expect(s.handle({ type: 'poor_line', at: '2026-12-01T10:01:00+01:00' }).event.at).toBe('2026-12-01T09:01:00.000Z');
  });

  it('rejects an agent_action naming a rule the policy does not have', () => {
    const s = open(acmeStandard);
    expect(rejection(s, event('agent_action', '0:05', { action: 'warn', rule: 'abuses' }))).toMatchObject({
      code: 'event/unknown-rule',
      path: 'rule',
    });
  });
});

describe('sequence numbers', () => {
  it('count accepted events from 1; rejected ones take no number', () => {
    const s = open(acmeStandard);
    expect(s.handle(say('0:01')).event.seq).toBe(1);
    rejection(s, say('0:00'));
    expect(s.handle(event('poor_line', '0:02')).event).toEqual({ seq: 2, at: '2026-12-01T09:00:02.000Z', type: 'poor_line', channel: 'phone' });
    expect(s.handle(event('agent_action', '0:03', { action: 'remind' })).event.seq).toBe(3);
  });
});

describe('which rules are tried', () => {
  const p = policy([
    rule('u', { condition: when('rudeness'), ladder: [step('deescalate')] }),
    rule('drop', { on: 'line_dropped', ladder: [step('callback', { withinMs: 5 * MINUTE })] }),
    rule('poor', { on: 'poor_line', ladder: [step('remind')] }),
    rule('quiet', { on: 'silence', condition: field('silence.duration', '>=', 30_000, 'duration'), ladder: [step('remind')] }),
  ]);

  it('tries utterance rules on utterances and on-rules on their event only', () => {
    const s = open(p);
    expect(fires(s.handle(say('0:01', { rudeness: 0.9 })))).toEqual(['u']);
    expect(fires(s.handle(event('poor_line', '0:02')))).toEqual(['poor']);
    expect(fires(s.handle(event('silence', '0:03', { seconds: 29 })))).toEqual([]);
    expect(fires(s.handle(event('silence', '0:04', { seconds: 30 })))).toEqual(['quiet']);
    expect(fires(s.handle(event('agent_action', '0:05', { action: 'warn' })))).toEqual([]);
    expect(fires(s.handle(event('line_dropped', '0:06')))).toEqual(['drop']);
  });

  it('an on rule with no when always fires on its event', () => {
    const s = open(p);
    expect(s.handle(event('poor_line', '0:02')).action).toBe('remind');
  });

  it('tries rules in policy order', () => {
    const both = policy([
      rule('second', { condition: when('rudeness'), ladder: [step('remind')] }),
      rule('first', { condition: when('rudeness'), ladder: [step('remind')] }),
    ]);
    expect(fires(open(both).handle(say('0:01', { rudeness: 0.9 })))).toEqual(['second', 'first']);
  });

  it('tries several on rules for one event, each with its own condition and ladder', () => {
    const spoken = field('call.customer_spoken', '=', true, 'boolean');
    const two = policy([
      rule('ghost_call', { on: 'silence', condition: not(spoken), ladder: [step('remind'), step('end_call')] }),
      rule('silent_line', { on: 'silence', condition: spoken, ladder: [step('remind'), step('warn')] }),
    ]);
    const ghost = open(two);
    expect(fires(ghost.handle(event('silence', '0:05', { seconds: 5 })))).toEqual(['ghost_call']);
    expect(ghost.handle(event('silence', '0:10', { seconds: 5 }))).toMatchObject({ action: 'end_call', rule: { id: 'ghost_call' } });
    const quiet = open(two);
    quiet.handle(say('0:01'));
    expect(quiet.handle(event('silence', '0:05', { seconds: 5 }))).toMatchObject({ action: 'remind', rule: { id: 'silent_line' } });
    expect(quiet.handle(event('silence', '0:10', { seconds: 5 }))).toMatchObject({ action: 'warn', step: { n: 2, of: 2 } });
  });
});

describe('conditions: behaviours', () => {
  it('uses 0.5 when the policy sets no threshold', () => {
    const s = open(single(when('threat')));
    expect(s.handle(say('0:01', { threat: 0.49 })).action).toBe('continue');
    expect(s.handle(say('0:02', { threat: 0.5 })).action).toBe('warn');
  });

  it("uses the policy's default threshold, and a per-behaviour one over it", () => {
    const s = open(acmeStandard);
    expect(s.handle(say('0:01', { profanity: 0.69 })).action).toBe('continue');
    expect(s.handle(say('0:02', { threat: 0.75 })).action).toBe('continue');
    expect(s.handle(say('0:03', { profanity: 0.7 })).action).toBe('warn');
  });

  it('counts a confidence at the threshold, not below it', () => {
    const s = open(acmeStandard);
    expect(s.handle(say('0:01', { threat: 0.79999 })).action).toBe('continue');
    expect(s.handle(say('0:02', { threat: 0.8 })).matched[0]?.why).toBe('customer abusive: threat 0.80 ≥ 0.80');
  });

  it('treats a missing signal as confidence 0', () => {
    const s = open(single(not(when('threat')), { threshold: 0 }));
    // Threshold 0: even a missing signal (0) reaches it, so `not threat` is false.
    expect(s.handle(say('0:01', {})).action).toBe('continue');
  });

  it('listens to the named speaker only; no speaker means the customer', () => {
    const p = policy([
      rule('customer', { condition: when('profanity'), ladder: [step('warn')] }),
      rule('agent', { condition: when('profanity', { speaker: 'agent' }), ladder: [step('remind')] }),
    ]);
    const s = open(p);
    expect(fires(s.handle(say('0:01', { profanity: 0.9 }, 'agent')))).toEqual(['agent']);
    expect(fires(s.handle(say('0:02', { profanity: 0.9 }, 'customer')))).toEqual(['customer']);
  });

  it('a group is true when any member is detected', () => {
    const s = open(acmeStandard);
    expect(s.handle(say('0:01', { slur: 0.71 })).action).toBe('warn');
    expect(s.handle(say('0:02', { hate_speech: 0.2, sexual_harassment: 0.95 })).matched[0]?.why).toBe(
      'customer abusive: sexual_harassment 0.95 ≥ 0.70',
    );
    expect(s.handle(say('0:03', { harassment: 0.95 })).action).toBe('continue');
  });
});

describe('conditions: counts', () => {
  const p = policy([rule('stuck', { condition: when('uncooperative', { times: 5, withinMs: 10 * MINUTE }), ladder: [step('warn')] })]);

  it('follows the example on the page exactly', () => {
    const s = open(p);
    const u = { uncooperative: 0.9 };
    for (const t of ['0:00', '2:00', '4:00', '6:00']) expect(s.handle(say(t, u)).action).toBe('continue');
    expect(s.handle(say('8:00', u)).action).toBe('warn');
    expect(s.handle(say('10:30', u)).action).toBe('warn');
    expect(s.handle(say('10:40', {})).action).toBe('continue');
  });

  it('a detection exactly the window ago no longer counts', () => {
    const s = open(p);
    const u = { uncooperative: 0.9 };
    for (const t of ['0:00', '2:00', '4:00', '6:00']) s.handle(say(t, u));
    expect(s.handle(say('10:00', u)).action).toBe('continue');
    expect(s.handle(say('10:01', u)).action).toBe('warn');
  });

  it('counts only utterances of the named speaker', () => {
    const s = open(p);
    for (const t of ['0:00', '0:10', '0:20', '0:30']) s.handle(say(t, { uncooperative: 0.9 }));
    expect(s.handle(say('0:40', { uncooperative: 0.9 }, 'agent')).action).toBe('continue');
    expect(s.handle(say('0:50', { uncooperative: 0.9 })).action).toBe('warn');
  });

  it('keeps tallying whether or not its rule is tried', () => {
    const late = policy([
      rule('late', {
        condition: and(field('call.duration', '>', 5 * MINUTE, 'duration'), when('uncooperative', { times: 3, withinMs: 10 * MINUTE })),
        ladder: [step('warn')],
      }),
    ]);
    const s = open(late);
    expect(s.handle(say('0:30', { uncooperative: 0.9 })).action).toBe('continue');
    expect(s.handle(say('1:00', { uncooperative: 0.9 })).action).toBe('continue');
    expect(s.handle(say('5:30', { uncooperative: 0.9 })).action).toBe('warn');
  });

  it('a group count tallies any member, and each count keeps its own tally', () => {
    const two = policy([
      rule('a', { condition: when('rude', { behaviours: ['rudeness', 'aggression'], times: 2, withinMs: MINUTE }), ladder: [step('remind')] }),
      rule('b', { condition: when('rudeness', { times: 2, withinMs: MINUTE }), ladder: [step('remind')] }),
    ]);
    const s = open(two);
    s.handle(say('0:00', { aggression: 0.9 }));
    expect(fires(s.handle(say('0:10', { rudeness: 0.9 })))).toEqual(['a']);
    expect(fires(s.handle(say('0:20', { rudeness: 0.9 })))).toEqual(['a', 'b']);
  });
});

describe('conditions: fields and logic', () => {
  it('reads caller fields from call_started, with defaults when absent', () => {
    const p = policy([
      rule('n', { condition: field('caller.incidents_30d', '=', 0, 'number'), ladder: [step('remind')] }),
      rule('b', { condition: field('caller.verified', '=', false, 'boolean'), ladder: [step('remind')] }),
      rule('t', { condition: field('call.queue', '=', '', 'text'), ladder: [step('remind')] }),
      rule('p', { condition: not(field('call.peak_hours', '=', true, 'boolean')), ladder: [step('remind')] }),
    ]);
    expect(fires(open(p).handle(say('0:01')))).toEqual(['n', 'b', 't', 'p']);
    const known = open(p, { queue: 'billing', peak_hours: true }, { incidents_30d: 2, verified: true });
    expect(fires(known.handle(say('0:01')))).toEqual([]);
  });

  it('call.duration is this event minus call_started; silence.duration is its seconds', () => {
    const p = policy([
      rule('long', { condition: field('call.duration', '>=', 90_000, 'duration'), ladder: [step('remind')] }),
      rule('quiet', { on: 'silence', condition: field('silence.duration', '>', 20_000, 'duration'), ladder: [step('remind')] }),
    ]);
    const s = open(p);
    expect(s.handle(say('1:29')).action).toBe('continue');
    expect(s.handle(say('1:30')).action).toBe('remind');
    expect(s.handle(event('silence', '1:31', { seconds: 20 })).action).toBe('continue');
    expect(s.handle(event('silence', '1:32', { seconds: 20.5 })).matched[0]?.why).toBe('silence.duration 20s 500ms > 20s');
  });

  it('call.customer_spoken is false until the customer says something, then true; the agent speaking does not count', () => {
    const p = single(field('call.customer_spoken', '=', true, 'boolean'));
    const s = open(p);
    expect(s.handle(say('0:01', {}, 'agent')).action).toBe('continue');
    expect(s.handle(say('0:02')).action).toBe('warn');
    expect(s.handle(say('0:03', {}, 'agent')).action).toBe('warn');
    const ticks = open(policy([rule('t', { on: 'tick', condition: not(field('call.customer_spoken', '=', true, 'boolean')), ladder: [step('remind')] })]));
    expect(ticks.handle(event('tick', '0:01')).action).toBe('remind');
    ticks.handle(say('0:02'));
    expect(ticks.handle(event('tick', '0:03')).action).toBe('continue');
  });

  it('and, or and not are the usual logic', () => {
    const p = single(or(and(when('rudeness'), not(when('threat'))), field('caller.warnings', '>', 2, 'number')));
    const s = open(p);
    expect(s.handle(say('0:01', { rudeness: 0.9 })).action).toBe('warn');
    expect(s.handle(say('0:02', { rudeness: 0.9, threat: 0.9 })).action).toBe('continue');
    expect(open(p, {}, { warnings: 3 }).handle(say('0:01')).action).toBe('warn');
  });
});

describe('ladders', () => {
  it('moves one step per firing: warn, warn, escalate, end_call', () => {
    const s = open(acmeStandard);
    const steps = ['0:01', '0:02', '0:03', '0:04'].map((t) => s.handle(say(t, { profanity: 0.9 })));
    expect(steps.map((d) => [d.action, d.step?.n, d.step?.of])).toEqual([
      ['warn', 1, 4],
      ['warn', 2, 4],
      ['escalate', 3, 4],
      ['end_call', 4, 4],
    ]);
  });

  it('repeats the last step once there', () => {
    const s = open(policy([rule('r', { condition: when('rudeness'), ladder: [step('deescalate'), step('escalate', { to: 'supervisor' })] })]));
    const actions = ['0:01', '0:02', '0:03', '0:04'].map((t) => s.handle(say(t, { rudeness: 0.9 })));
    expect(actions.map((d) => `${d.action} ${d.step?.n}`)).toEqual(['deescalate 1', 'escalate 2', 'escalate 2', 'escalate 2']);
  });

  it('moves on even when another rule wins', () => {
    const p = policy([
      rule('soft', { condition: when('rudeness'), ladder: [step('remind'), step('deescalate')] }),
      rule('hard', { condition: when('threat'), ladder: [step('escalate', { to: 'supervisor' })] }),
    ]);
    const s = open(p);
    const d = s.handle(say('0:01', { rudeness: 0.9, threat: 0.9 }));
    expect(d.rule?.id).toBe('hard');
    expect(s.handle(say('0:02', { rudeness: 0.9 })).step).toEqual({ n: 2, of: 2 });
  });
});

describe('the decision', () => {
  const p = policy([
    rule('a', { condition: when('rudeness'), ladder: [step('warn')], duties: [duty('document'), duty('notify', { target: 'supervisor' })] }),
    rule('b', { condition: when('aggression'), ladder: [step('warn')], duties: [duty('document'), duty('review')] }),
    rule('c', {
      condition: when('threat'),
      ladder: [step('escalate', { to: 'security' })],
      duties: [duty('notify', { target: 'security' }), duty('follow_up', { script: 'apology', withinMs: DAY }), duty('document')],
    }),
  ]);

  it('follows the most severe step, ties going to the rule declared first', () => {
    const s = open(p);
    expect(s.handle(say('0:01', { aggression: 0.9, rudeness: 0.9 })).rule?.id).toBe('a');
    expect(open(p).handle(say('0:01', { aggression: 0.9, threat: 0.9 })).rule?.id).toBe('c');
  });

  it('lists every rule that fired in matched, in policy order, with its step', () => {
    const d = open(p).handle(say('0:01', { threat: 0.9, aggression: 0.9, rudeness: 0.9 }));
    expect(d.matched.map(({ rule, action, step }) => ({ rule, action, step }))).toEqual([
      { rule: 'a', action: 'warn', step: { n: 1, of: 1 } },
      { rule: 'b', action: 'warn', step: { n: 1, of: 1 } },
      { rule: 'c', action: 'escalate', step: { n: 1, of: 1 } },
    ]);
  });

  it('owes the union of duties in policy order, without repeats, with due dates', () => {
    const d = open(p).handle(say('0:05', { threat: 0.9, aggression: 0.9, rudeness: 0.9 }));
    expect(d.duties).toEqual([
      { kind: 'document', rule: 'a' },
      { kind: 'notify', rule: 'a', target: 'supervisor' },
      { kind: 'review', rule: 'b' },
      { kind: 'notify', rule: 'c', target: 'security' },
      {
        kind: 'follow_up',
        rule: 'c',
        script: { name: 'apology', text: expect.any(String) as string },
        within_ms: DAY,
        due: '2026-12-02T09:00:05.000Z',
      },
    ]);
  });

  it('is continue with no rule, step or duties when nothing fires', () => {
    const d = open(acmeStandard).handle(say('0:01'));
    expect(JSON.stringify(d)).toBe(
      '{"v":1,"action":"continue","allowed":["continue","remind","deescalate","escalate"],"required":[],"duties":[],"matched":[],"ended":false,' +
        '"policy":{"name":"acme-standard","version":"3.2.0","hash":"5f1c0000000000000000000000000000000000000000000000000000000000aa"},' +
        '"event":{"seq":1,"at":"2026-12-01T09:00:01.000Z","type":"utterance","channel":"phone"}}',
    );
  });

  it('carries the step details only when the winning step has them, in a fixed key order', () => {
    const s = open(acmeStandard, {}, { incidents_30d: 3 });
    const block = s.handle(say('0:01', { harassment: 0.9 }));
    const always = ['allowed', 'required', 'duties', 'matched', 'ended', 'policy', 'event'];
    expect(Object.keys(block)).toEqual(['v', 'action', 'rule', 'step', 'approved_by', 'for_ms', ...always]);
    expect(block).toMatchObject({ action: 'block_caller', approved_by: ['supervisor'], for_ms: 90 * DAY, ended: true });
    const t = open(acmeStandard);
    t.handle(say('0:01', { profanity: 0.9 }));
    t.handle(say('0:02', { profanity: 0.9 }));
    const escalate = t.handle(say('0:03', { profanity: 0.9 }));
    expect(Object.keys(escalate)).toEqual(['v', 'action', 'rule', 'step', 'to', ...always]);
    const drop = t.handle(event('line_dropped', '0:04'));
    expect(drop).toMatchObject({ action: 'callback', within_ms: 10 * MINUTE, ended: true });
    expect(Object.keys(drop)).toEqual(['v', 'action', 'rule', 'step', 'within_ms', ...always]);
  });

  it('ends after end_call, block_caller, line_dropped and call_ended, and rejects later events', () => {
    const cases: [Session, unknown][] = [];
    const endCall = open(policy([rule('r', { condition: when('threat'), ladder: [step('end_call')] })]));
    cases.push([endCall, say('0:01', { threat: 0.9 })]);
    const block = open(policy([rule('r', { condition: when('threat'), ladder: [step('block_caller', { forMs: DAY })] })]));
    cases.push([block, say('0:01', { threat: 0.9 })]);
    cases.push([open(acmeStandard), event('line_dropped', '0:01')]);
    cases.push([open(policy([])), event('line_dropped', '0:01')]);
    cases.push([open(acmeStandard), event('call_ended', '0:01', { by: 'customer' })]);
    for (const [s, e] of cases) {
      expect(s.handle(e).ended).toBe(true);
      expect(s.ended).toBe(true);
      expect(rejection(s, say('0:02')).code).toBe('event/call-ended');
      expect(rejection(s, event('call_ended', '0:03')).code).toBe('event/call-ended');
    }
  });

  it('poor_line and silence do not end the call unless the winning step does', () => {
    const s = open(policy([rule('p', { on: 'poor_line', ladder: [step('callback', { withinMs: MINUTE }), step('end_call')] })]));
    expect(s.handle(event('poor_line', '0:01')).ended).toBe(false);
    expect(s.handle(event('silence', '0:02', { seconds: 60 })).ended).toBe(false);
    expect(s.handle(event('poor_line', '0:03'))).toMatchObject({ action: 'end_call', ended: true });
  });

  it('callback wins over any other step on a line event', () => {
    const p2 = policy([
      rule('block', { on: 'line_dropped', ladder: [step('block_caller', { forMs: DAY })] }),
      rule('back', { on: 'line_dropped', ladder: [step('callback', { withinMs: MINUTE })] }),
    ]);
    expect(open(p2).handle(event('line_dropped', '0:01')).rule?.id).toBe('back');
  });

  it('names the policy version and hash, and normalises at', () => {
    const d = open(acmeStandard).handle({ type: 'poor_line', at: '2026-12-01T10:00:01.5+01:00' });
    expect(d.policy).toEqual({ name: 'acme-standard', version: '3.2.0', hash: acmeStandard.hash });
    expect(d.event.at).toBe('2026-12-01T09:00:01.500Z');
  });
});

describe('agent actions', () => {
  it('takes a matching step as delivered: the ladder moves on and the decision repeats it', () => {
    const s = open(acmeStandard);
    const d = s.handle(event('agent_action', '0:01', { action: 'warn', rule: 'abuse' }));
    expect(d).toMatchObject({ action: 'warn', rule: { id: 'abuse' }, step: { n: 1, of: 4 }, ended: false });
    expect(d.duties.map((x) => x.kind)).toEqual(['document', 'follow_up', 'debrief']);
    expect(d.matched.map((m) => m.rule)).toEqual(['abuse']);
    expect(s.handle(say('0:02', { profanity: 0.9 })).step).toEqual({ n: 2, of: 4 });
  });

  it('records an action the current step does not prescribe with no rule, and the ladder stays', () => {
    const s = open(acmeStandard);
    const d = s.handle(event('agent_action', '0:01', { action: 'escalate', rule: 'abuse' }));
    expect(JSON.stringify(d)).toBe(
      '{"v":1,"action":"escalate","allowed":["continue","remind","deescalate","escalate"],"required":[],"duties":[],"matched":[],"ended":false,' +
        `"policy":${JSON.stringify(d.policy)},"event":{"seq":1,"at":"2026-12-01T09:00:01.000Z","type":"agent_action","channel":"phone"}}`,
    );
    expect(s.handle(event('agent_action', '0:02', { action: 'remind' })).rule).toBeUndefined();
    expect(s.handle(say('0:03', { profanity: 0.9 })).step).toEqual({ n: 1, of: 4 });
  });

  /** Runs `events` on the compiled engine and the reference interpreter; they must agree (all but `why`). */
  const both = (p: CheckedPolicy, events: Record<string, unknown>[]): Decision[] => {
    const compiled = compile(p).open(started());
    const reference = referenceOpen(p, started());
    return events.map((e) => {
      const d = compiled.handle(e);
      const r = reference.handle(e);
      const plain = (x: Decision) => JSON.stringify({ ...x, matched: x.matched.map((m) => ({ ...m, why: '' })) });
      expect(plain(r), JSON.stringify(e)).toBe(plain(d));
      return d;
    });
  };
  const warnOrEscalate = policy([
    rule('abuse', {
      condition: when('profanity'),
      ladder: [step('warn', { script: 'warn_abuse', or: [alternative('escalate', { to: 'supervisor' }), alternative('end_call')] }), step('end_call')],
      must: [duty('alert', { target: 'security' })],
      duties: [duty('document')],
    }),
  ]);

  it('confirms the step the rule took last: same decision without duties, and the ladder stays', () => {
    const [warned, confirmed, next] = both(acmeStandard, [
      say('0:01', { profanity: 0.9 }),
      event('agent_action', '0:02', { action: 'warn', rule: 'abuse' }),
      say('0:03', { profanity: 0.9 }),
    ]);
    expect(warned).toMatchObject({ action: 'warn', step: { n: 1, of: 4 } });
    expect(warned?.duties).toHaveLength(3);
    expect(JSON.stringify(confirmed)).toBe(
      '{"v":1,"action":"warn","rule":{"id":"abuse","title":"Abusive language: two warnings, a supervisor, then the call may end"},' +
        `"step":{"n":1,"of":4},"script":${JSON.stringify(warned?.script)},` +
        '"allowed":["continue","remind","deescalate","warn","escalate"],"required":[],"duties":[],' +
        '"matched":[{"rule":"abuse","action":"warn","step":{"n":1,"of":4},"why":"confirmed by the agent"}],"ended":false,' +
        `"policy":${JSON.stringify(warned?.policy)},"event":{"seq":2,"at":"2026-12-01T09:00:02.000Z","type":"agent_action","channel":"phone"}}`,
    );
    expect(next?.step).toEqual({ n: 2, of: 4 });
  });

  it("confirms the last step's alternative with the alternative's details, nothing required or owed", () => {
    const [warned, escalated, next] = both(warnOrEscalate, [
      say('0:01', { profanity: 0.9 }),
      event('agent_action', '0:02', { action: 'escalate', rule: 'abuse' }),
      say('0:03', { profanity: 0.9 }),
    ]);
    expect(warned).toMatchObject({ action: 'warn', step: { n: 1, of: 2 }, required: [{ kind: 'alert' }], duties: [{ kind: 'document' }] });
    expect(escalated).toMatchObject({ action: 'escalate', to: 'supervisor', rule: { id: 'abuse' }, step: { n: 1, of: 2 }, required: [], duties: [], ended: false });
    expect(escalated).not.toHaveProperty('script');
    expect(escalated?.allowed).toEqual(['continue', 'remind', 'deescalate', 'warn', 'escalate', 'end_call']);
    expect(escalated?.matched).toMatchObject([{ rule: 'abuse', action: 'escalate', step: { n: 1, of: 2 } }]);
    expect(next).toMatchObject({ action: 'end_call', step: { n: 2, of: 2 } });
  });

  it('an ending alternative confirmed ends the call, naming the rule', () => {
    const [, ended] = both(warnOrEscalate, [say('0:01', { profanity: 0.9 }), event('agent_action', '0:02', { action: 'end_call', rule: 'abuse' })]);
    expect(ended).toMatchObject({ action: 'end_call', rule: { id: 'abuse' }, step: { n: 1, of: 2 }, duties: [], ended: true });
  });

  it('delivers the current step when the last taken step does not allow the action, and follows the page\'s table', () => {
    const ds = both(acmeStandard, [
      say('0:01', { profanity: 0.9 }),
      event('agent_action', '0:02', { action: 'warn', rule: 'abuse' }),
      say('0:03', { profanity: 0.9 }),
      event('agent_action', '0:04', { action: 'escalate', rule: 'abuse' }),
      event('agent_action', '0:05', { action: 'escalate', rule: 'abuse' }),
      event('agent_action', '0:06', { action: 'warn', rule: 'abuse' }),
      event('agent_action', '0:07', { action: 'end_call', rule: 'abuse' }),
    ]);
    expect(ds.map((d) => [d.action, d.rule?.id ?? null, d.step?.n ?? null, d.duties.length, d.ended])).toEqual([
      ['warn', 'abuse', 1, 3, false],
      ['warn', 'abuse', 1, 0, false],
      ['warn', 'abuse', 2, 3, false],
      ['escalate', 'abuse', 3, 3, false],
      ['escalate', 'abuse', 3, 0, false],
      ['warn', null, null, 0, false],
      ['end_call', 'abuse', 4, 3, true],
    ]);
    expect(ds[3]).toMatchObject({ to: 'supervisor', matched: [{ rule: 'abuse', why: 'delivered by the agent' }] });
    expect(ds[6]?.script?.name).toBe('final_notice');
  });

  it('a delivered step is the last taken: reporting it again confirms it', () => {
    const [delivered, again, next] = both(warnOrEscalate, [
      event('agent_action', '0:01', { action: 'escalate', rule: 'abuse' }),
      event('agent_action', '0:02', { action: 'escalate', rule: 'abuse' }),
      say('0:03', { profanity: 0.9 }),
    ]);
    expect(delivered).toMatchObject({ action: 'escalate', step: { n: 1, of: 2 }, duties: [{ kind: 'document' }] });
    expect(again).toMatchObject({ action: 'escalate', step: { n: 1, of: 2 }, duties: [], required: [] });
    expect(next?.action).toBe('end_call');
  });

  it('once the last step has been taken it is the last taken and the current one: an action matching it confirms', () => {
    const p = policy([rule('r', { condition: when('rudeness'), ladder: [step('deescalate'), step('warn')], duties: [duty('document')] })]);
    const ds = both(p, [
      event('agent_action', '0:01', { action: 'warn', rule: 'r' }),
      say('0:02', { rudeness: 0.9 }),
      event('agent_action', '0:03', { action: 'deescalate', rule: 'r' }),
      say('0:04', { rudeness: 0.9 }),
      event('agent_action', '0:05', { action: 'warn', rule: 'r' }),
      say('0:06', { rudeness: 0.9 }),
      event('agent_action', '0:07', { action: 'warn', rule: 'r' }),
    ]);
    expect(ds.map((d) => [d.action, d.step?.n ?? null, d.duties.length])).toEqual([
      ['warn', null, 0], // not prescribed: nothing taken, the current step is deescalate
      ['deescalate', 1, 1],
      ['deescalate', 1, 0], // confirms step 1
      ['warn', 2, 1], // takes the last step
      ['warn', 2, 0], // confirms it
      ['warn', 2, 1], // repeats it
      ['warn', 2, 0], // confirms the repeat
    ]);
    const single = policy([rule('r', { condition: when('rudeness'), ladder: [step('warn')], duties: [duty('document')] })]);
    const one = both(single, [event('agent_action', '0:01', { action: 'warn', rule: 'r' }), event('agent_action', '0:02', { action: 'warn', rule: 'r' })]);
    expect(one.map((d) => [d.step?.n, d.duties.length])).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });

  it('an action neither step allows is not prescribed, and moves nothing', () => {
    const [, remind, ended] = both(acmeStandard, [
      say('0:01', { profanity: 0.9 }),
      event('agent_action', '0:02', { action: 'remind', rule: 'abuse' }),
      event('agent_action', '0:03', { action: 'end_call', rule: 'abuse' }),
    ]);
    expect(remind).toMatchObject({ action: 'remind', matched: [], duties: [], required: [] });
    expect(remind).not.toHaveProperty('rule');
    expect(ended).toMatchObject({ action: 'end_call', matched: [], ended: true });
    expect(ended).not.toHaveProperty('step');
  });

  it('the opening takes a step an agent can confirm', () => {
    const p = policy([
      rule('restricted', { on: 'call_started', ladder: [step('announce', { script: 'warn_abuse' }), step('refuse')], duties: [duty('document')] }),
    ]);
    const s = compile(p).open(started());
    expect(s.opening).toMatchObject({ action: 'announce', step: { n: 1, of: 2 } });
    expect(s.handle(event('agent_action', '0:01', { action: 'announce', rule: 'restricted' }))).toMatchObject({ step: { n: 1, of: 2 }, duties: [] });
    expect(s.handle(event('agent_action', '0:02', { action: 'refuse', rule: 'restricted' }))).toMatchObject({ step: { n: 2, of: 2 }, duties: [{ kind: 'document' }] });
  });

  it("an agent's end_call or block_caller ends the call either way", () => {
    const a = open(acmeStandard);
    expect(a.handle(event('agent_action', '0:01', { action: 'end_call' })).ended).toBe(true);
    const b = open(acmeStandard, {}, {});
    expect(b.handle(event('agent_action', '0:01', { action: 'block_caller', rule: 'repeat_harasser' }))).toMatchObject({
      rule: { id: 'repeat_harasser' },
      ended: true,
    });
  });
});

describe('snapshots', () => {
  it('refuses a snapshot taken under another policy hash', () => {
    const snap = open(acmeStandard).snapshot();
    const other = compile({ ...acmeStandard, hash: 'other' });
    expect(() => other.restore(snap)).toThrow(expect.objectContaining({ code: 'snapshot/policy-mismatch' }) as Error);
  });

  it('refuses a policy field that is not text, even one with no prototype to print', () => {
    const snap = { ...open(acmeStandard).snapshot(), policy: Object.create(null) as unknown };
    expect(() => compile(acmeStandard).restore(snap)).toThrow(expect.objectContaining({ code: 'snapshot/policy-mismatch' }) as Error);
  });

  it('refuses a malformed snapshot', () => {
    const snap = open(acmeStandard).snapshot();
    const p = compile(acmeStandard);
    expect(() => p.restore({ ...snap, ladders: [9, 0, 0, 0, 0, 0] })).toThrow(expect.objectContaining({ code: 'snapshot/invalid', path: 'ladders.0' }) as Error);
    expect(() => p.restore({ ...snap, ladders: [5, 0, 0, 0, 0, 0] })).toThrow(expect.objectContaining({ code: 'snapshot/invalid', path: 'ladders.0' }) as Error);
    expect(() => p.restore({ ...snap, ladders: [0, 2, 0, 0, 0, 0] })).toThrow(expect.objectContaining({ code: 'snapshot/invalid', path: 'ladders.1' }) as Error);
  });

  it('stores steps taken, the ladder length once the last step is taken, so a confirmation survives a restore', () => {
    const p = compile(acmeStandard);
    const s = p.open(started());
    s.handle(say('0:01', { rudeness: 0.9 }));
    expect(s.snapshot().ladders).toEqual([0, 1, 0, 0, 0, 0]);
    const restored = p.restore(JSON.parse(JSON.stringify(s.snapshot())));
    expect(restored.handle(event('agent_action', '0:02', { action: 'deescalate', rule: 'rudeness' }))).toMatchObject({ step: { n: 1, of: 1 }, duties: [] });
  });

  it('restores a snapshot written before confirmations: the current step index reads as steps taken', () => {
    const p = compile(acmeStandard);
    const fresh = p.open(started()).snapshot();
    // Two warnings and an escalation given: the old format said "on step 4" (index 3).
    const old = p.restore({ ...fresh, seq: 4, at: 3000, ladders: [3, 0, 0, 0, 0, 0] });
    expect(old.handle(event('agent_action', '0:04', { action: 'escalate', rule: 'abuse' }))).toMatchObject({ step: { n: 3, of: 4 }, duties: [] });
    expect(old.handle(event('agent_action', '0:05', { action: 'end_call', rule: 'abuse' }))).toMatchObject({ step: { n: 4, of: 4 }, ended: true });
    // A one-step rule reads as not yet taken: the first report delivers it, the next confirms.
    const one = p.restore(fresh);
    expect(one.handle(event('agent_action', '0:01', { action: 'deescalate', rule: 'rudeness' })).matched[0]?.why).toBe('delivered by the agent');
    expect(one.handle(event('agent_action', '0:02', { action: 'deescalate', rule: 'rudeness' })).matched[0]?.why).toBe('confirmed by the agent');
  });
});

describe('snapshots: whether the customer has spoken', () => {
  const p = compile(policy([rule('ghost', { on: 'silence', condition: not(field('call.customer_spoken', '=', true, 'boolean')), ladder: [step('remind')] })]));

  it('keeps it only once the customer has spoken, and restores it', () => {
    const s = p.open(started());
    expect(s.snapshot()).not.toHaveProperty('spoken');
    s.handle(say('0:01'));
    expect(s.snapshot().spoken).toBe(true);
    const restored = p.restore(JSON.parse(JSON.stringify(s.snapshot())));
    expect(restored.handle(event('silence', '0:05', { seconds: 4 })).action).toBe('continue');
    expect(p.restore(p.open(started()).snapshot()).handle(event('silence', '0:05', { seconds: 4 })).action).toBe('remind');
  });

  it('leaves it out for a policy that does not read it', () => {
    const s = open(acmeStandard);
    s.handle(say('0:01'));
    expect(s.snapshot()).not.toHaveProperty('spoken');
  });
});

describe('determinism', () => {
  it('the same events give byte-identical decisions', () => {
    const events = [
      say('0:01', { profanity: 0.92 }),
      say('0:30', { uncooperative: 0.9, rudeness: 0.8 }),
      event('silence', '0:40', { seconds: 7 }),
      event('agent_action', '0:50', { action: 'warn', rule: 'abuse' }),
      say('21:00', { threat: 0.81 }),
      event('line_dropped', '21:30'),
    ];
    const run = () => {
      const s = open(acmeStandard, { peak_hours: true }, { incidents_30d: 1 });
      return events.map((e) => JSON.stringify(s.handle(e))).join('\n');
    };
    expect(run()).toBe(run());
  });
});
