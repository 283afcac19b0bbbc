/**
 * The store's interface and the shapes it returns. What it reads (decisions,
 * `call_started` events) is the wire contract, `@callguard/contract`.
 */
import type { CallStartedEvent, Decision, PolicyRef, RecordKind } from '@callguard/contract';
import type { DutyRoute } from '../outbox/routes.js';
import type { Outbox } from '../outbox/types.js';
import type { IncidentLog } from './incident.js';
import type { StoreError } from './store-error.js';
import type { Holidays } from './working-days.js';

/** Which call a decision belongs to. */
export interface ApplyContext {
  readonly callId: string;
  /** `call_started.caller.id`; without it records and restrictions cannot be kept. */
  readonly callerId?: string | undefined;
  /**
   * The call's `call_started` time. With the caller id it tells one call from
   * another that reuses its id: applying a decision of a different call under
   * a kept call's id is refused (`store/call-id-reused`), never dropped.
   */
  readonly startedAt: string;
}

/** What {@link Store.apply} added (nothing when the decision was applied before). */
export interface ApplyResult {
  readonly records: number;
  readonly restrictions: number;
  readonly duties: number;
  /** Deliveries added to the outbox (each owed duty once per sink it is routed to). */
  readonly deliveries: number;
  /** Records and restrictions dropped because the call has no caller id. */
  readonly unattached: number;
}


/** A record kept for a caller. */
export interface StoredRecord {
  readonly id: number;
  readonly callerId: string;
  readonly kind: RecordKind;
  readonly category: string | undefined;
  readonly at: string;
  /** Set only for records given an explicit expiry; otherwise the policy's expiry applies when counting. */
  readonly expires: string | undefined;
  /** Undefined for records given outside a call (a letter). */
  readonly callId: string | undefined;
  /** Who gave a letter, when the store was told. */
  readonly givenBy: string | undefined;
  /** The working days the customer has to appeal it; undefined when the policy sets none. */
  readonly appealWorkingDays: number | undefined;
  /** The working days the organisation has to decide an appeal against it. */
  readonly replyWorkingDays: number | undefined;
  readonly rule: string | undefined;
  readonly policy: PolicyRef | undefined;
}

/** A record given outside a call, e.g. a warning letter. */
export interface NewRecord {
  readonly callerId: string;
  readonly kind: RecordKind;
  readonly category?: string;
  readonly at: string | Date;
  readonly expires?: string | Date;
  /** Who gave it: they may not hear an appeal against it. */
  readonly by?: string;
  /** The working days the customer has to appeal it. */
  readonly appealWorkingDays?: number;
  /** The working days the organisation has to decide an appeal. */
  readonly replyWorkingDays?: number;
}

/** What an appeal is against. */
export type AppealSubject = 'restriction' | 'record';

/** What hearing an appeal decided: keep the decision, amend it (a new end), or lift it. */
export type AppealOutcome = 'keep' | 'amend' | 'lift';

/** An appeal by a customer against a restriction or a record, and how it was decided. */
export interface StoredAppeal {
  readonly id: number;
  readonly subject: AppealSubject;
  /** The restriction's or the record's id. */
  readonly subjectId: number;
  readonly callerId: string;
  readonly lodgedAt: string;
  /** Who recorded it. */
  readonly lodgedBy: string;
  readonly grounds: string | undefined;
  /** The end of the customer's last day to appeal; undefined when the policy sets none. */
  readonly deadline: string | undefined;
  /** Set when it was lodged after its deadline and accepted all the same: why. */
  readonly lateReason: string | undefined;
  /** The end of the organisation's last day to decide it; undefined when the policy sets none. */
  readonly replyDue: string | undefined;
  readonly status: 'open' | 'decided';
  readonly heardBy: string | undefined;
  readonly heardAt: string | undefined;
  readonly outcome: AppealOutcome | undefined;
  /** The new end an `amend` outcome set. */
  readonly amendedUntil: string | undefined;
  readonly reasons: string | undefined;
}

/** Options of {@link Store.appeal}. */
export interface LodgeOptions extends ChangeOptions {
  readonly grounds?: string;
  /**
   * Accepts an appeal lodged after its deadline, recording why (the
   * customer was in hospital, the letter went astray). Without it a late
   * appeal is refused.
   */
  readonly lateReason?: string;
}

/** Options of {@link Store.hearAppeal}. */
export interface HearOptions extends ChangeOptions {
  readonly outcome: AppealOutcome;
  /** `amend`: the new end of the restriction, or the record's new expiry. */
  readonly until?: Date;
  /** The reasons given to the customer. */
  readonly reasons?: string;
}

/** Which appeals {@link Store.appeals} lists. */
export interface AppealQuery {
  readonly callerId?: string;
  readonly status?: StoredAppeal['status'];
}

/** Where a restriction is in its life: proposed, then approved or rejected; reviewed (active) or lifted. */
export type RestrictionStatus = 'proposed' | 'approved' | 'active' | 'lifted' | 'rejected';

/** One approval of a restriction: who gave it, in which of its approving roles, and when. */
export interface RestrictionApproval {
  /** The approving role it fills; undefined for a restriction that names none. */
  readonly role: string | undefined;
  readonly by: string;
  readonly at: string;
  /** The end this approver agreed to, when they set one (`--until`). */
  readonly until: string | undefined;
}

/** A restriction of contact with a caller. */
export interface StoredRestriction {
  readonly id: number;
  readonly callerId: string;
  readonly name: string;
  readonly title: string | undefined;
  readonly kind: string | undefined;
  readonly scope: string | undefined;
  readonly status: RestrictionStatus;
  readonly proposedAt: string;
  readonly maxUntil: string | undefined;
  readonly reviewDue: string | undefined;
  /** When it ends; set on approval. */
  readonly until: string | undefined;
  /** The roles that must approve it: two roles, two people. */
  readonly approvers: readonly string[];
  /** The approvals given so far, oldest first: it is approved once every role has one. */
  readonly approvals: readonly RestrictionApproval[];
  /** The approving roles still to approve a proposed restriction; empty once it is decided. */
  readonly awaiting: readonly string[];
  /** The reviewer must not be the person who decided it. */
  readonly independentReview: boolean;
  readonly appealWorkingDays: number | undefined;
  /** `then every D`: how often it is reviewed again after its first review, in ms. */
  readonly reviewEveryMs: number | undefined;
  /** `reply within N working_days`: how long the organisation has to decide an appeal. */
  readonly replyWorkingDays: number | undefined;
  /** Who rejected it, or gave the approval that completed it. */
  readonly decidedBy: string | undefined;
  readonly decidedAt: string | undefined;
  readonly reviewedBy: string | undefined;
  readonly reviewedAt: string | undefined;
  readonly callId: string;
  readonly rule: string;
  readonly policy: PolicyRef;
  /** The proposal as the decision gave it. */
  readonly details: Readonly<Record<string, unknown>>;
}

/** A restriction whose review is due, and when it fell due. */
export interface DueReview {
  readonly restriction: StoredRestriction;
  readonly due: string;
}

/** open or done. */
export type DutyStatus = 'open' | 'done';

/** A duty kept until someone does it. */
export interface StoredDuty {
  readonly id: number;
  readonly callId: string;
  readonly callerId: string | undefined;
  readonly eventSeq: number;
  readonly kind: string;
  readonly rule: string;
  readonly owner: string | undefined;
  readonly target: string | undefined;
  readonly due: string | undefined;
  readonly status: DutyStatus;
  /** The duty as the decision gave it. */
  readonly details: Readonly<Record<string, unknown>>;
  /** The `at` of the event that created it. */
  readonly createdAt: string;
  readonly doneAt: string | undefined;
  readonly doneBy: string | undefined;
  readonly policy: PolicyRef;
}

/** Which duties {@link Store.duties} lists. */
export interface DutyQuery {
  /** Only open duties due before this time. */
  readonly overdue?: Date;
  readonly status?: DutyStatus;
}

/** Which restrictions {@link Store.restrictions} lists. */
export interface RestrictionQuery {
  readonly callerId?: string;
  readonly status?: RestrictionStatus;
}

/** When a life-cycle change happened; now when omitted. */
export interface ChangeOptions {
  readonly at?: Date;
}

/** Options of {@link Store.approveRestriction}. */
export interface ApproveOptions extends ChangeOptions {
  /**
   * The approving role the person holds and approves in, recorded with the
   * approval. May be left out when the restriction names one role (it is
   * that role); needed when it names two.
   */
  readonly as?: string;
  /**
   * When it ends; by default its maximum (`max_until`), which it may not
   * exceed. With two approvers, the earlier end either agreed to.
   */
  readonly until?: Date;
}

/** Options of {@link Store.reviewRestriction}. */
export interface ReviewOptions extends ChangeOptions {
  /** keep (the restriction becomes `active`) or lift it. Default keep. */
  readonly outcome?: 'keep' | 'lift';
}

/** Options of {@link openStore}. */
export interface OpenOptions {
  /**
   * What "now" is for a change made without an explicit `at` (a duty done, a
   * restriction approved). The store never reads the machine's clock itself:
   * the CLI or service passes the real one, tests a fixed one.
   */
  readonly clock: () => Date;
  /** Refuse to create a new file (for commands that only read or update). */
  readonly mustExist?: boolean;
  /** How messages name the file, e.g. as the user typed it; default the path. */
  readonly shownAs?: string;
  /**
   * Open for reading only (listings): works on a read-only file or folder,
   * never migrates, and every change is refused by SQLite.
   */
  readonly readOnly?: boolean;
  /** Days that are not working days besides Saturdays and Sundays, for appeal deadlines (`YYYY-MM-DD`). */
  readonly holidays?: Holidays;
  /** Which sinks each duty kind is delivered to; every duty to the local incident log (`log`) by default. */
  readonly routes?: readonly DutyRoute[];
}

/**
 * A durable local store of caller records, restrictions and open duties.
 * Every method is synchronous; errors a user can cause are {@link StoreError}s.
 */
export interface Store {
  /** The file it was opened from. */
  readonly path: string;
  /**
   * A copy of `event` with the caller's records and active restrictions
   * appended to `caller.records` and `caller.restrictions`, as they stood at
   * the event's `at`: records made before it by other calls (or letters) and
   * not explicitly expired, restrictions approved or active, in effect
   * before it (fully approved: a restriction waiting for its second approver
   * is not in effect) and ending after it. The event itself when it has no `caller.id` or
   * the store has nothing for the caller.
   */
  enrichCallStarted(event: CallStartedEvent): CallStartedEvent;
  /**
   * Keeps what a decision asks to keep, in one transaction: `record_*` duties
   * as records, `propose` duties as proposed restrictions, and every duty with
   * a `due` or an `owner` as an open duty. Applying the same decision again
   * adds nothing: rows are keyed by call, event `seq` and duty index (in
   * `duties`, then `required`).
   */
  apply(decision: Decision, context: ApplyContext): ApplyResult;
  /**
   * {@link Store.apply} for every decision of a call, all in one transaction:
   * a process killed half-way keeps none of the call, and the next replay
   * keeps all of it.
   */
  applyCall(decisions: readonly Decision[], context: ApplyContext): ApplyResult;
  /** Keeps a record given outside a call, e.g. a warning letter. */
  addRecord(record: NewRecord): StoredRecord;
  /** A caller's records, oldest first. */
  records(callerId: string): StoredRecord[];
  /** Restrictions, oldest proposal first. */
  restrictions(query?: RestrictionQuery): StoredRestriction[];
  /** Duties, soonest due first (those without a due last), then oldest first. */
  duties(query?: DutyQuery): StoredDuty[];
  /** Marks an open duty done by `by`. */
  complete(dutyId: number, by: string, options?: ChangeOptions): StoredDuty;
  /**
   * Records `by`'s approval of a proposed restriction, in the role
   * `options.as`. It becomes approved (and takes effect) when every role it
   * names has approved, each by a different person; until then it stays
   * proposed. `by` must not have approved it already.
   */
  approveRestriction(id: number, by: string, options?: ApproveOptions): StoredRestriction;
  /** Rejects a proposed restriction; `by` is recorded as the decider. */
  rejectRestriction(id: number, by: string, options?: ChangeOptions): StoredRestriction;
  /**
   * Reviews an approved or active restriction, keeping or lifting it. When
   * the restriction demands an independent review, no one who approved it may review it.
   */
  reviewRestriction(id: number, by: string, options?: ReviewOptions): StoredRestriction;
  /**
   * Lodges a customer's appeal against an approved or active restriction,
   * or against a record, recorded by `by`. The deadline is the policy's
   * `appeal within N working_days` from the decision (a restriction's
   * completed approval, a record's `at`); after it the appeal is refused
   * unless `lateReason` says why it is accepted late. The organisation's
   * reply is due `reply within N working_days` from lodging. One open
   * appeal per restriction or record at a time.
   */
  appeal(subject: AppealSubject, id: number, by: string, options?: LodgeOptions): StoredAppeal;
  /**
   * Decides an open appeal: keep, amend (a new end for the restriction, a
   * new expiry for the record) or lift (the restriction is lifted; the
   * record stops counting). `by` must be independent of the decision:
   * neither an approver nor the decider of the restriction, nor who gave the
   * record.
   */
  hearAppeal(appealId: number, by: string, options: HearOptions): StoredAppeal;
  /**
   * The restrictions in effect (approved or active) whose next review is due
   * by `at`, soonest first. The next review is the first (`review_due`)
   * until one is done; after it, the last review plus the restriction's own
   * period (`then every`). `every` is an organisation's calendar on top: a
   * review at least that often after the last (or the approval).
   */
  reviewsDue(at: Date, every?: number): DueReview[];
  /** Appeals, oldest first. */
  appeals(query?: AppealQuery): StoredAppeal[];
  /**
   * The durable outbox: every owed duty, once per sink it is routed to,
   * written by {@link Store.apply} in the decision's own transaction.
   */
  readonly outbox: Outbox;
  /** The local incident log (the `log` sink's table). */
  readonly incidents: IncidentLog;
  /** Closes the file. The store is unusable afterwards. */
  close(): void;
}
