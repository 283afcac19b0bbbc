/**
 * Random event streams: a `call_started`, then events with non-decreasing
 * `at`. Confidences sit on and around the policy's thresholds and time steps
 * are the policy's windows, so boundaries are hit exactly. A few events are
 * invalid (schema, out of order, unknown rule, second `call_started`) so that
 * both implementations are seen to reject the same events the same way.
 * Streams with invalid events also carry event ids, and deliver some events
 * again: exactly (a redelivery), or with the id of another event.
 */
import fc from 'fast-check';
import type { CheckedPolicy } from '../../packages/dsl/src/checked.js';
import { ACTIONS, CHANNELS, ENDING_ACTIONS, RECORD_KINDS, SIGNAL_BEHAVIOURS } from '../../packages/dsl/src/vocabulary.js';
import { ALL_ROLES, DECLARED, DURATIONS_MS, EXPIRIES_MS, LONG_MS, OTHER_RESTRICTION, QUEUES, REQUESTS, RESTRICTIONS, THRESHOLDS } from './policy.js';

export interface Stream {
  /** The `call_started` event passed to `open`. */
  readonly start: Record<string, unknown>;
  /** Everything after it, as plain JSON values (some deliberately invalid). */
  readonly events: readonly Record<string, unknown>[];
}

const START_MS = Date.UTC(2026, 11, 1, 9, 30, 0);

/** ISO-8601 with the given offset; without milliseconds when they are 0 and `short`. */
export function isoAt(ms: number, offsetMin: number, short: boolean): string {
  const local = new Date(ms + offsetMin * 60_000).toISOString();
  const body = short && ms % 1000 === 0 ? local.slice(0, 19) : local.slice(0, 23);
  if (offsetMin === 0) return `${body}Z`;
  const abs = Math.abs(offsetMin);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${body}${offsetMin < 0 ? '-' : '+'}${hh}:${mm}`;
}

const atFormat = fc.record({
  offsetMin: fc.constantFrom(0, 0, 0, 120, -330),
  short: fc.boolean(),
});

/** Time steps: zero, the policy's window sizes, a millisecond, or anything up to 2 minutes. */
const deltaArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, 1, ...DURATIONS_MS) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 120_000 }) },
);

function confidenceArb(policy: CheckedPolicy): fc.Arbitrary<number> {
  const thresholds = [policy.defaultThreshold, ...Object.values(policy.thresholds).filter((t) => t !== undefined), ...THRESHOLDS];
  const near = thresholds.flatMap((t) => [t, t - 0.01, t + 0.01]).filter((c) => c >= 0 && c <= 1);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...near) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  );
}

const DAY_MS = 86_400_000;

/** Record dates around the policy's expiry periods, so records expire exactly at the start of the call or just after. */
const recordArb = (policy: CheckedPolicy) => {
  const expiries = [...EXPIRIES_MS, ...Object.values(policy.recordExpiry)];
  return fc
    .record(
      {
        kind: fc.constantFrom(...RECORD_KINDS),
        category: fc.constantFrom('profanity', 'slur', 'hate_speech', 'threat', 'harassment', 'sexual_harassment', ...DECLARED),
        ago: fc.oneof(fc.constantFrom(...expiries), fc.constantFrom(...expiries).map((e) => e - 1), fc.constantFrom(0, 365 * DAY_MS)),
        expires: fc.constantFrom(0, 1, -1, DAY_MS),
        format: atFormat,
      },
      { requiredKeys: ['kind', 'ago', 'format'] },
    )
    .map(({ kind, category, ago, expires, format }) => ({
      kind,
      ...(category === undefined ? {} : { category }),
      at: isoAt(START_MS - ago, format.offsetMin, format.short),
      ...(expires === undefined ? {} : { expires: isoAt(START_MS + expires, format.offsetMin, format.short) }),
    }));
};

/** Restrictions the policy defines (and one it does not), in force until around the start. */
const restrictionArb = (policy: CheckedPolicy) =>
  fc.record({
    name: fc.constantFrom(...new Set([...RESTRICTIONS, ...Object.keys(policy.restrictions), OTHER_RESTRICTION])),
    until: fc.constantFrom(0, 1, -1, DAY_MS).map((d) => isoAt(START_MS + d, 0, false)),
  });

/** A `call_started` with every field the schema has, names drawn from the policy's. */
const startArb = (policy: CheckedPolicy) => fc.record(
  {
    call: fc.record(
      {
        id: fc.constantFrom('c-1', 'c-2'),
        queue: fc.constantFrom(...QUEUES),
        peak_hours: fc.boolean(),
        channel: fc.oneof({ weight: 3, arbitrary: fc.constant('phone' as const) }, { weight: 3, arbitrary: fc.constantFrom(...CHANNELS) }),
        staff: fc.uniqueArray(fc.constantFrom(...new Set([...ALL_ROLES, ...policy.roles])), { maxLength: 3 }),
        agent_name: fc.constantFrom('Sam', ''),
        callback_number: fc.constantFrom('0800 999 000', ''),
        placeholders: fc.dictionary(fc.constantFrom('case_reference', 'account', 'hours', 'constructor'), fc.constantFrom('C-1042', ''), { maxKeys: 3 }),
      },
      { requiredKeys: ['id'] },
    ),
    caller: fc.record(
      {
        id: fc.constantFrom('cust-1', 'cust-2'),
        incidents_30d: fc.integer({ min: 0, max: 5 }),
        warnings: fc.integer({ min: 0, max: 3 }),
        repeat_calls_7d: fc.integer({ min: 0, max: 3 }),
        withheld: fc.boolean(),
        verified: fc.boolean(),
        refused_verification: fc.boolean(),
        vulnerable: fc.boolean(),
        adjustments: fc.boolean(),
        records: fc.array(recordArb(policy), { maxLength: 4 }),
        restrictions: fc.array(restrictionArb(policy), { maxLength: 2 }),
        talk_time_today_s: fc.constantFrom(...LONG_MS.map((ms) => ms / 1000), 3_599, 30.5),
        customer_since: fc.constantFrom(...LONG_MS.map((ms) => -ms), 1 - 365 * DAY_MS, 3_600_000).map((d) => isoAt(START_MS + d, 0, true)),
        name: fc.constantFrom('Ms Okafor', '山田様', ''),
        placeholders: fc.dictionary(fc.constantFrom('account', 'case_reference', 'toString'), fc.constantFrom('A-7', ''), { maxKeys: 2 }),
      },
      { requiredKeys: [] },
    ),
    hasCaller: fc.boolean(),
    format: atFormat,
  },
).map(({ call, caller, hasCaller, format }) => ({
  type: 'call_started',
  at: isoAt(START_MS, format.offsetMin, format.short),
  call,
  ...(hasCaller ? { caller } : {}),
}));

/** An event body without `at`; `at` is added from the running clock. */
type Body = Record<string, unknown>;

function validBodyArb(policy: CheckedPolicy): fc.Arbitrary<Body> {
  const ruleIds = policy.rules.map((r) => r.id);
  const confidence = confidenceArb(policy);
  const declared = (policy.behaviours ?? []).map((b) => b.name);
  const signals = fc
    .uniqueArray(
      declared.length === 0 ? fc.constantFrom(...SIGNAL_BEHAVIOURS) : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SIGNAL_BEHAVIOURS) }, { weight: 1, arbitrary: fc.constantFrom(...declared) }),
      { maxLength: 3 },
    )
    .chain((bs) => fc.tuple(...bs.map((b) => confidence.map((c) => [b, c] as const))))
    .map((pairs) => Object.fromEntries(pairs));
  const utterance = fc.record(
    {
      type: fc.constant('utterance'),
      speaker: fc.oneof({ weight: 4, arbitrary: fc.constant('customer') }, { weight: 1, arbitrary: fc.constant('agent') }),
      text: fc.constantFrom('hello', 'you idiot', ''),
      signals,
      request: fc.constantFrom(...REQUESTS),
    },
    { requiredKeys: ['type', 'speaker', 'signals'] },
  );
  const agentAction = fc.record(
    {
      type: fc.constant('agent_action'),
      action: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...ACTIONS.filter((a) => !ENDING_ACTIONS.includes(a))) }, { weight: 1, arbitrary: fc.constantFrom(...ENDING_ACTIONS) }),
      rule: ruleIds.length > 0 ? fc.constantFrom(...ruleIds) : fc.constant(undefined),
      script: fc.constantFrom(...Object.keys(policy.scripts)),
    },
    { requiredKeys: ['type', 'action'] },
  ).map(({ rule, ...e }) => (rule === undefined ? e : { ...e, rule }));
  return fc.oneof(
    // Ending events are rare so that most streams run long.
    { weight: 100, arbitrary: utterance },
    { weight: 4, arbitrary: fc.record({ type: fc.constant('silence'), seconds: fc.constantFrom(0, 5, 30, 60, 300, 1200) }) },
    { weight: 4, arbitrary: fc.constant({ type: 'poor_line' }) },
    { weight: 6, arbitrary: fc.constant({ type: 'tick' }) },
    { weight: 8, arbitrary: agentAction },
    { weight: 1, arbitrary: fc.constant({ type: 'line_dropped' }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('call_ended'), by: fc.constantFrom('customer', 'agent', 'system') }) },
  );
}

/** Events the schema (or the session) must reject. */
const invalidBodyArb: fc.Arbitrary<Body> = fc.constantFrom<Body>(
  { type: 'utterance', speaker: 'customer', signals: { threat: 1.5 } },
  { type: 'utterance', speaker: 'customer', signals: { threat: -0.1 } },
  { type: 'utterance', speaker: 'customer', signals: { profanityy: 0.9 } },
  // Well formed, but no policy declares it: rejected as unknown, not invalid.
  { type: 'utterance', speaker: 'customer', signals: { threatens_to_post_online: 0.9 } },
  { type: 'utterance', speaker: 'bot', signals: {} },
  { type: 'utterance', signals: { profanity: 0.9 } },
  { type: 'utterance', speaker: 'customer' },
  { type: 'silence', seconds: -1 },
  { type: 'silence' },
  { type: 'agent_action', action: 'dance' },
  { type: 'agent_action', action: 'warn', rule: 'no_such_rule' },
  { type: 'agent_action', action: 'warn', script: 'no_such_script' },
  { type: 'hold' },
  { type: 'call_started', call: { id: 'c-1' } },
  { type: 'call_ended', by: 'robot' },
  { type: 'utterance', speaker: 'customer', signals: { repeated_request: 1 } },
  { type: 'utterance', speaker: 'customer', signals: {}, request: 7 },
  { type: 'tick', seconds: 5 },
);

type Step =
  | { kind: 'valid'; delta: number; body: Body; format: { offsetMin: number; short: boolean }; id: boolean }
  | { kind: 'again'; pick: number; change: 'none' | 'type' | 'at' }
  | { kind: 'invalid'; delta: number; body: Body }
  | { kind: 'bad-at'; body: Body; at: string }
  | { kind: 'out-of-order'; back: number; body: Body };

function stepArb(policy: CheckedPolicy, invalid: boolean): fc.Arbitrary<Step> {
  const valid = validBodyArb(policy);
  // Most events of a stream with invalid ones carry an id.
  const id = invalid ? fc.boolean().chain((b) => (b ? fc.constant(true) : fc.boolean())) : fc.constant(false);
  const validStep = fc.record({ kind: fc.constant('valid' as const), delta: deltaArb, body: valid, format: atFormat, id });
  if (!invalid) return validStep;
  return fc.oneof(
    { weight: 60, arbitrary: validStep },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('again' as const), pick: fc.nat(), change: fc.constantFrom('none', 'none', 'none', 'type', 'at') }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('invalid' as const), delta: deltaArb, body: invalidBodyArb }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('bad-at' as const),
        body: valid,
        at: fc.constantFrom('yesterday', '2026-12-01T09:30:05', '2026-13-01T09:30:05Z', ''),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('out-of-order' as const), back: fc.constantFrom(1, 1000, 600_000), body: valid }) },
  );
}

/**
 * A stream of up to `maxEvents` events after `call_started` for `policy`;
 * with `invalid: false`, all valid, in order, without ids and delivered once.
 */
export function streamArb(policy: CheckedPolicy, maxEvents: number, { invalid = true } = {}): fc.Arbitrary<Stream> {
  const steps = fc.array(stepArb(policy, invalid), { maxLength: maxEvents, size: 'max' });
  return fc.record({ start: startArb(policy), steps, startId: fc.boolean() }).map(({ start: plain, steps, startId }) => {
    let now = START_MS;
    const start = invalid && startId ? { ...plain, id: 'start' } : plain;
    // Every valid event so far with its time, to deliver one again.
    const sent: { event: Record<string, unknown>; ms: number }[] = [{ event: start, ms: START_MS }];
    const events = steps.map((s, i): Record<string, unknown> => {
      switch (s.kind) {
        case 'valid': {
          now += s.delta;
          const event = { ...s.body, ...(s.id && { id: `e-${i}` }), at: isoAt(now, s.format.offsetMin, s.format.short) };
          sent.push({ event, ms: now });
          return event;
        }
        case 'again': {
          const first = sent[s.pick % sent.length]!;
          if (s.change === 'type') return { type: first.event['type'] === 'tick' ? 'poor_line' : 'tick', ...(first.event['id'] !== undefined && { id: first.event['id'] }), at: first.event['at'] };
          if (s.change === 'at') return { ...first.event, at: isoAt(first.ms + 1, 0, false) };
          return first.event;
        }
        case 'invalid':
          now += s.delta;
          return { ...s.body, at: isoAt(now, 0, false) };
        case 'bad-at':
          return { ...s.body, at: s.at };
        case 'out-of-order':
          return { ...s.body, at: isoAt(now - s.back, 0, false) };
      }
    });
    return { start, events };
  });
}
