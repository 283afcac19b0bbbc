import type { Decision, Duty, RecordKind } from '@callguard/contract';
import { RECORD_KINDS } from '@callguard/dsl';
import { isoUtc } from './dates.js';
import { StoreError } from './store-error.js';
import type { ApplyContext } from './types.js';

/** The duty kinds that leave a record on the caller. */
const RECORD_DUTIES: Readonly<Record<string, RecordKind>> = Object.fromEntries(
  RECORD_KINDS.map((kind) => [`record_${kind}`, kind]),
);

/** Columns every row of one decision shares. */
interface SourceColumns {
  readonly call_id: string;
  readonly event_seq: number;
  readonly duty_index: number;
  readonly rule: string;
  readonly policy_name: string;
  readonly policy_version: string;
  readonly policy_hash: string;
}

/** A `records` row. */
interface RecordRow extends SourceColumns {
  readonly caller_id: string;
  readonly kind: RecordKind;
  readonly category: string | null;
  readonly at: string;
  readonly appeal_working_days: number | null;
  readonly reply_working_days: number | null;
}

/** A new `restrictions` row (status proposed). */
interface RestrictionRow extends SourceColumns {
  readonly caller_id: string;
  readonly name: string;
  readonly title: string | null;
  readonly kind: string | null;
  readonly scope: string | null;
  readonly proposed_at: string;
  readonly max_until: string | null;
  readonly review_due: string | null;
  readonly approvers: string;
  readonly independent_review: 0 | 1;
  readonly appeal_working_days: number | null;
  readonly details: string;
}

/** A new `duties` row (status open). */
interface DutyRow extends SourceColumns {
  readonly caller_id: string | null;
  readonly kind: string;
  readonly owner: string | null;
  readonly target: string | null;
  readonly due: string | null;
  readonly details: string;
  readonly created_at: string;
}

/** The rows one decision asks the store to keep. */
interface DecisionRows {
  readonly records: readonly RecordRow[];
  readonly restrictions: readonly RestrictionRow[];
  readonly duties: readonly DutyRow[];
  /** Records and restrictions with no caller to attach them to. */
  readonly unattached: number;
}

/**
 * Splits a decision into the rows to keep. Pure, so what gets stored is
 * testable without a database. Duties are indexed across `duties` then
 * `required`; that index is part of each row's idempotency key.
 */
export function decisionRows(decision: Decision, context: Pick<ApplyContext, 'callId' | 'callerId'>): DecisionRows {
  const at = isoUtc(decision.event.at, `event ${decision.event.seq} at`);
  const all = [...decision.duties, ...decision.required];
  const records: RecordRow[] = [];
  const restrictions: RestrictionRow[] = [];
  const duties: DutyRow[] = [];
  let unattached = 0;
  all.forEach((duty, index) => {
    const source: SourceColumns = {
      call_id: context.callId,
      event_seq: decision.event.seq,
      duty_index: index,
      rule: duty.rule,
      policy_name: decision.policy.name,
      policy_version: decision.policy.version,
      policy_hash: decision.policy.hash,
    };
    const recordKind = RECORD_DUTIES[duty.kind];
    const callerId = context.callerId;
    if (recordKind !== undefined || duty.kind === 'propose') {
      if (callerId === undefined) unattached++;
      else if (recordKind !== undefined) records.push({
        ...source,
        caller_id: callerId,
        kind: recordKind,
        category: duty.category ?? null,
        at,
        appeal_working_days: duty.appeal_working_days ?? null,
        reply_working_days: duty.reply_working_days ?? null,
      });
      else restrictions.push(restrictionRow(duty, source, callerId, at));
    }
    if (duty.due !== undefined || duty.owner !== undefined) {
      duties.push({
        ...source,
        caller_id: callerId ?? null,
        kind: duty.kind,
        owner: duty.owner ?? null,
        target: duty.target ?? null,
        due: duty.due === undefined ? null : isoUtc(duty.due, `duty ${duty.kind} due`),
        details: JSON.stringify(duty),
        created_at: at,
      });
    }
  });
  return { records, restrictions, duties, unattached };
}

function restrictionRow(duty: Duty, source: SourceColumns, callerId: string, at: string): RestrictionRow {
  const r = duty.restriction;
  const name = r?.name ?? duty.target;
  if (name === undefined) {
    throw new StoreError('store/invalid-decision', `call ${source.call_id}, event ${source.event_seq}: a propose duty of rule ${duty.rule} names no restriction`);
  }
  const date = (value: string | undefined, what: string) => (value === undefined ? null : isoUtc(value, `restriction ${name} ${what}`));
  return {
    ...source,
    caller_id: callerId,
    name,
    title: r?.title ?? null,
    kind: r?.kind ?? null,
    scope: r?.scope ?? null,
    proposed_at: at,
    max_until: date(r?.max_until, 'max_until'),
    review_due: date(r?.review_due, 'review_due'),
    approvers: JSON.stringify(r?.approvers ?? []),
    independent_review: r?.independent_review === true ? 1 : 0,
    appeal_working_days: r?.appeal_working_days ?? null,
    details: JSON.stringify(r ?? { name }),
  };
}
