/**
 * Appeals: the deadlines an appeal is held to and who may hear it. The
 * store's transactions call these; they read rows and decide, never write.
 */
import { sameIdentity } from './identity.js';
import { StoreError } from './store-error.js';
import type { AppealOutcome, AppealSubject, StoredAppeal, StoredRecord, StoredRestriction } from './types.js';
import { workingDaysAfter, type Holidays } from './working-days.js';

type Row = Record<string, string | number | null>;

const text = (v: string | number | null | undefined) => (typeof v === 'string' ? v : undefined);

/** The restriction or record an appeal is against, with what an appeal of it needs. */
export interface AppealTarget {
  readonly subject: AppealSubject;
  readonly id: number;
  readonly callerId: string;
  /** When the customer was told of the decision: the appeal period starts then. */
  readonly decidedAt: string;
  readonly appealWorkingDays: number | undefined;
  readonly replyWorkingDays: number | undefined;
  /** Who took the decision: none of them may hear an appeal against it. */
  readonly deciders: readonly string[];
}

/**
 * A restriction as something appealed. A new appeal needs one in effect
 * (approved or active); an appeal already lodged is heard whatever became of it.
 */
export function restrictionTarget(r: StoredRestriction, deciders: readonly string[], inEffect: boolean): AppealTarget {
  if ((inEffect && r.status !== 'approved' && r.status !== 'active') || r.decidedAt === undefined) {
    throw new StoreError('store/wrong-status', `restriction ${r.id} is ${r.status}; only an approved or active restriction can be appealed`);
  }
  return { subject: 'restriction', id: r.id, callerId: r.callerId, decidedAt: r.decidedAt, appealWorkingDays: r.appealWorkingDays, replyWorkingDays: r.replyWorkingDays, deciders };
}

/** A record as something to appeal. */
export function recordTarget(r: StoredRecord): AppealTarget {
  return {
    subject: 'record',
    id: r.id,
    callerId: r.callerId,
    decidedAt: r.at,
    appealWorkingDays: r.appealWorkingDays,
    replyWorkingDays: r.replyWorkingDays,
    deciders: r.givenBy === undefined ? [] : [r.givenBy],
  };
}

/** The new appeal's deadlines, refusing one lodged after the customer's unless a late reason is given. */
export function appealDeadlines(target: AppealTarget, lodgedAt: string, lateReason: string | undefined, holidays: Holidays): { deadline: string | null; replyDue: string | null; lateReason: string | null } {
  const deadline = target.appealWorkingDays === undefined ? undefined : workingDaysAfter(target.decidedAt, target.appealWorkingDays, holidays);
  const late = deadline !== undefined && lodgedAt > deadline;
  if (late && (lateReason === undefined || lateReason.trim() === '')) {
    throw new StoreError(
      'store/appeal-late',
      `the appeal against ${target.subject} ${target.id} is late: the customer had until ${deadline} (${target.appealWorkingDays} working days after ${target.decidedAt}); it is lodged at ${lodgedAt}`,
      undefined,
      'accept it all the same only with a reason recorded (`--late-reason "..."`)',
    );
  }
  return {
    deadline: deadline ?? null,
    replyDue: target.replyWorkingDays === undefined ? null : workingDaysAfter(lodgedAt, target.replyWorkingDays, holidays),
    lateReason: late ? lateReason!.trim() : null,
  };
}

/** Refuses a hearer who took part in the decision appealed. */
export function checkHearer(appealId: number, target: AppealTarget, by: string): void {
  const decider = target.deciders.find((name) => sameIdentity(name, by));
  if (decider !== undefined) {
    throw new StoreError('store/not-independent', `appeal ${appealId} must be heard by someone independent of the decision: ${decider} decided ${target.subject} ${target.id}`);
  }
}

/** The end an `amend` outcome sets, which must be given and fall after the decision it amends. */
export function amendedEnd(target: AppealTarget, outcome: AppealOutcome, until: string | undefined, latest: string | undefined): string | null {
  if (outcome !== 'amend') {
    if (until !== undefined) throw new StoreError('store/bad-until', `only an amend outcome sets a new end; ${outcome} does not`);
    return null;
  }
  if (until === undefined) throw new StoreError('store/bad-until', `amending ${target.subject} ${target.id} needs its new end (until)`);
  if (until <= target.decidedAt) throw new StoreError('store/bad-until', `the new end ${until} is before the decision it amends (${target.decidedAt})`);
  if (latest !== undefined && until > latest) throw new StoreError('store/bad-until', `${target.subject} ${target.id} may last until ${latest} at most, not ${until}`);
  return until;
}

/** An `appeals` row as a {@link StoredAppeal}. */
export function storedAppeal(r: Row): StoredAppeal {
  const restriction = r['restriction_id'];
  return {
    id: Number(r['id']),
    subject: restriction === null ? 'record' : 'restriction',
    subjectId: Number(restriction ?? r['record_id']),
    callerId: String(r['caller_id']),
    lodgedAt: String(r['lodged_at']),
    lodgedBy: String(r['lodged_by']),
    grounds: text(r['grounds']),
    deadline: text(r['deadline']),
    lateReason: text(r['late_reason']),
    replyDue: text(r['reply_due']),
    status: String(r['status']) as StoredAppeal['status'],
    heardBy: text(r['heard_by']),
    heardAt: text(r['heard_at']),
    outcome: text(r['outcome']) as AppealOutcome | undefined,
    amendedUntil: text(r['amended_until']),
    reasons: text(r['reasons']),
  };
}
