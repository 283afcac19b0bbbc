import type { RestrictionStatus, StoredRestriction } from '@callguard/adapters/store';
import { EXIT, type Io } from '../io.js';
import { withStore } from '../store-options.js';
import { alignTable } from '../table.js';
import { restrictionList } from '../wire.js';

/** Options of `callguard restrictions`. */
export interface RestrictionsCommandOptions {
  readonly store: string;
  readonly caller: string | undefined;
  readonly status: RestrictionStatus | undefined;
  readonly json: boolean;
}

/** Options of `callguard restrictions review --due`. */
export interface ReviewsDueOptions {
  readonly store: string;
  readonly now: Date;
  /** The organisation's calendar: every restriction reviewed at least this often (ms). */
  readonly every: number | undefined;
  readonly json: boolean;
}

/** A change to one restriction: approve, reject, or review (keep or lift). */
export type RestrictionChange =
  | { readonly kind: 'approve'; readonly as: string | undefined; readonly until: Date | undefined }
  | { readonly kind: 'reject' }
  | { readonly kind: 'review'; readonly outcome: 'keep' | 'lift' };

/** Options shared by the changing subcommands. */
export interface RestrictionChangeOptions {
  readonly store: string;
  /** Who decides or reviews: recorded, and checked against the independence rule. */
  readonly by: string;
  readonly now: Date;
}

const COLUMNS = ['id', 'caller', 'name', 'status', 'proposed', 'review due', 'until', 'approvers', 'approvals', 'decided by'] as const;

function cells(r: StoredRestriction): string[] {
  return [
    String(r.id),
    r.callerId,
    r.name,
    r.status,
    r.proposedAt,
    r.reviewDue ?? '-',
    r.until ?? '-',
    r.approvers.join(' and ') + (r.independentReview ? ' (independent review)' : ''),
    r.approvals.length === 0 ? '-' : r.approvals.map(approvalText).join(', '),
    r.decidedBy ?? '-',
  ];
}

/** `ann.lee as line_manager 2026-12-22T09:00:00.000Z`. */
function approvalText(a: StoredRestriction['approvals'][number]): string {
  return `${a.by}${a.role === undefined ? '' : ` as ${a.role}`} ${a.at}`;
}

/** Lists the restrictions kept in a store (proposed by replay --store), oldest proposal first. */
export function restrictionsCommand(options: RestrictionsCommandOptions, io: Io): number {
  return withStore(options.store, io, (store) => {
    const found = store.restrictions({
      ...(options.caller !== undefined && { callerId: options.caller }),
      ...(options.status !== undefined && { status: options.status }),
    });
    if (options.json) io.out(`${JSON.stringify(restrictionList(found), null, 2)}\n`);
    else if (found.length === 0) io.out('no restrictions\n');
    else io.out(alignTable(COLUMNS, found.map(cells)));
    return EXIT.ok;
  }, { readOnly: true });
}

/**
 * Approves, rejects or reviews restriction `id`. A review by the person who
 * approved it is refused when the restriction demands an independent
 * review; a change out of order (reviewing a proposal) is refused too:
 * both exit 1 with the reason.
 */
export function restrictionChangeCommand(id: number, change: RestrictionChange, options: RestrictionChangeOptions, io: Io): number {
  return withStore(options.store, io, (store) => {
    const at = { at: options.now };
    const r =
      change.kind === 'approve'
        ? store.approveRestriction(id, options.by, { ...at, ...(change.as !== undefined && { as: change.as }), ...(change.until !== undefined && { until: change.until }) })
        : change.kind === 'reject'
          ? store.rejectRestriction(id, options.by, at)
          : store.reviewRestriction(id, options.by, { ...at, outcome: change.outcome });
    const subject = `restriction ${r.id} (${r.name}, caller ${r.callerId})`;
    if (change.kind === 'approve' && r.status === 'proposed') {
      const mine = r.approvals.at(-1)!;
      io.out(`${subject} approved by ${options.by}${mine.role === undefined ? '' : ` as ${mine.role}`}; it stays proposed until ${r.awaiting.join(' and ')} approve${r.awaiting.length === 1 ? 's' : ''}\n`);
      return EXIT.ok;
    }
    const until = r.until === undefined ? '' : ` until ${r.until}`;
    io.out(`${subject} is now ${r.status}${until}, by ${options.by}\n`);
    return EXIT.ok;
  });
}

/**
 * Lists the restrictions in effect whose review is due by `now`, soonest
 * first; exits 1 when there are any, so a scheduled job can raise them.
 */
export function reviewsDueCommand(options: ReviewsDueOptions, io: Io): number {
  return withStore(options.store, io, (store) => {
    const due = store.reviewsDue(options.now, options.every);
    if (options.json) io.out(`${JSON.stringify(restrictionList(due.map((d) => d.restriction)), null, 2)}\n`);
    else if (due.length === 0) io.out(`no reviews due by ${options.now.toISOString()}\n`);
    else io.out(alignTable(['review due', ...COLUMNS], due.map((d) => [d.due, ...cells(d.restriction)])));
    return due.length > 0 ? EXIT.failure : EXIT.ok;
  }, { readOnly: true });
}
