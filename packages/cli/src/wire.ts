/**
 * What the CLI prints as JSON for what a store keeps: the contract's
 * `restrictions.schema.json` and `duties.schema.json` (snake_case, with a
 * format version), made from the store's TypeScript records. Keys follow
 * the schemas' order; absent fields are left out rather than null.
 */
import type { StoredAppeal, StoredDuty, StoredRestriction } from '@callguard/adapters/store';
import type { AppealList, AppealRecord, Duty, DutyKind, DutyList, DutyRecord, RestrictionKind, RestrictionList, RestrictionRecord, RestrictionScope } from '@callguard/contract';

/** `callguard restrictions --json`. */
export function restrictionList(restrictions: readonly StoredRestriction[]): RestrictionList {
  return { v: 1, restrictions: restrictions.map(restrictionRecord) };
}

/** `callguard appeals --json`: `overdue` says which open appeals are past their reply date at `now`. */
export function appealList(now: string, appeals: readonly StoredAppeal[]): AppealList {
  return { v: 1, now, appeals: appeals.map((a) => appealRecord(a, a.status === 'open' && a.replyDue !== undefined && a.replyDue < now)) };
}

/** `callguard duties --json`: `overdue` says which duties are past due at `now`. */
export function dutyList(now: string, duties: readonly StoredDuty[], overdue: (duty: StoredDuty) => boolean): DutyList {
  return { v: 1, now, duties: duties.map((d) => dutyRecord(d, overdue(d))) };
}

// The store keeps kinds, scopes and details as a decision gave them; the
// decision met the contract, so they are read back as its types.
function restrictionRecord(r: StoredRestriction): RestrictionRecord {
  return {
    id: r.id,
    caller_id: r.callerId,
    name: r.name,
    ...(r.title !== undefined && { title: r.title }),
    ...(r.kind !== undefined && { kind: r.kind as RestrictionKind }),
    ...(r.scope !== undefined && { scope: r.scope as RestrictionScope }),
    status: r.status,
    proposed_at: r.proposedAt,
    ...(r.maxUntil !== undefined && { max_until: r.maxUntil }),
    ...(r.reviewDue !== undefined && { review_due: r.reviewDue }),
    ...(r.until !== undefined && { until: r.until }),
    approvers: r.approvers,
    ...(r.approvals.length > 0 && {
      approvals: r.approvals.map((a) => ({ ...(a.role !== undefined && { role: a.role }), by: a.by, at: a.at, ...(a.until !== undefined && { until: a.until }) })),
    }),
    ...(r.awaiting.length > 0 && { awaiting: r.awaiting }),
    independent_review: r.independentReview,
    ...(r.appealWorkingDays !== undefined && { appeal_working_days: r.appealWorkingDays }),
    ...(r.decidedBy !== undefined && { decided_by: r.decidedBy }),
    ...(r.decidedAt !== undefined && { decided_at: r.decidedAt }),
    ...(r.reviewedBy !== undefined && { reviewed_by: r.reviewedBy }),
    ...(r.reviewedAt !== undefined && { reviewed_at: r.reviewedAt }),
    call_id: r.callId,
    rule: r.rule,
    policy: r.policy,
    details: r.details,
  };
}

function appealRecord(a: StoredAppeal, overdue: boolean): AppealRecord {
  return {
    id: a.id,
    subject: a.subject,
    subject_id: a.subjectId,
    caller_id: a.callerId,
    lodged_at: a.lodgedAt,
    lodged_by: a.lodgedBy,
    ...(a.grounds !== undefined && { grounds: a.grounds }),
    ...(a.deadline !== undefined && { deadline: a.deadline }),
    ...(a.lateReason !== undefined && { late_reason: a.lateReason }),
    ...(a.replyDue !== undefined && { reply_due: a.replyDue }),
    overdue,
    status: a.status,
    ...(a.heardBy !== undefined && { heard_by: a.heardBy }),
    ...(a.heardAt !== undefined && { heard_at: a.heardAt }),
    ...(a.outcome !== undefined && { outcome: a.outcome }),
    ...(a.amendedUntil !== undefined && { amended_until: a.amendedUntil }),
    ...(a.reasons !== undefined && { reasons: a.reasons }),
  };
}

function dutyRecord(d: StoredDuty, overdue: boolean): DutyRecord {
  return {
    id: d.id,
    call_id: d.callId,
    ...(d.callerId !== undefined && { caller_id: d.callerId }),
    event_seq: d.eventSeq,
    kind: d.kind as DutyKind,
    rule: d.rule,
    ...(d.owner !== undefined && { owner: d.owner }),
    ...(d.target !== undefined && { target: d.target }),
    ...(d.due !== undefined && { due: d.due }),
    status: d.status,
    overdue,
    created_at: d.createdAt,
    ...(d.doneAt !== undefined && { done_at: d.doneAt }),
    ...(d.doneBy !== undefined && { done_by: d.doneBy }),
    policy: d.policy,
    details: d.details as unknown as Duty,
  };
}
