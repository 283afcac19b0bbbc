/**
 * What a `call_started` says about the caller beyond its plain fields, as of
 * the start of the call: which records still count, which restrictions are in
 * force, time already spent today and tenure. Computed once per call.
 */
import type { RecordKind } from '@callguard/dsl';
import { eventTime } from './events/validate.js';
import type { CallerInfo } from '@callguard/contract';

/** A record that still counts at the start of the call. */
interface ActiveRecord {
  readonly kind: RecordKind;
  readonly category: string | undefined;
}

/** The caller's derived fields; see docs/semantics.md, "Records, restrictions and the caller's time". */
export interface CallerFacts {
  readonly active: readonly ActiveRecord[];
  /** Active records of each kind, every category. */
  readonly warnings: number;
  readonly strikes: number;
  readonly incidents: number;
  /** Names of the restrictions in force. */
  readonly restrictions: readonly string[];
  /** `talk_time_today_s` in ms: time spent before this call. */
  readonly talkTimeMs: number;
  /** Call start minus `customer_since`; 0 when absent. */
  readonly tenureMs: number;
}

const NOTHING: CallerFacts = Object.freeze({
  active: Object.freeze([]),
  warnings: 0,
  strikes: 0,
  incidents: 0,
  restrictions: Object.freeze([]),
  talkTimeMs: 0,
  tenureMs: 0,
});

/**
 * The facts of a schema-valid caller at `startMs`, records expiring after
 * `expiry` (ms per kind) when they carry no `expires`. Throws `event/invalid`
 * for a date-time that is well formed but not real, naming it
 * (`caller.records.0.at`), checking records, then restrictions, then
 * `customer_since`.
 */
export function callerFacts(
  caller: CallerInfo | undefined,
  startMs: number,
  expiry: Readonly<Partial<Record<RecordKind, number>>>,
): CallerFacts {
  if (
    caller === undefined ||
    (caller.records === undefined &&
      caller.restrictions === undefined &&
      caller.talk_time_today_s === undefined &&
      caller.customer_since === undefined)
  ) {
    return NOTHING;
  }
  const active: ActiveRecord[] = [];
  const tally = { warning: 0, strike: 0, incident: 0 };
  caller.records?.forEach((record, i) => {
    const given = eventTime(record.at, `caller.records.${i}.at`);
    const keep = expiry[record.kind];
    const expires =
      record.expires !== undefined
        ? eventTime(record.expires, `caller.records.${i}.expires`)
        : keep === undefined
          ? Number.POSITIVE_INFINITY
          : given + keep;
    if (expires > startMs) {
      active.push({ kind: record.kind, category: record.category });
      tally[record.kind]++;
    }
  });
  const restrictions: string[] = [];
  caller.restrictions?.forEach((r, i) => {
    if (eventTime(r.until, `caller.restrictions.${i}.until`) > startMs) restrictions.push(r.name);
  });
  const since = caller.customer_since === undefined ? startMs : eventTime(caller.customer_since, 'caller.customer_since');
  return {
    active,
    warnings: tally.warning,
    strikes: tally.strike,
    incidents: tally.incident,
    restrictions,
    talkTimeMs: (caller.talk_time_today_s ?? 0) * 1000,
    tenureMs: startMs - since,
  };
}
