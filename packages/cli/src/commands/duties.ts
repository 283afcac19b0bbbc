import type { StoredDuty } from '@callguard/adapters';
import { EXIT, paint, type Io } from '../io.js';
import { openStoreOption, reportStoreError } from '../store-options.js';

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

const COLUMNS = ['id', 'due', 'owner', 'kind', 'target', 'call', 'rule'] as const;
type Cells = Record<(typeof COLUMNS)[number], string>;

function isOverdue(duty: StoredDuty, now: string): boolean {
  return duty.status === 'open' && duty.due !== undefined && duty.due < now;
}

function cells(duty: StoredDuty, now: string): Cells {
  return {
    id: String(duty.id),
    due: duty.due === undefined ? '-' : `${duty.due}${isOverdue(duty, now) ? ' overdue' : ''}`,
    owner: duty.owner ?? '-',
    kind: duty.kind,
    target: duty.target ?? '-',
    call: duty.callId,
    rule: duty.rule,
  };
}

/** Pads the columns to line up; `late` rows get their due cell painted after padding. */
function renderTable(rows: readonly Cells[], late: readonly boolean[], red: (text: string) => string): string {
  const header = Object.fromEntries(COLUMNS.map((c) => [c, c])) as Cells;
  const all = [header, ...rows];
  const widths = COLUMNS.map((c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r: Cells, i: number) =>
    COLUMNS.map((c, k) => {
      const cell = r[c].padEnd(widths[k]!);
      return c === 'due' && late[i - 1] === true ? red(cell) : cell;
    })
      .join('  ')
      .trimEnd();
  return `${all.map(line).join('\n')}\n`;
}

/**
 * Lists the store's open duties, soonest due first, or with `overdue` only
 * those past due at `now`. Exits 1 when `overdue` finds any, so a scheduled
 * job can alert on it; 2 when the store cannot be read.
 */
export function dutiesCommand(options: DutiesCommandOptions, io: Io): number {
  let duties: StoredDuty[];
  try {
    const store = openStoreOption(options.store, io, { mustExist: true });
    try {
      duties = options.overdue ? store.duties({ overdue: options.now }) : store.duties({ status: 'open' });
    } finally {
      store.close();
    }
  } catch (e) {
    return reportStoreError(e, io);
  }
  const now = options.now.toISOString();
  if (options.json) {
    io.out(`${JSON.stringify({ now, duties: duties.map((d) => ({ ...d, overdue: isOverdue(d, now) })) }, null, 2)}\n`);
  } else if (duties.length === 0) {
    io.out(options.overdue ? `no overdue duties at ${now}\n` : 'no open duties\n');
  } else {
    const late = duties.map((d) => isOverdue(d, now));
    io.out(renderTable(duties.map((d) => cells(d, now)), late, paint(io).red));
  }
  return options.overdue && duties.length > 0 ? EXIT.failure : EXIT.ok;
}

/** Marks duty `id` done by `by`. Exits 2 for an unknown id, 1 when it was already done. */
export function dutyDoneCommand(id: number, options: DutyDoneOptions, io: Io): number {
  try {
    const store = openStoreOption(options.store, io, { mustExist: true });
    try {
      const duty = store.complete(id, options.by, { at: options.now });
      io.out(`duty ${duty.id} (${duty.kind}, call ${duty.callId}, rule ${duty.rule}) done by ${options.by} at ${duty.doneAt ?? ''}\n`);
      return EXIT.ok;
    } finally {
      store.close();
    }
  } catch (e) {
    return reportStoreError(e, io);
  }
}
