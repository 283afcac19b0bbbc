/** `callguard appeals`: customers' appeals against restrictions and records, lodged and heard. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHolidays, StoreError, type AppealOutcome, type AppealSubject, type Holidays, type StoredRecord } from '@callguard/adapters/store';
import type { AppealRecord } from '@callguard/contract';
import { InvalidArgumentError, type Command } from 'commander';
import { EXIT, usageError, type Io } from '../io.js';
import { parseNow, reportStoreError, withStore } from '../store-options.js';
import { alignTable } from '../table.js';
import { appealList } from '../wire.js';

const OUTCOMES: readonly AppealOutcome[] = ['keep', 'amend', 'lift'];

function outcome(value: string): AppealOutcome {
  const found = OUTCOMES.find((o) => o === value);
  if (!found) throw new InvalidArgumentError(`expected one of ${OUTCOMES.join(', ')}`);
  return found;
}

function id(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected an id, a whole number from 1');
  return Number(value);
}

/** Options every appeals subcommand shares. */
interface StoreCommandOptions {
  readonly store: string;
  /** A file of holidays, one `YYYY-MM-DD` a line, relative to the working directory. */
  readonly holidays?: string;
  readonly now?: Date;
}

/** The holiday list a `--holidays` file gives, none without one. */
function readHolidays(file: string | undefined, io: Io): Holidays {
  if (file === undefined) return new Set();
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    throw new StoreError('store/cannot-open', `cannot read the holiday list (${e instanceof Error ? e.message : String(e)})`, file);
  }
  return parseHolidays(text, file);
}

/** Runs `work` on the store with the holiday list; store errors (a bad holiday file too) become exit codes. */
function withAppealStore(options: StoreCommandOptions, io: Io, work: Parameters<typeof withStore>[2], readOnly = false): number {
  let holidays: Holidays;
  try {
    holidays = readHolidays(options.holidays, io);
  } catch (e) {
    return reportStoreError(e, io);
  }
  return withStore(options.store, io, work, { holidays, readOnly });
}

const COLUMNS = ['id', 'against', 'caller', 'lodged', 'deadline', 'reply due', 'status', 'heard by', 'outcome'] as const;

function cells(a: AppealRecord): string[] {
  return [
    String(a.id),
    `${a.subject} ${a.subject_id}`,
    a.caller_id,
    `${a.lodged_at} by ${a.lodged_by}`,
    (a.deadline ?? 'none') + (a.late_reason === undefined ? '' : ` (late: ${a.late_reason})`),
    (a.reply_due ?? 'none') + (a.overdue ? ' overdue' : ''),
    a.status,
    a.heard_by === undefined ? '-' : `${a.heard_by} ${a.heard_at ?? ''}`,
    a.outcome === undefined ? '-' : a.outcome + (a.amended_until === undefined ? '' : ` until ${a.amended_until}`),
  ];
}

/**
 * Lists appeals, oldest first; with `overdue` only open ones whose reply is
 * past due at `now`, exiting 1 when there are any (for a scheduled job).
 */
export function appealsCommand(
  options: StoreCommandOptions & { readonly caller?: string; readonly open: boolean; readonly overdue: boolean; readonly json: boolean; readonly now: Date },
  io: Io,
): number {
  return withAppealStore(options, io, (store) => {
    const now = options.now.toISOString();
    const listed = appealList(now, store.appeals({ ...(options.caller !== undefined && { callerId: options.caller }), ...((options.open || options.overdue) && { status: 'open' }) }));
    const found = options.overdue ? { ...listed, appeals: listed.appeals.filter((a) => a.overdue) } : listed;
    if (options.json) io.out(`${JSON.stringify(found, null, 2)}\n`);
    else if (found.appeals.length === 0) io.out(options.overdue ? `no appeals awaiting a reply past due at ${now}\n` : 'no appeals\n');
    else io.out(alignTable(COLUMNS, found.appeals.map(cells)));
    return options.overdue && found.appeals.length > 0 ? EXIT.failure : EXIT.ok;
  }, true);
}

/** Lodges a customer's appeal against restriction or record `subjectId`, recorded by `by`. */
export function lodgeAppealCommand(
  subject: AppealSubject,
  subjectId: number,
  options: StoreCommandOptions & { readonly by: string; readonly grounds?: string; readonly lateReason?: string; readonly now: Date },
  io: Io,
): number {
  return withAppealStore(options, io, (store) => {
    const a = store.appeal(subject, subjectId, options.by, {
      at: options.now,
      ...(options.grounds !== undefined && { grounds: options.grounds }),
      ...(options.lateReason !== undefined && { lateReason: options.lateReason }),
    });
    const late = a.lateReason === undefined ? '' : `, accepted late (${a.lateReason})`;
    io.out(`appeal ${a.id} against ${subject} ${subjectId} (caller ${a.callerId}) lodged at ${a.lodgedAt}${late}; reply due ${a.replyDue ?? 'when the policy sets no date: none'}\n`);
    return EXIT.ok;
  });
}

/** Decides appeal `appealId`: keep, amend (with `until`) or lift. */
export function hearAppealCommand(
  appealId: number,
  options: StoreCommandOptions & { readonly by: string; readonly outcome: AppealOutcome; readonly until?: Date; readonly reasons?: string; readonly now: Date },
  io: Io,
): number {
  return withAppealStore(options, io, (store) => {
    const a = store.hearAppeal(appealId, options.by, {
      at: options.now,
      outcome: options.outcome,
      ...(options.until !== undefined && { until: options.until }),
      ...(options.reasons !== undefined && { reasons: options.reasons }),
    });
    const until = a.amendedUntil === undefined ? '' : ` until ${a.amendedUntil}`;
    io.out(`appeal ${a.id} against ${a.subject} ${a.subjectId} heard by ${options.by}: ${a.outcome ?? ''}${until}\n`);
    return EXIT.ok;
  });
}

const RECORD_COLUMNS = ['id', 'kind', 'category', 'at', 'expires', 'appeal within', 'given by', 'call'] as const;

function recordCells(r: StoredRecord): string[] {
  return [
    String(r.id),
    r.kind,
    r.category ?? '-',
    r.at,
    r.expires ?? '-',
    r.appealWorkingDays === undefined ? '-' : `${r.appealWorkingDays} working days`,
    r.givenBy ?? '-',
    r.callId ?? 'letter',
  ];
}

/** Lists a caller's records with their ids, to appeal one. */
export function recordsCommand(options: StoreCommandOptions & { readonly caller: string }, io: Io): number {
  return withStore(options.store, io, (store) => {
    const records = store.records(options.caller);
    io.out(records.length === 0 ? `no records for ${options.caller}\n` : alignTable(RECORD_COLUMNS, records.map(recordCells)));
    return EXIT.ok;
  }, { readOnly: true });
}

/** Adds `callguard appeals [lodge|hear|records]` to the program; each action stores its exit code in `result`. */
export function registerAppeals(program: Command, io: Io, result: { code: number }): void {
  const appeals = program
    .command('appeals')
    .description("list customers' appeals against restrictions and records, and lodge or hear them")
    .requiredOption('--store <file>', 'the store file')
    .option('--holidays <file>', 'days that are not working days besides weekends, one YYYY-MM-DD a line')
    .option('--now <iso>', 'when a change happens, or the time overdue replies are judged at (default: now)', parseNow)
    .option('--caller <id>', 'only this caller')
    .option('--open', 'only appeals not yet heard')
    .option('--overdue', 'only open appeals whose reply is past due; exit 1 when there are any')
    .option('--json', 'print the appeals as JSON (the contract\'s AppealList)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ callguard appeals --store callguard.db --overdue\n  $ callguard appeals lodge --restriction 3 --store callguard.db --by clerk --grounds "I was not abusive"\n  $ callguard appeals hear 1 --store callguard.db --by reviewing.officer --outcome amend --until 2027-03-01T00:00:00Z',
    )
    .action((opts: { store: string; holidays?: string; now?: Date; caller?: string; open?: boolean; overdue?: boolean; json?: boolean }) => {
      result.code = appealsCommand({ ...opts, open: Boolean(opts.open), overdue: Boolean(opts.overdue), json: Boolean(opts.json), now: opts.now ?? io.now() }, io);
    });
  appeals
    .command('lodge')
    .description("lodge a customer's appeal against a restriction in effect or a record, within the policy's deadline")
    .option('--restriction <id>', 'the restriction appealed, as `callguard restrictions` lists it', id)
    .option('--record <id>', 'the record (a warning) appealed, as `callguard appeals records` lists it', id)
    .requiredOption('--by <who>', 'who records the appeal')
    .option('--grounds <text>', "the customer's grounds, in words")
    .option('--late-reason <text>', 'accept an appeal past its deadline, recording why')
    .addHelpText('after', '\nExamples:\n  $ callguard appeals lodge --record 7 --store callguard.db --by clerk')
    .action((_opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<StoreCommandOptions & { restriction?: number; record?: number; by: string; grounds?: string; lateReason?: string }>();
      if ((opts.restriction === undefined) === (opts.record === undefined)) {
        result.code = usageError(io, 'an appeal is against one restriction or one record', 'give one of --restriction <id> or --record <id>');
        return;
      }
      const [subject, subjectId]: [AppealSubject, number] = opts.restriction !== undefined ? ['restriction', opts.restriction] : ['record', opts.record!];
      result.code = lodgeAppealCommand(subject, subjectId, { ...opts, now: opts.now ?? io.now() }, io);
    });
  appeals
    .command('hear')
    .description('decide an appeal, as someone independent of the decision: keep, amend (with --until) or lift')
    .argument('<id>', 'the appeal id, as `callguard appeals` lists it', id)
    .requiredOption('--by <who>', 'who hears it; never whoever decided what is appealed')
    .requiredOption('--outcome <outcome>', 'keep, amend or lift', outcome)
    .option('--until <iso>', 'amend: the new end of the restriction, or when the record stops counting', parseNow)
    .option('--reasons <text>', 'the reasons given to the customer')
    .addHelpText('after', '\nExamples:\n  $ callguard appeals hear 1 --store callguard.db --by reviewing.officer --outcome keep --reasons "the recording bears it out"')
    .action((appealId: number, _opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<StoreCommandOptions & { by: string; outcome: AppealOutcome; until?: Date; reasons?: string }>();
      result.code = hearAppealCommand(appealId, { ...opts, now: opts.now ?? io.now() }, io);
    });
  appeals
    .command('records')
    .description("list a caller's records (warnings, strikes, incidents) with their ids, to appeal one (--caller)")
    .addHelpText('after', '\nExamples:\n  $ callguard appeals records --caller res-9001 --store callguard.db')
    .action((_opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<StoreCommandOptions & { caller?: string }>();
      result.code = opts.caller === undefined ? usageError(io, 'whose records?', 'give the caller with --caller <id>') : recordsCommand({ ...opts, caller: opts.caller }, io);
    });
}
