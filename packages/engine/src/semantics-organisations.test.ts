// One test (or a few) per section of docs/semantics.md on what real
// organisations' policies need: channels, the opening, ticks, repeated
// requests, records and restrictions, may and must, approvals, the new
// duties, alternatives and never_hang_up. Same order as the page.
import { describe, expect, it } from 'vitest';
import type { CheckedCondition } from '@callguard/dsl';
import type { Decision } from '@callguard/contract';
import { EventError } from './events/error.js';
import { explain } from './explain.js';
import { checkText } from '@callguard/dsl';
import { compile } from './policy.js';
import { referenceOpen } from './reference/interpreter.js';
import type { Session } from './session.js';
import { at, event, open, say, started } from '../test/calls.js';
import { alternative, and, DAY, duty, field, HOUR, MINUTE, not, policy, restriction, rule, step, when } from '../test/policies.js';

function rejection(session: Session, e: unknown): EventError {
  try {
    session.handle(e);
  } catch (error) {
    if (error instanceof EventError) return error;
    throw error;
  }
  throw new Error('the event was accepted');
}

function openRejection(p: Parameters<typeof compile>[0], start: unknown): EventError {
  try {
    compile(p).open(start);
  } catch (error) {
    if (error instanceof EventError) return error;
    throw error;
  }
  throw new Error('the start was accepted');
}

const fires = (d: Decision): string[] => d.matched.map((m) => m.rule);
const remind = (id: string, condition: CheckedCondition) => rule(id, { condition, ladder: [step('remind')] });

describe('events for real policies', () => {
  it('takes the new call and caller fields, request labels and ticks', () => {
    const s = compile(policy([])).open({
      type: 'call_started',
      at: at('0:00'),
      call: { id: 'c', channel: 'chat', staff: ['supervisor'] },
      caller: {
        id: 'cust-7',
        vulnerable: true,
        adjustments: false,
        records: [{ kind: 'warning', category: 'profanity', at: '2026-06-01T10:00:00Z', expires: '2027-06-01T10:00:00Z' }],
        restrictions: [{ name: 'written_only', until: '2027-01-01T00:00:00Z' }],
        talk_time_today_s: 1200,
        customer_since: '2020-01-01T00:00:00Z',
      },
    });
    expect(s.handle({ ...say('0:01'), request: 'refund' }).event.channel).toBe('chat');
    expect(s.handle(event('tick', '0:02')).event.type).toBe('tick');
  });

  it('rejects repeated_request as a signal, unknown channels and record kinds, and impossible nested times', () => {
    const s = open(policy([]));
    expect(rejection(s, say('0:01', { repeated_request: 1 }))).toMatchObject({
      code: 'event/invalid',
      path: 'signals.repeated_request',
      message: 'signals.repeated_request is worked out by the engine from `request`, so signals cannot carry it',
    });
    expect(openRejection(policy([]), started({ channel: 'fax' as 'phone' }))).toMatchObject({ path: 'call.channel' });
    const record = (r: Record<string, unknown>) => ({ ...started(), caller: { records: [r] } });
    expect(openRejection(policy([]), record({ kind: 'caution', at: at('0:00') }))).toMatchObject({ path: 'caller.records.0.kind' });
    expect(openRejection(policy([]), record({ kind: 'warning', at: '2026-13-01T00:00:00Z' }))).toMatchObject({
      code: 'event/invalid',
      path: 'caller.records.0.at',
      message: 'caller.records.0.at is not a real date and time',
    });
  });
});

describe('channels', () => {
  const p = policy([
    rule('chat_only', { condition: when('profanity'), channels: ['chat', 'email'], ladder: [step('end_call')] }),
    rule('anywhere', { condition: when('profanity'), ladder: [step('warn')] }),
  ]);

  it('tries a rule with channels only on those channels; a call without one is a phone call', () => {
    expect(fires(open(p).handle(say('0:01', { profanity: 0.9 })))).toEqual(['anywhere']);
    expect(fires(open(p, { channel: 'chat' }).handle(say('0:01', { profanity: 0.9 })))).toEqual(['chat_only', 'anywhere']);
    expect(open(p, { channel: 'in_person' }).handle(say('0:01')).event.channel).toBe('in_person');
  });

  it('reads call.channel as text', () => {
    const q = policy([remind('email', field('call.channel', '=', 'email', 'text'))]);
    expect(fires(open(q).handle(say('0:01')))).toEqual([]);
    expect(fires(open(q, { channel: 'email' }).handle(say('0:01')))).toEqual(['email']);
  });
});

describe('the opening', () => {
  const p = policy(
    [
      rule('restricted', {
        on: 'call_started',
        condition: field('caller.restrictions.written_only', '=', true, 'boolean'),
        ladder: [step('announce', { script: 'final_notice' }), step('refuse')],
        duties: [duty('document')],
      }),
      rule('abuse', { condition: when('profanity'), ladder: [step('warn')] }),
    ],
    { restrictions: [restriction('written_only')] },
  );
  const restricted = { restrictions: [{ name: 'written_only', until: '2027-01-01T00:00:00Z' }] };

  it('decides the call_started event itself, as seq 0; handled events count from 1', () => {
    const s = open(p, {}, restricted);
    expect(s.opening).toMatchObject({ action: 'announce', rule: { id: 'restricted' }, step: { n: 1, of: 2 } });
    expect(s.opening.event).toEqual({ seq: 0, at: '2026-12-01T09:00:00.000Z', type: 'call_started', channel: 'phone' });
    expect(s.handle(say('0:01')).event.seq).toBe(1);
    expect(s.handle(event('agent_action', '0:02', { action: 'refuse', rule: 'restricted' })).step).toEqual({ n: 2, of: 2 });
  });

  it('is continue when no on call_started rule fires, and tries no other rule', () => {
    const s = open(p);
    expect(s.opening).toMatchObject({ action: 'continue', matched: [], event: { seq: 0 } });
  });

  it('can end the call before it is connected', () => {
    const q = policy([rule('blocked', { on: 'call_started', condition: field('caller.restricted', '=', true, 'boolean'), ladder: [step('block_caller')] })]);
    const s = open(q, {}, restricted);
    expect(s.opening.ended).toBe(true);
    expect(rejection(s, say('0:01')).code).toBe('event/call-ended');
  });

  it('is the same after a restore, and its ladder moves are kept', () => {
    const s = open(p, {}, restricted);
    const restored = compile(p).restore(JSON.parse(JSON.stringify(s.snapshot())));
    expect(JSON.stringify(restored.opening)).toBe(JSON.stringify(s.opening));
    expect(restored.handle(event('agent_action', '0:02', { action: 'refuse', rule: 'restricted' })).rule?.id).toBe('restricted');
  });
});

describe('ticks', () => {
  const p = policy([
    rule('long', { on: 'tick', condition: field('call.duration', '>=', 20 * MINUTE, 'duration'), ladder: [step('remind')] }),
    rule('field_only', { condition: field('caller.talk_time_today', '>', HOUR, 'duration'), ladder: [step('warn')] }),
    rule('words', { condition: when('rudeness', { times: 2, withinMs: 10 * MINUTE }), ladder: [step('deescalate')] }),
  ]);

  it('tries on tick rules and every utterance rule, behaviours false and counts unchanged', () => {
    const s = open(p, {}, { talk_time_today_s: 3_000 });
    s.handle(say('1:00', { rudeness: 0.9 }));
    expect(fires(s.handle(event('tick', '5:00')))).toEqual([]);
    expect(fires(s.handle(event('tick', '10:01')))).toEqual(['field_only']);
    expect(fires(s.handle(event('tick', '20:00')))).toEqual(['long', 'field_only']);
    // The tick did not count as a detection: this is the second.
    expect(fires(s.handle(say('20:30', { rudeness: 0.9 })))).toEqual(['field_only']);
  });
});

describe('repeated requests', () => {
  const p = policy([rule('stuck', { condition: when('repeated_request', { times: 2, withinMs: 10 * MINUTE }), ladder: [step('remind')] })]);
  const ask = (clock: string, request: string, speaker: 'customer' | 'agent' = 'customer') => ({ ...say(clock, {}, speaker), request });

  it('is detected when a customer repeats the previous customer request', () => {
    const s = open(p);
    expect(fires(s.handle(ask('0:01', 'refund')))).toEqual([]);
    expect(fires(s.handle(say('0:02')))).toEqual([]);
    expect(fires(s.handle(ask('0:03', 'bill', 'agent')))).toEqual([]);
    expect(fires(s.handle(ask('0:04', 'refund')))).toEqual([]);
    expect(s.handle(ask('0:05', 'refund'))).toMatchObject({ action: 'remind', matched: [{ why: expect.stringContaining('1.00') as string }] });
    expect(fires(s.handle(ask('0:06', 'bill')))).toEqual([]);
  });

  it('keeps the last request across a snapshot', () => {
    const s = open(p);
    s.handle(ask('0:01', 'refund'));
    s.handle(ask('0:02', 'refund'));
    const snap = JSON.parse(JSON.stringify(s.snapshot())) as { request?: string };
    expect(snap.request).toBe('refund');
    expect(compile(p).restore(snap).handle(ask('0:03', 'refund')).action).toBe('remind');
  });
});

describe('records, restrictions and the caller', () => {
  const records = {
    warnings: 1,
    records: [
      { kind: 'warning' as const, category: 'profanity' as const, at: '2026-06-01T00:00:00Z' },
      { kind: 'warning' as const, category: 'threat' as const, at: '2025-12-01T09:00:00Z' },
      { kind: 'strike' as const, category: 'threat' as const, at: '2025-01-01T00:00:00Z', expires: '2026-12-01T09:00:00Z' },
      { kind: 'strike' as const, at: '2026-11-01T00:00:00Z', expires: '2026-12-01T09:00:00.001Z' },
      { kind: 'incident' as const, category: 'threat' as const, at: '2020-01-01T00:00:00Z' },
    ],
  };

  it('counts records still active at the start: given expiry, else at plus the policy expiry, else never', () => {
    const p = policy(
      [
        remind('warnings', field('caller.warnings', '=', 2, 'number')),
        remind('threat_warnings', field('caller.warnings.threat', '=', 0, 'number')),
        remind('strikes', field('caller.strikes', '=', 1, 'number')),
        remind('threat_strikes', field('caller.strikes.threat', '=', 0, 'number')),
        remind('incidents', field('caller.incidents.threat', '=', 1, 'number')),
      ],
      { recordExpiry: { warning: 365 * DAY } },
    );
    expect(fires(open(p, {}, records).handle(say('0:01')))).toEqual(['warnings', 'threat_warnings', 'strikes', 'threat_strikes', 'incidents']);
  });

  it('reads restrictions in force, talk time, tenure and staff', () => {
    const p = policy(
      [
        remind('restricted', field('caller.restricted', '=', true, 'boolean')),
        remind('written', field('caller.restrictions.written_only', '=', true, 'boolean')),
        remind('talk', field('caller.talk_time_today', '>=', HOUR, 'duration')),
        remind('tenure', field('caller.tenure', '>=', 365 * DAY, 'duration')),
        remind('supervised', field('call.staffed.supervisor', '=', true, 'boolean')),
        remind('vulnerable', and(field('caller.vulnerable', '=', true, 'boolean'), not(field('caller.adjustments', '=', true, 'boolean')))),
      ],
      { restrictions: [restriction('written_only')] },
    );
    const s = open(p, { staff: ['supervisor'] }, {
      restrictions: [
        { name: 'written_only', until: '2026-12-01T09:00:00Z' },
        { name: 'named_contact', until: '2026-12-02T00:00:00Z' },
      ],
      talk_time_today_s: 3_540,
      customer_since: '2025-12-01T09:00:00Z',
      vulnerable: true,
    });
    expect(fires(s.handle(say('0:59')))).toEqual(['restricted', 'tenure', 'supervised', 'vulnerable']);
    expect(fires(s.handle(say('1:00')))).toEqual(['restricted', 'talk', 'tenure', 'supervised', 'vulnerable']);
    expect(fires(open(p).handle(say('0:01')))).toEqual([]);
  });
});

describe('may and must', () => {
  const p = policy([
    rule('abuse', {
      condition: when('profanity'),
      ladder: [step('warn', { or: [alternative('escalate', { to: 'supervisor' }), alternative('end_call')] }), step('end_call')],
      must: [duty('alert', { target: 'security' })],
      duties: [duty('document')],
    }),
    rule('threat', { condition: when('threat'), ladder: [step('route', { team: 'security_team' })], must: [duty('alert', { target: 'security' }), duty('document')] }),
  ]);

  it('allows the baseline, every fired step and its alternatives, by severity; requires every fired rule\'s must', () => {
    const s = open(p);
    expect(s.handle(say('0:01')).allowed).toEqual(['continue', 'remind', 'deescalate', 'escalate']);
    const d = s.handle(say('0:02', { profanity: 0.9, threat: 0.9 }));
    expect(d.allowed).toEqual(['continue', 'remind', 'deescalate', 'warn', 'route', 'escalate', 'end_call']);
    expect(d.required).toEqual([
      { kind: 'alert', rule: 'abuse', target: 'security' },
      { kind: 'document', rule: 'threat' },
    ]);
    expect(d.duties).toEqual([{ kind: 'document', rule: 'abuse' }]);
    expect(d).toMatchObject({ action: 'route', team: 'security_team' });
  });

  it('takes an alternative an agent delivers as the step, and moves the ladder on', () => {
    const s = open(p);
    const d = s.handle(event('agent_action', '0:01', { action: 'escalate', rule: 'abuse' }));
    expect(d).toMatchObject({ action: 'escalate', to: 'supervisor', rule: { id: 'abuse' }, step: { n: 1, of: 2 }, matched: [{ action: 'escalate' }] });
    expect(s.handle(say('0:02', { profanity: 0.9 })).action).toBe('end_call');
  });
});

describe('who acts, and approvals', () => {
  const p = policy([
    rule('r', {
      condition: when('threat'),
      ladder: [step('end_call', { by: 'supervisor', mode: 'recorded_message', approvedBy: ['manager', 'director'] })],
    }),
  ]);

  it('carries by, mode and approvers; names approvers not on duty when staff is given', () => {
    const keys = ['v', 'action', 'rule', 'step', 'by', 'mode', 'approved_by', 'approvers_missing', 'allowed'];
    const d = open(p, { staff: ['supervisor', 'manager'] }).handle(say('0:01', { threat: 0.9 }));
    expect(Object.keys(d).slice(0, keys.length)).toEqual(keys);
    expect(d).toMatchObject({ by: 'supervisor', mode: 'recorded_message', approved_by: ['manager', 'director'], approvers_missing: ['director'] });
    expect(open(p).handle(say('0:01', { threat: 0.9 })).approvers_missing).toBeUndefined();
    expect(open(p, { staff: ['manager', 'director'] }).handle(say('0:01', { threat: 0.9 })).approvers_missing).toBeUndefined();
  });
});

describe('duties for real policies', () => {
  it('fills in owner, subject, for_ms, sanction and callback options, in a fixed key order', () => {
    const p = policy([
      rule('r', {
        on: 'line_dropped',
        ladder: [step('callback', { withinMs: 10 * MINUTE, callbackTo: 'all_numbers', window: { from: '09:00', to: '20:00' }, dailyCap: 3 })],
        duties: [
          duty('pause_agent', { forMs: 10 * MINUTE }),
          duty('decide', { sanction: 'close_account', owner: 'compliance', withinMs: 7 * DAY }),
          duty('callback', { withinMs: HOUR, callbackTo: 'primary_number', window: { from: '09:00', to: '17:00' }, dailyCap: 2 }),
        ],
      }),
    ]);
    const d = open(p).handle(event('line_dropped', '0:01'));
    expect(d).toMatchObject({ callback_to: 'all_numbers', window: { from: '09:00', to: '20:00' }, daily_cap: 3 });
    expect(JSON.stringify(d.duties)).toBe(
      JSON.stringify([
        { kind: 'pause_agent', rule: 'r', subject: 'agent', for_ms: 10 * MINUTE },
        { kind: 'decide', rule: 'r', owner: 'compliance', sanction: 'close_account', within_ms: 7 * DAY, due: '2026-12-08T09:00:01.000Z' },
        { kind: 'callback', rule: 'r', within_ms: HOUR, due: '2026-12-01T10:00:01.000Z', callback_to: 'primary_number', window: { from: '09:00', to: '17:00' }, daily_cap: 2 },
      ]),
    );
  });

  it('gives record_* duties the first behaviour of the rule detected on the event', () => {
    const p = policy([
      rule('abuse', { condition: when('abusive', { behaviours: ['threat', 'profanity', 'slur'] }), ladder: [step('warn')], duties: [duty('record_warning')] }),
      rule('late', { condition: field('call.duration', '>', HOUR, 'duration'), ladder: [step('remind')], duties: [duty('record_incident')] }),
    ]);
    const s = open(p);
    expect(s.handle(say('0:01', { threat: 0.9, profanity: 0.9 })).duties).toEqual([{ kind: 'record_warning', rule: 'abuse', category: 'profanity' }]);
    expect(s.handle(say('0:02', { slur: 0.9 })).duties).toEqual([{ kind: 'record_warning', rule: 'abuse', category: 'slur' }]);
    expect(s.handle(say('2:00:00')).duties).toEqual([{ kind: 'record_incident', rule: 'late' }]);
  });

  it('repeats a duty only when it differs in more than its rule, category included', () => {
    const p = policy([
      rule('a', { condition: when('profanity'), ladder: [step('warn')], duties: [duty('record_warning'), duty('propose', { restriction: 'written_only' })] }),
      rule('b', { condition: when('threat'), ladder: [step('warn')], duties: [duty('record_warning'), duty('propose', { restriction: 'written_only' })] }),
      rule('c', { condition: when('profanity'), ladder: [step('warn')], duties: [duty('record_warning')] }),
    ], { restrictions: [restriction('written_only')] });
    const d = open(p).handle(say('0:01', { profanity: 0.9, threat: 0.9 }));
    expect(d.duties.map((x) => [x.kind, x.rule, x.category])).toEqual([
      ['record_warning', 'a', 'profanity'],
      ['propose', 'a', undefined],
      ['record_warning', 'b', 'threat'],
    ]);
  });

  it('proposes the full restriction with its review and end dates', () => {
    const written = restriction('written_only', { liftWhen: 'No incidents for 90 days', approvers: ['manager', 'director'], appealWorkingDays: 10 });
    const p = policy([rule('r', { condition: when('threat'), ladder: [step('warn')], duties: [duty('propose', { restriction: 'written_only' })] })], {
      restrictions: [written],
    });
    const [proposal] = open(p).handle(say('0:01', { threat: 0.9 })).duties;
    expect(JSON.stringify(proposal)).toBe(
      JSON.stringify({
        kind: 'propose',
        rule: 'r',
        restriction: {
          name: 'written_only',
          title: 'Restriction written_only',
          kind: 'written_only',
          scope: 'organisation',
          channels: [],
          max_ms: 365 * DAY,
          review_after_ms: 90 * DAY,
          independent_review: true,
          lift_when: 'No incidents for 90 days',
          approvers: ['manager', 'director'],
          appeal_working_days: 10,
          review_due: '2027-03-01T09:00:01.000Z',
          max_until: '2027-12-01T09:00:01.000Z',
        },
      }),
    );
  });
});

describe('appeal terms', () => {
  const terms = restriction('written_only', { appealWorkingDays: 10, replyWorkingDays: 20, reviewEveryMs: 180 * DAY });
  const appealable = {
    ...policy(
      [rule('r', { condition: when('threat'), ladder: [step('warn')], duties: [duty('record_warning'), duty('record_strike'), duty('propose', { restriction: 'written_only' })] })],
      { restrictions: [terms] },
    ),
    recordAppeals: { warning: { appealWorkingDays: 10, replyWorkingDays: 20 } },
  };

  it('go with a record of a kind the customer can appeal, and with a proposal, as the reference interpreter gives them', () => {
    const utterance = say('0:01', { threat: 0.9 });
    const decision = open(appealable).handle(utterance);
    const [warning, strike, proposed] = decision.duties;
    expect(warning).toEqual({ kind: 'record_warning', rule: 'r', category: 'threat', appeal_working_days: 10, reply_working_days: 20 });
    expect(strike).toEqual({ kind: 'record_strike', rule: 'r', category: 'threat' });
    expect(proposed?.restriction).toMatchObject({ review_after_ms: 90 * DAY, review_every_ms: 180 * DAY, appeal_working_days: 10, reply_working_days: 20 });
    expect(Object.keys(proposed!.restriction!)).toEqual([
      'name', 'title', 'kind', 'scope', 'channels', 'max_ms', 'review_after_ms', 'review_every_ms', 'independent_review', 'approvers', 'appeal_working_days', 'reply_working_days', 'review_due', 'max_until',
    ]);
    const reference = referenceOpen(appealable, started());
    // Byte for byte, keys in order; `why` is the engine's own wording.
    expect(JSON.stringify(reference.handle(utterance).duties)).toBe(JSON.stringify(decision.duties));
  });
});

describe('never_hang_up', () => {
  it('refuses to compile a policy that could end a call, even as an alternative', () => {
    const ending = policy([rule('r', { condition: when('threat'), ladder: [step('warn', { or: [alternative('end_call')] })] })], { stance: 'never_hang_up' });
    expect(() => compile(ending)).toThrow(/never_hang_up/);
  });

  it('records an agent who ends the call anyway, as not prescribed', () => {
    const p = policy([rule('r', { condition: when('threat'), ladder: [step('escalate')] })], { stance: 'never_hang_up' });
    const s = open(p);
    expect(s.handle(say('0:01', { threat: 0.9 })).allowed).not.toContain('end_call');
    expect(s.handle(event('agent_action', '0:02', { action: 'end_call', rule: 'r' }))).toMatchObject({ action: 'end_call', matched: [], ended: true });
  });
});

describe('explanations for real policies', () => {
  it('says what is required first, words ending for the channel, and names who acts', () => {
    const p = policy([
      rule('r', {
        condition: when('profanity'),
        ladder: [step('end_call', { mode: 'bot_close', by: 'supervisor', or: [alternative('refuse')] })],
        must: [duty('alert', { target: 'security' })],
        duties: [duty('record_warning'), duty('pause_agent', { forMs: 10 * MINUTE })],
      }),
    ]);
    const words = explain(open(p, { channel: 'chat' }).handle(say('0:05', { profanity: 0.9 })));
    expect(words).toBe(
      'Required now: alert security. ' +
        'The supervisor should close the chat by letting the bot close it (step 1 of 1 of rule `r`: Rule r). ' +
        'Also allowed: refuse further handling of this request. ' +
        'Because: customer profanity 0.90 ≥ 0.50. ' +
        'Duties: record a warning for profanity; give the agent a pause for 10m. The call is over. ' +
        'Policy test 1.0.0, event 1 (utterance on chat at 2026-12-01 09:00 UTC).',
    );
    expect(explain(open(p, { channel: 'email' }).handle(say('0:05', { profanity: 0.9 })))).toContain('should stop replying');
  });
});

describe('declared behaviours', () => {
  const staff = (extra = '') =>
    compile(
      checkText(
        [
          'policy "staff" {',
          '  version "1.0.0"',
          '  stance warn_then_end',
          '  threshold 0.5',
          '  behaviour insults_staff "Insults about staff" threshold 0.7',
          '  behaviour threatens_to_post "Threatens to post about staff online"',
          '  rule staff "Abuse aimed at staff" {',
          '    when customer threatens_to_post or customer insults_staff 2 times within 10m or agent insults_staff',
          '    do warn',
          '    duties record_warning',
          '  }',
          extra,
          '}',
        ].join('\n'),
      ).policy!,
    );

  it('reads them like built-in behaviours, at their own threshold, with counts and speakers', () => {
    const s = staff().open(started());
    expect(s.handle(say('0:01', { insults_staff: 0.69, profanity: 0.9 })).action).toBe('continue');
    expect(s.handle(say('0:02', { insults_staff: 0.7 })).action).toBe('continue');
    const second = s.handle(say('0:03', { insults_staff: 0.8 }));
    expect(second.matched[0]?.why).toBe('customer insults_staff 2 times within 10m: 2 in the window, now 0.80 ≥ 0.70');
    expect(second.duties).toEqual([{ kind: 'record_warning', rule: 'staff', category: 'insults_staff' }]);
    // No threshold of its own: the default.
    expect(s.handle(say('0:04', { threatens_to_post: 0.5 })).duties[0]?.category).toBe('threatens_to_post');
    expect(s.handle({ ...say('0:05', { insults_staff: 0.9 }), speaker: 'agent' }).action).toBe('warn');
  });

  it('names the first declared behaviour detected, after the built-in ones, as a record category', () => {
    const s = staff().open(started());
    s.handle(say('0:01', { insults_staff: 0.9 }));
    expect(s.handle(say('0:02', { insults_staff: 0.9, threatens_to_post: 0.9 })).duties[0]?.category).toBe('insults_staff');
  });

  it('rejects a behaviour the policy neither builds in nor declares, and changes nothing', () => {
    const s = staff().open(started());
    const before = JSON.stringify(s.snapshot());
    expect(rejection(s, say('0:01', { insults_stuff: 0.9 }))).toMatchObject({
      code: 'event/unknown-behaviour',
      path: 'signals.insults_stuff',
      message: '`insults_stuff` is not a built-in behaviour and policy staff does not declare it',
    });
    expect(JSON.stringify(s.snapshot())).toBe(before);
    const plain = compile(policy([])).open(started());
    expect(rejection(plain, say('0:01', { insults_staff: 0.9 })).code).toBe('event/unknown-behaviour');
  });

  it('accepts records of any behaviour, and counts them by name', () => {
    const p = staff('  rule repeat "Staff abuse on record" {\n    when caller.strikes.insults_staff >= 1\n    do remind\n  }');
    const records = [
      { kind: 'strike', category: 'insults_staff', at: '2026-11-01T10:00:00Z' },
      { kind: 'strike', category: 'retired_behaviour', at: '2026-11-01T10:00:00Z' },
    ];
    const s = p.open({ ...started(), caller: { records } });
    expect(fires(s.handle(event('tick', '0:01')))).toEqual(['repeat']);
  });
});
