// The oracle checked against the worked examples of docs/semantics.md, so
// the differential tests rest on something verified by hand.
import type { CheckedPolicy, CheckedRule } from '@callguard/dsl';
import { describe, expect, it } from 'vitest';
import { referenceOpen } from './interpreter.js';

const origin = { file: 'test.policy', line: 1, column: 1 };
const step = (action: CheckedRule['ladder'][number]['action'], n: number) => ({
  action,
  n,
  immediately: false,
  script: undefined,
  to: undefined,
  forMs: undefined,
  withinMs: action === 'callback' ? 600_000 : undefined,
  approvedBy: [],
  team: undefined,
  by: undefined,
  mode: undefined,
  callbackTo: undefined,
  window: undefined,
  dailyCap: undefined,
  alternatives: [],
});
const document = {
  kind: 'document',
  target: undefined,
  script: undefined,
  withinMs: undefined,
  owner: undefined,
  subject: 'customer',
  forMs: undefined,
  restriction: undefined,
  sanction: undefined,
  callbackTo: undefined,
  window: undefined,
  dailyCap: undefined,
} as const;
const everywhere = { must: [], channels: [] };
const abusive = ['profanity', 'slur', 'hate_speech', 'sexual_harassment', 'threat'] as const;

const policy: CheckedPolicy = {
  name: 'acme-standard',
  version: '3.2.0',
  owner: undefined,
  effective: undefined,
  stance: 'warn_then_end',
  description: undefined,
  bases: [],
  hash: 'f'.repeat(64),
  defaultThreshold: 0.7,
  thresholds: { threat: 0.8 },
  zeroTolerance: [],
  groups: { abusive },
  scripts: {},
  roles: ['agent', 'supervisor', 'manager', 'director', 'security', 'compliance'],
  teams: [],
  recordExpiry: {},
  requireCallbackNumber: false,
  restrictions: {},
  rules: [
    {
      id: 'abuse',
      title: 'Abuse',
      trigger: { kind: 'utterance' },
      condition: { kind: 'behaviour', speaker: 'customer', name: 'abusive', behaviours: abusive, count: undefined },
      ladder: [step('warn', 1), step('warn', 2), step('escalate', 3), step('end_call', 4)],
      duties: [document],
      ...everywhere,
      origin,
    },
    {
      id: 'stuck',
      title: 'Stuck',
      trigger: { kind: 'utterance' },
      condition: {
        kind: 'behaviour',
        speaker: 'customer',
        name: 'uncooperative',
        behaviours: ['uncooperative'],
        count: { times: 5, withinMs: 600_000 },
      },
      ladder: [step('remind', 1)],
      duties: [document],
      ...everywhere,
      origin,
    },
    {
      id: 'line_dropped',
      title: 'on line_dropped',
      trigger: { kind: 'event', event: 'line_dropped' },
      condition: undefined,
      ladder: [step('callback', 1)],
      duties: [],
      ...everywhere,
      origin,
    },
  ],
};

const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);
const at = (min: number, sec = 0) => new Date(T0 + min * 60_000 + sec * 1000).toISOString();
const open = () => referenceOpen(policy, { type: 'call_started', at: at(0), call: { id: 'c' } });
const say = (t: string, signals: Record<string, number>) => ({ type: 'utterance', at: t, speaker: 'customer', signals });

describe('reference interpreter', () => {
  it('climbs a ladder one step per firing and repeats the last step', () => {
    const s = open();
    const actions = [1, 2, 3, 4].map((m) => s.handle(say(at(m), { profanity: 0.9 })));
    expect(actions.map((d) => [d.action, d.step?.n])).toEqual([
      ['warn', 1],
      ['warn', 2],
      ['escalate', 3],
      ['end_call', 4],
    ]);
    expect(actions[3]?.ended).toBe(true);
    expect(() => s.handle(say(at(5), {}))).toThrow(expect.objectContaining({ code: 'event/call-ended' }));
  });

  it('counts detections less than the window old, this one included', () => {
    const s = open();
    const fired = (t: string, c: number) => s.handle(say(t, { uncooperative: c })).matched.some((m) => m.rule === 'stuck');
    expect([0, 2, 4, 6].map((m) => fired(at(m), 0.9))).toEqual([false, false, false, false]);
    expect(fired(at(8), 0.9)).toBe(true);
    expect(fired(at(10, 30), 0.9)).toBe(true);
    expect(fired(at(10, 40), 0)).toBe(false);
  });

  it('counts a threshold as reached and a detection exactly one window old as gone', () => {
    const s = open();
    expect(s.handle(say(at(0), { threat: 0.8 })).action).toBe('warn');
    expect(s.handle(say(at(0), { threat: 0.79 })).action).toBe('continue');
    for (const m of [0, 1, 2, 3]) s.handle(say(at(m), { uncooperative: 0.7 }));
    expect(s.handle(say(at(10), { uncooperative: 0.7 })).matched).toEqual([]);
  });

  it('rejects bad events without touching the session', () => {
    const s = open();
    s.handle(say(at(2), {}));
    expect(() => s.handle(say(at(1), {}))).toThrow(expect.objectContaining({ code: 'event/out-of-order' }));
    expect(() => s.handle(say(at(3), { threat: 2 }))).toThrow(expect.objectContaining({ code: 'event/invalid' }));
    expect(() => s.handle({ type: 'agent_action', at: at(3), action: 'warn', rule: 'nope' })).toThrow(
      expect.objectContaining({ code: 'event/unknown-rule' }),
    );
    const d = s.handle({ type: 'agent_action', at: at(3), action: 'warn', rule: 'abuse' });
    expect([d.action, d.rule?.id, d.step?.n, d.event.seq]).toEqual(['warn', 'abuse', 1, 2]);
    expect(s.handle(say(at(4), { slur: 1 })).step).toEqual({ n: 2, of: 4 });
  });

  it('tells an agent confirming the last step from one delivering the current step, as "Agent actions" does', () => {
    const s = open();
    const act = (t: string, action: string) => s.handle({ type: 'agent_action', at: t, action, rule: 'abuse' });
    const ds = [
      s.handle(say(at(1), { profanity: 0.9 })),
      act(at(2), 'warn'),
      s.handle(say(at(3), { profanity: 0.9 })),
      act(at(4), 'escalate'),
      act(at(5), 'escalate'),
      act(at(6), 'warn'),
      act(at(7), 'end_call'),
    ];
    expect(ds.map((d) => [d.action, d.rule?.id ?? null, d.step?.n ?? null, d.duties.length, d.ended])).toEqual([
      ['warn', 'abuse', 1, 1, false],
      ['warn', 'abuse', 1, 0, false],
      ['warn', 'abuse', 2, 1, false],
      ['escalate', 'abuse', 3, 1, false],
      ['escalate', 'abuse', 3, 0, false],
      ['warn', null, null, 0, false],
      ['end_call', 'abuse', 4, 1, true],
    ]);
  });

  it('lets callback win on a dropped line and ends the call', () => {
    const d = open().handle({ type: 'line_dropped', at: at(1) });
    expect([d.action, d.within_ms, d.ended]).toEqual(['callback', 600_000, true]);
  });
});

describe('reference interpreter, on the worked examples of the later sections', () => {
  const field = (root: string, member: string, key: string | undefined, value: number | boolean) =>
    ({ kind: 'field', root, member, key, type: typeof value === 'number' ? 'number' : 'boolean', op: '=', value }) as const;
  const remind = (id: string, condition: CheckedRule['condition'], extra: Partial<CheckedRule> = {}): CheckedRule => ({
    id,
    title: id,
    trigger: { kind: 'utterance' },
    condition,
    ladder: [step('remind', 1)],
    duties: [],
    ...everywhere,
    origin,
    ...extra,
  });
  const start = (caller: object, call: object = {}) => ({ type: 'call_started', at: at(0), call: { id: 'c', ...call }, caller });

  it('counts records as "Records, restrictions and the caller" does', () => {
    const p: CheckedPolicy = {
      ...policy,
      recordExpiry: { warning: 365 * 86_400_000 },
      rules: [
        remind('warnings', field('caller', 'warnings', undefined, 2)),
        remind('threat_warnings', field('caller', 'warnings', 'threat', 0)),
        remind('strikes', field('caller', 'strikes', undefined, 1)),
        remind('incidents', field('caller', 'incidents', 'threat', 1)),
      ],
    };
    const s = referenceOpen(
      p,
      start({
        warnings: 1,
        records: [
          { kind: 'warning', category: 'profanity', at: '2026-06-01T00:00:00Z' },
          { kind: 'warning', category: 'threat', at: '2025-12-01T09:00:00Z' },
          { kind: 'strike', category: 'threat', at: '2025-01-01T00:00:00Z', expires: '2026-12-01T09:00:00Z' },
          { kind: 'strike', at: '2026-11-01T00:00:00Z', expires: '2026-12-01T09:00:00.001Z' },
          { kind: 'incident', category: 'threat', at: '2020-01-01T00:00:00Z' },
        ],
      }),
    );
    expect(s.handle(say(at(1), {})).matched.map((m) => m.rule)).toEqual(['warnings', 'threat_warnings', 'strikes', 'incidents']);
  });

  it('derives repeated_request as "Repeated requests" does', () => {
    const p: CheckedPolicy = {
      ...policy,
      rules: [remind('again', { kind: 'behaviour', speaker: 'customer', name: 'repeated_request', behaviours: ['repeated_request'], count: undefined })],
    };
    const s = referenceOpen(p, start({}));
    const asks = ['refund', undefined, 'refund', 'refund', 'bill'].map((request, i) =>
      s.handle({ ...say(at(i + 1), {}), ...(request === undefined ? {} : { request }) }).matched.length,
    );
    expect(asks).toEqual([0, 0, 1, 1, 0]);
  });

  it('decides the opening as seq 0, on the call_started rules alone', () => {
    const p: CheckedPolicy = {
      ...policy,
      restrictions: { written_only: { name: 'written_only', title: 'Written only', kind: 'written_only', scope: 'organisation', channels: [], maxMs: 1, reviewAfterMs: 1, independentReview: false, liftWhen: undefined, approvers: ['manager'], appealWorkingDays: undefined } },
      rules: [
        ...policy.rules,
        remind('opening', field('caller', 'restrictions', 'written_only', true), { trigger: { kind: 'event', event: 'call_started' }, ladder: [step('announce', 1)] }),
      ],
    };
    const s = referenceOpen(p, start({ restrictions: [{ name: 'written_only', until: '2027-01-01T00:00:00Z' }] }, { channel: 'chat' }));
    expect([s.opening.action, s.opening.event]).toEqual(['announce', { seq: 0, at: '2026-12-01T09:00:00.000Z', type: 'call_started', channel: 'chat' }]);
    expect(s.handle(say(at(1), {})).event.seq).toBe(1);
  });
});
