import type { DeliveryCounts } from '@callguard/adapters';
import type { StoredDuty } from '@callguard/adapters/store';
import type { Duty } from '@callguard/contract';
import { EXIT, paint, type Io } from '../io.js';
import { withStore } from '../store-options.js';
import { alignTable } from '../table.js';
import { dutyList } from '../wire.js';

/** Options of `callguard duties`. */
export interface DutiesCommandOptions {
  /** The store file. */
  readonly store: string;
  /** Only open duties past due at `now`. */
  readonly overdue: boolean;
  readonly now: Date;
  readonly json: boolean;
}

/** Options of `callguard duties done`. */
export interface DutyDoneOptions {
  readonly store: string;
  /** Who did it. */
  readonly by: string;
  /** When it was done. */
  readonly now: Date;
}

const COLUMNS = ['id', 'due', 'owner', 'kind', 'about', 'call', 'rule'] as const;
type Cells = Record<(typeof COLUMNS)[number], string>;

function isOverdue(duty: StoredDuty, now: string): boolean {
  return duty.status === 'open' && duty.due !== undefined && duty.due < now;
}

/**
 * What a duty is about, in the policy's words: the role notified, the
 * restriction proposed, the sanction to decide (`close_account`), or the
 * script to use (`with apology`); `-` when the kind says it all.
 */
function about(duty: StoredDuty): string {
  // The store keeps the duty as the decision gave it, which met the contract.
  const d = duty.details as Partial<Duty>;
  const script = d.script?.name;
  return d.target ?? d.restriction?.name ?? d.sanction ?? (script === undefined ? '-' : `with ${script}`);
}

function cells(duty: StoredDuty, now: string): Cells {
  return {
    id: String(duty.id),
    due: duty.due === undefined ? '-' : `${duty.due}${isOverdue(duty, now) ? ' overdue' : ''}`,
    owner: duty.owner ?? '-',
    kind: duty.kind,
    about: about(duty),
    call: duty.callId,
    rule: duty.rule,
  };
}

/** Pads the columns to line up; `late` rows get their due cell painted after padding. */
function renderTable(rows: readonly Cells[], late: readonly boolean[], red: (text: string) => string): string {
  const due = COLUMNS.indexOf('due');
  return alignTable(
    COLUMNS,
    rows.map((r) => COLUMNS.map((c) => r[c])),
    (cell, row, column) => (column === due && late[row] === true ? red(cell) : cell),
  );
}

/**
 * Lists the store's open duties, soonest due first, or with `overdue` only
 * those past due at `now`, and warns of dead-lettered or overdue deliveries.
 * Exits 1 when `overdue` finds any of either, so a scheduled job can alert
 * on it; 2 when the store cannot be read.
 */
export function dutiesCommand(options: DutiesCommandOptions, io: Io): number {
  let duties: StoredDuty[] = [];
  let outbox: DeliveryCounts | undefined;
  const code = withStore(options.store, io, (store) => {
    duties = options.overdue ? store.duties({ overdue: options.now }) : store.duties({ status: 'open' });
    outbox = store.outbox.counts(options.now);
    return EXIT.ok;
  }, { readOnly: true });
  if (code !== EXIT.ok) return code;
  const now = options.now.toISOString();
  if (options.json) {
    io.out(`${JSON.stringify(dutyList(now, duties, (d) => isOverdue(d, now)), null, 2)}\n`);
  } else if (duties.length === 0) {
    io.out(options.overdue ? `no overdue duties at ${now}\n` : 'no open duties\n');
  } else {
    const late = duties.map((d) => isOverdue(d, now));
    io.out(renderTable(duties.map((d) => cells(d, now)), late, paint(io).red));
  }
  const undelivered = outbox !== undefined && (outbox.dead > 0 || outbox.overdue > 0);
  if (undelivered && !options.json) {
    io.err(paint(io).red(`deliveries: ${outbox!.dead} dead-lettered, ${outbox!.overdue} overdue (see \`callguard duties list --store ${options.store}\`)\n`));
  }
  return options.overdue && (duties.length > 0 || undelivered) ? EXIT.failure : EXIT.ok;
}

/** Marks duty `id` done by `by`. Exits 2 for an unknown id, 1 when it was already done. */
export function dutyDoneCommand(id: number, options: DutyDoneOptions, io: Io): number {
  return withStore(options.store, io, (store) => {
    const duty = store.complete(id, options.by, { at: options.now });
    io.out(`duty ${duty.id} (${duty.kind}, call ${duty.callId}, rule ${duty.rule}) done by ${options.by} at ${duty.doneAt ?? ''}\n`);
    return EXIT.ok;
  });
}
