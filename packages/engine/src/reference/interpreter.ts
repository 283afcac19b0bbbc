/**
 * The reference interpreter: docs/semantics.md read as literally as possible,
 * straight over the checked policy. It keeps every accepted event and which
 * ladders each one moved, and derives everything else (ladder positions,
 * window counts, whether the call ended) from that history on every event.
 * It is slow on purpose and shares nothing with the compiler but the event
 * schema and the decision type; the differential tests hold the compiled
 * engine to it.
 *
 * @internal A test oracle, not part of the public API.
 */
import { ACTION_SEVERITY, ENDING_ACTIONS } from '@callguard/dsl';
import type { Action, Behaviour, CheckedCondition, CheckedPolicy, CheckedRule, CheckedStep } from '@callguard/dsl';
import type { Decision, Duty, Match } from '../decision.js';
import { EventError } from '../events/error.js';
import type { CallEvent, CallStartedEvent } from '../events/types.js';
import { eventTime, validateEvent } from '../events/validate.js';

/** An accepted event with its time in ms, and the rules whose ladders it moved on. */
interface Accepted {
  readonly event: CallEvent;
  readonly ms: number;
  readonly advanced: readonly string[];
  readonly ended: boolean;
}

/** What a condition is evaluated against: the call, this event, and every accepted event up to it. */
interface Now {
  readonly policy: CheckedPolicy;
  readonly start: CallStartedEvent;
  readonly startMs: number;
  readonly event: CallEvent;
  readonly ms: number;
  readonly upToNow: readonly { readonly event: CallEvent; readonly ms: number }[];
}

/** One rule that fired on an event, with the step it took. */
interface Firing {
  readonly rule: CheckedRule;
  readonly step: CheckedStep;
}

/** @internal A reference session: `handle` returns the decision the semantics prescribe. */
export interface ReferenceSession {
  handle(event: unknown): Decision;
}

/** @internal Opens a reference session from a `call_started` event. */
export function referenceOpen(policy: CheckedPolicy, call: unknown): ReferenceSession {
  const start = valid(call);
  if (start.type !== 'call_started') throw new EventError('event/invalid', 'type', 'type must be call_started');
  const startMs = eventTime(start.at);
  const history: Accepted[] = [];
  return {
    handle(input: unknown): Decision {
      const { event, ms } = admit(policy, input, startMs, history);
      const { decision, advanced } = decide(policy, start, startMs, history, event, ms);
      history.push({ event, ms, advanced, ended: decision.ended });
      return decision;
    },
  };
}

/** Validates an event against the session so far; throws the engine's error codes. */
function admit(
  policy: CheckedPolicy,
  input: unknown,
  startMs: number,
  history: readonly Accepted[],
): { event: CallEvent; ms: number } {
  const event = valid(input);
  const ms = eventTime(event.at);
  const last = history.at(-1);
  // Once the call is over every event is refused as such, whatever else is wrong with it.
  if (last?.ended === true) throw new EventError('event/call-ended', '', 'the call has ended');
  if (event.type === 'call_started') throw new EventError('event/already-started', 'type', 'the call has already started');
  if (ms < (last?.ms ?? startMs)) throw new EventError('event/out-of-order', 'at', 'at is before the previous event');
  const named = event.type === 'agent_action' ? event.rule : undefined;
  if (named !== undefined && !policy.rules.some((r) => r.id === named)) {
    throw new EventError('event/unknown-rule', 'rule', `rule ${named} is not in the policy`);
  }
  return { event, ms };
}

/** The event, typed, once the schema accepts it (`validateEvent` throws otherwise). */
function valid(input: unknown): CallEvent {
  validateEvent(input);
  return input as CallEvent;
}

function decide(
  policy: CheckedPolicy,
  start: CallStartedEvent,
  startMs: number,
  history: readonly Accepted[],
  event: CallEvent,
  ms: number,
): { decision: Decision; advanced: string[] } {
  const seq = history.length + 1;
  const currentStep = (rule: CheckedRule): CheckedStep => {
    const moves = history.filter((a) => a.advanced.includes(rule.id)).length;
    return rule.ladder[Math.min(moves, rule.ladder.length - 1)] as CheckedStep;
  };

  if (event.type === 'agent_action') {
    const rule = policy.rules.find((r) => r.id === event.rule);
    const step = rule === undefined ? undefined : currentStep(rule);
    if (rule !== undefined && step?.action === event.action) {
      return { decision: build(policy, event, ms, seq, [{ rule, step }], { rule, step }), advanced: [rule.id] };
    }
    return { decision: build(policy, event, ms, seq, [], undefined), advanced: [] };
  }

  const tried = policy.rules.filter((r) =>
    event.type === 'utterance'
      ? r.trigger.kind === 'utterance'
      : r.trigger.kind === 'event' && r.trigger.event === event.type,
  );
  const now: Now = { policy, start, startMs, event, ms, upToNow: [...history, { event, ms }] };
  const fired: Firing[] = tried
    .filter((r) => r.condition === undefined || holds(r.condition, now))
    .map((rule) => ({ rule, step: currentStep(rule) }));
  let winner: Firing | undefined;
  for (const f of fired) {
    if (winner === undefined || ACTION_SEVERITY[f.step.action] > ACTION_SEVERITY[winner.step.action]) winner = f;
  }
  return { decision: build(policy, event, ms, seq, fired, winner), advanced: fired.map((f) => f.rule.id) };
}

/** Whether `c` is true on `now.event`. */
function holds(c: CheckedCondition, now: Now): boolean {
  switch (c.kind) {
    case 'and':
      return c.items.every((i) => holds(i, now));
    case 'or':
      return c.items.some((i) => holds(i, now));
    case 'not':
      return !holds(c.operand, now);
    case 'behaviour': {
      const detects = (e: CallEvent): boolean =>
        e.type === 'utterance' &&
        e.speaker === c.speaker &&
        c.behaviours.some((b) => (e.signals[b] ?? 0) >= threshold(now.policy, b));
      if (!detects(now.event)) return false;
      if (c.count === undefined) return true;
      const withinMs = c.count.withinMs;
      const recent = now.upToNow.filter((u) => detects(u.event) && now.ms - u.ms < withinMs);
      return recent.length >= c.count.times;
    }
    case 'field': {
      const actual = fieldValue(`${c.root}.${c.member}`, now);
      const v = c.value;
      switch (c.op) {
        case '=':
          return actual === v;
        case '!=':
          return actual !== v;
        case '<':
          return actual < v;
        case '<=':
          return actual <= v;
        case '>':
          return actual > v;
        case '>=':
          return actual >= v;
      }
    }
  }
}

function threshold(policy: CheckedPolicy, b: Behaviour): number {
  return policy.thresholds[b] ?? policy.defaultThreshold;
}

function fieldValue(name: string, { start, startMs, event, ms }: Now): number | boolean | string {
  const caller = start.caller ?? {};
  switch (name) {
    case 'caller.incidents_30d':
      return caller.incidents_30d ?? 0;
    case 'caller.warnings':
      return caller.warnings ?? 0;
    case 'caller.repeat_calls_7d':
      return caller.repeat_calls_7d ?? 0;
    case 'caller.withheld':
      return caller.withheld ?? false;
    case 'caller.verified':
      return caller.verified ?? false;
    case 'caller.refused_verification':
      return caller.refused_verification ?? false;
    case 'call.duration':
      return ms - startMs;
    case 'call.peak_hours':
      return start.call.peak_hours ?? false;
    case 'call.queue':
      return start.call.queue ?? '';
    case 'silence.duration':
      // docs/semantics.md defines it on silence events only; an oracle must not guess the rest.
      if (event.type !== 'silence') throw new Error('silence.duration is not defined on a non-silence event');
      return event.seconds * 1000;
    default:
      throw new Error(`unknown field ${name}`);
  }
}

/** The decision for `event`: `winner` decides the action, every firing adds duties and a match. */
function build(
  policy: CheckedPolicy,
  event: CallEvent,
  ms: number,
  seq: number,
  fired: readonly Firing[],
  winner: Firing | undefined,
): Decision {
  const at = new Date(ms).toISOString();
  const action: Action =
    winner?.step.action ?? (event.type === 'agent_action' ? event.action : 'continue');
  const duties: Duty[] = [];
  for (const { rule } of fired) {
    for (const d of rule.duties) {
      const same = duties.some(
        (x) =>
          x.kind === d.kind &&
          x.target === d.target &&
          x.script?.name === d.script?.name &&
          x.within_ms === d.withinMs,
      );
      if (same) continue;
      duties.push({
        kind: d.kind,
        rule: rule.id,
        ...(d.target === undefined ? {} : { target: d.target }),
        ...(d.script === undefined ? {} : { script: { name: d.script.name, text: d.script.text } }),
        ...(d.withinMs === undefined ? {} : { within_ms: d.withinMs, due: new Date(ms + d.withinMs).toISOString() }),
      });
    }
  }
  const matched: Match[] = fired.map(({ rule, step }) => ({
    rule: rule.id,
    action: step.action,
    step: { n: step.n, of: rule.ladder.length },
    why: `${rule.id} fired`,
  }));
  const step = winner?.step;
  return {
    action,
    ...(winner === undefined ? {} : { rule: { id: winner.rule.id, title: winner.rule.title } }),
    ...(winner === undefined ? {} : { step: { n: winner.step.n, of: winner.rule.ladder.length } }),
    ...(step?.script === undefined ? {} : { script: { name: step.script.name, text: step.script.text } }),
    ...(step?.to === undefined ? {} : { to: step.to }),
    ...(step?.approvedBy === undefined ? {} : { approved_by: step.approvedBy }),
    ...(step?.forMs === undefined ? {} : { for_ms: step.forMs }),
    ...(step?.withinMs === undefined ? {} : { within_ms: step.withinMs }),
    duties,
    matched,
    ended: ENDING_ACTIONS.includes(action) || event.type === 'line_dropped' || event.type === 'call_ended',
    policy: { name: policy.name, version: policy.version, hash: policy.hash },
    event: { seq, at, type: event.type },
  };
}
