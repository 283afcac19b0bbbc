import type { DeliveryState } from '@callguard/adapters';
import type { RestrictionStatus } from '@callguard/adapters/store';
import { CallGuardError, type CodeOf } from '@callguard/contract';
import { didYouMean, durationMs, errorDiagnostic, formatDiagnostic, wholeFileDiagnostic } from '@callguard/dsl';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { registerBuild } from './commands/build.js';
import { registerCompletion } from './commands/completion.js';
import { registerDetect } from './commands/detect.js';
import { registerEval } from './commands/eval.js';
import { checkCommand } from './commands/check.js';
import { COMPILE_TARGETS, compileCommand, type CompileTarget } from './commands/compile.js';
import { deliverCommand } from './commands/deliver.js';
import { deliveryListCommand, deliveryRetryCommand, deliveryShowCommand } from './commands/deliveries.js';
import { dutiesCommand, dutyDoneCommand } from './commands/duties.js';
import { explainCommand } from './commands/explain.js';
import { fmtCommand } from './commands/fmt.js';
import { initCommand, parseStance } from './commands/init.js';
import { replayCommand } from './commands/replay.js';
import { registerServe } from './commands/serve.js';
import { restrictionChangeCommand, restrictionsCommand, reviewsDueCommand, type RestrictionChange } from './commands/restrictions.js';
import { parsePattern, parsePercent, testCommand, watchTests } from './commands/test.js';
import { registerVerify } from './commands/verify.js';
import { registerDiff } from './commands/diff.js';
import { registerAppeals } from './commands/appeals.js';
import { registerLog } from './commands/log.js';
import { registerReport } from './commands/report.js';
import { EXIT, usageError, type Io } from './io.js';
import { parseNow } from './store-options.js';

const VERSION = '0.1.0';

function compileTarget(value: string): CompileTarget {
  const target = COMPILE_TARGETS.find((t) => t === value);
  if (!target) throw new InvalidArgumentError(`expected one of ${COMPILE_TARGETS.join(', ')}`);
  return target;
}

const RESTRICTION_STATUSES: readonly RestrictionStatus[] = ['proposed', 'approved', 'active', 'lifted', 'rejected'];

function restrictionStatus(value: string): RestrictionStatus {
  const status = RESTRICTION_STATUSES.find((s) => s === value);
  if (!status) throw new InvalidArgumentError(`expected one of ${RESTRICTION_STATUSES.join(', ')}`);
  return status;
}

function reviewOutcome(value: string): 'keep' | 'lift' {
  if (value !== 'keep' && value !== 'lift') throw new InvalidArgumentError('expected keep or lift');
  return value;
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number from 0');
  return Number(value);
}

const DELIVERY_STATES: readonly DeliveryState[] = ['pending', 'delivering', 'delivered', 'dead'];

function deliveryState(value: string): DeliveryState {
  const state = DELIVERY_STATES.find((s) => s === value);
  if (!state) throw new InvalidArgumentError(`expected one of ${DELIVERY_STATES.join(', ')}`);
  return state;
}

function reviewPeriod(value: string): number {
  const ms = durationMs(value);
  if (ms === undefined || ms <= 0) throw new InvalidArgumentError('expected a duration such as 26w or 182d');
  return ms;
}

function positiveInteger(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected a whole number from 1');
  return Number(value);
}

/** Builds the command tree; each action stores its exit code in `result`. */
/** A command's exit code, or, for a command that works asynchronously (`duties deliver`), its promise. */
interface CommandResult {
  code: number;
  pending?: Promise<number>;
}

function buildProgram(io: Io, result: CommandResult): Command {
  const program = new Command('callguard')
    .description('Policy-as-code for when a call with a customer may be ended, and what must happen before and after.')
    .version(VERSION)
    // Read before parsing (see `run`); declared so that help lists it and parsing accepts it anywhere.
    .option('--no-color', 'print no colours (as NO_COLOR=1 does; FORCE_COLOR=1 forces them)')
    .exitOverride()
    // Commander's own error line and suggestions give way to a diagnostic with
    // its code and CallGuard's one "did you mean" (see `run`).
    .showSuggestionAfterError(false)
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined });

  program
    .command('check')
    .description('check policy files for mistakes')
    .argument('<files...>', 'policy files (`-`: standard input)')
    .option('--json', 'print the diagnostics as JSON')
    .addHelpText('after', '\nExamples:\n  $ callguard check examples/policies/*.policy\n  $ callguard check --json my.policy')
    .action((files: string[], opts: { json?: boolean }) => {
      result.code = checkCommand(files, { json: Boolean(opts.json) }, io);
    });

  program
    .command('fmt')
    .description('format policy files in the canonical layout (comments are kept)')
    .argument('<files...>', 'policy files (`-`: standard input)')
    .option('--check', 'report files that are not formatted, change nothing')
    .option('--diff', 'print what formatting would change as a unified diff, change nothing; exits 1 when anything would change')
    .option('--stdout', 'print the formatted text instead of rewriting files')
    .addHelpText('after', '\nExamples:\n  $ callguard fmt my.policy\n  $ callguard fmt --check examples/policies/*.policy\n  $ callguard fmt --diff my.policy\n  $ cat my.policy | callguard fmt -')
    .action((files: string[], opts: { check?: boolean; diff?: boolean; stdout?: boolean }) => {
      result.code = fmtCommand(files, { check: Boolean(opts.check), diff: Boolean(opts.diff), stdout: Boolean(opts.stdout) }, io);
    });

  program
    .command('replay')
    .description('replay calls (JSONL events or .txt transcripts) against a policy and show each decision')
    .argument('<policy>', 'policy file')
    .argument('<calls...>', 'calls: JSONL events (the first is call_started) or `[mm:ss] customer: text` transcripts, told apart by content (`-`: standard input)')
    .option('--json', 'print one JSON decision a line')
    .option('--store <file>', "read each caller's records and restrictions from this store, and keep the calls' records, proposals and open duties in it (created if missing)")
    .option('--log <file>', 'append every decision to this tamper-evident decision log (created if missing; checkpoints signed with the ed25519 key in CALLGUARD_LOG_KEY)')
    .option('--config <file>', "callguard.yaml: with --store, its duties.routes say which sink each kept duty goes to (without it: the local incident log); deliver them with `callguard duties deliver`")
    .addHelpText(
      'after',
      '\nExamples:\n  $ callguard replay examples/policies/warn-then-end.policy examples/calls/keeps-swearing.jsonl\n  $ callguard replay examples/policies/warn-then-end.policy examples/calls/*.txt\n  $ callguard replay --json my.policy call.jsonl > decisions.jsonl\n  $ callguard replay --store callguard.db my.policy monday/*.jsonl\n  $ callguard replay --store callguard.db --config callguard.yaml my.policy monday/*.jsonl',
    )
    .action((policy: string, calls: string[], opts: { json?: boolean; store?: string; log?: string; config?: string }) => {
      result.code = replayCommand(policy, calls, { json: Boolean(opts.json), progress: io.color, store: opts.store, log: opts.log, config: opts.config, env: process.env }, io);
    });

  program
    .command('explain')
    .description('explain in plain words why event N of a call got its decision')
    .argument('<policy>', 'policy file')
    .argument('<call>', 'a call: JSONL events or a transcript (`-`: standard input)')
    .requiredOption('--at <n>', 'the event number: 0 is call_started (the set-up checks), 1 the first event after it', wholeNumber)
    .option('--json', 'print the event, decision and explanation as JSON')
    .addHelpText('after', '\nExamples:\n  $ callguard explain examples/policies/warn-then-end.policy examples/calls/keeps-swearing.jsonl --at 10')
    .action((policy: string, call: string, opts: { at: number; json?: boolean }) => {
      result.code = explainCommand(policy, call, { at: opts.at, json: Boolean(opts.json) }, io);
    });

  program
    .command('test')
    .description('run policy test files (*.test.yaml): replay each case and compare the decisions with what it expects')
    .argument('[paths...]', 'test files, or folders to search for *.test.yaml (default: .)')
    .option('--coverage', 'list the rules and ladder steps no test reached')
    .option('--min-coverage <percent>', 'fail when any policy has less coverage than this (implies --coverage)', parsePercent)
    .option('--json', 'print the results and coverage as JSON')
    .option('--run <pattern>', 'only run the cases whose name matches this regular expression (any case)', parsePattern)
    .option('--watch', 'run again whenever a test file or a tested policy changes, until stopped')
    .addHelpText(
      'after',
      '\nExamples:\n  $ callguard test examples/tests\n  $ callguard test --coverage\n  $ callguard test tests/abuse.test.yaml --min-coverage 100\n  $ callguard test --run "swear|threat"\n  $ callguard test examples/tests --watch',
    )
    .action((paths: string[], opts: { coverage?: boolean; minCoverage?: number; json?: boolean; run?: RegExp; watch?: boolean }) => {
      const options = { coverage: Boolean(opts.coverage), minCoverage: opts.minCoverage, json: Boolean(opts.json), only: opts.run };
      if (opts.watch) watchTests(paths, options, io);
      else result.code = testCommand(paths, options, io);
    });

  program
    .command('init')
    .description('start a policy, its tests and a sample call in an empty or new folder')
    .argument('[dir]', 'the folder to create files in (default: .)')
    .option('--stance <stance>', 'zero_tolerance, warn_then_end, escalate_first or never_hang_up', parseStance, 'warn_then_end')
    .addHelpText('after', '\nExamples:\n  $ callguard init my-policy\n  $ callguard init --stance never_hang_up patient-line')
    .action((dir: string | undefined, opts: { stance: ReturnType<typeof parseStance> }) => {
      result.code = initCommand(dir, { stance: opts.stance }, io);
    });

  program
    .command('compile')
    .description('print a policy in compiled form as JSON')
    .argument('<policy>', 'policy file')
    .option('--target <target>', 'ir (the checked policy the engine runs) or json-rules-engine', compileTarget, 'ir')
    .addHelpText(
      'after',
      '\nExamples:\n  $ callguard compile examples/policies/warn-then-end.policy\n  $ callguard compile --target json-rules-engine my.policy > rules.json',
    )
    .action((policy: string, opts: { target: CompileTarget }) => {
      result.code = compileCommand(policy, opts.target, io);
    });

  registerBuild(program, io, result);
  registerEval(program, io, result);
  registerDetect(program, io, result);

  const duties = program
    .command('duties')
    .description('list the open duties kept in a store (by replay --store), soonest due first')
    .requiredOption('--store <file>', 'the store file')
    .option('--overdue', 'only duties past due at --now; exits 1 when there are any')
    .option('--now <iso>', 'the time to judge overdue by (default: now)', parseNow)
    .option('--json', 'print the duties as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ callguard duties --store callguard.db\n  $ callguard duties --store callguard.db --overdue\n  $ callguard duties --store callguard.db --overdue --now 2026-12-08T09:00:00Z --json\n  $ callguard duties done 12 --store callguard.db --by sam.lee',
    )
    .action((opts: { store: string; overdue?: boolean; now?: Date; json?: boolean }) => {
      result.code = dutiesCommand({ store: opts.store, overdue: Boolean(opts.overdue), now: opts.now ?? io.now(), json: Boolean(opts.json) }, io);
    });

  duties
    .command('done')
    .description('mark a duty done (at --now, default the current time)')
    .argument('<id>', 'the duty id, as `callguard duties` lists it', positiveInteger)
    .requiredOption('--by <who>', 'who did it')
    .addHelpText('after', '\nExamples:\n  $ callguard duties done 12 --store callguard.db --by sam.lee')
    .action((id: number, _opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ store: string; by: string; now?: Date }>();
      result.code = dutyDoneCommand(id, { store: opts.store, by: opts.by, now: opts.now ?? io.now() }, io);
    });

  duties
    .command('list')
    .description("list every duty's deliveries: to which sink, in which state, and why the last attempt failed; exits 1 when any is dead or overdue")
    .option('--state <state>', 'only pending, delivering, delivered or dead ones', deliveryState)
    .addHelpText('after', '\nExamples:\n  $ callguard duties list --store callguard.db\n  $ callguard duties list --store callguard.db --state dead --json')
    .action((_opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ store: string; state?: DeliveryState; overdue?: boolean; now?: Date; json?: boolean }>();
      result.code = deliveryListCommand({ store: opts.store, state: opts.state, overdue: Boolean(opts.overdue), now: opts.now ?? io.now(), json: Boolean(opts.json) }, io);
    });

  duties
    .command('show')
    .description('show one delivery: the record it sends, its attempts and its last failure in full')
    .argument('<id>', 'the delivery id, as `callguard duties list` lists it', positiveInteger)
    .addHelpText('after', '\nExamples:\n  $ callguard duties show 7 --store callguard.db')
    .action((id: number, _opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ store: string; now?: Date; json?: boolean }>();
      result.code = deliveryShowCommand(id, { store: opts.store, now: opts.now ?? io.now(), json: Boolean(opts.json) }, io);
    });

  duties
    .command('retry')
    .description('send a dead-lettered delivery back to pending (with the deliveries that waited for it)')
    .argument('<id>', 'the delivery id, as `callguard duties list` lists it', positiveInteger)
    .addHelpText('after', '\nExamples:\n  $ callguard duties retry 7 --store callguard.db')
    .action((id: number, _opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ store: string; now?: Date }>();
      result.code = deliveryRetryCommand(id, { store: opts.store, now: opts.now ?? io.now() }, io);
    });

  duties
    .command('deliver')
    .description('run the delivery worker once: attempt every delivery that is due, reschedule failures; exits 1 when it dead-lettered any')
    .option('--config <file>', 'callguard.yaml, for its sinks and delivery settings (without it: only the local incident log)')
    .addHelpText('after', '\nExamples:\n  $ callguard duties deliver --store callguard.db\n  $ callguard duties deliver --store callguard.db --config callguard.yaml')
    .action((_opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ store: string; config?: string; now?: Date }>();
      const now = opts.now;
      result.pending = deliverCommand({ store: opts.store, config: opts.config, env: process.env, now: now === undefined ? io.now : () => now, random: Math.random }, io);
    });

  const restrictions = program
    .command('restrictions')
    .description('list the restrictions on future contact kept in a store, and approve, reject or review them')
    .requiredOption('--store <file>', 'the store file')
    .option('--caller <id>', 'only this caller')
    .option('--status <status>', 'only proposed, approved, active, lifted or rejected ones', restrictionStatus)
    .option('--now <iso>', 'when a change happens (default: now)', parseNow)
    .option('--json', 'print the restrictions as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ callguard restrictions --store callguard.db --status proposed\n  $ callguard restrictions approve 3 --store callguard.db --by line.manager\n  $ callguard restrictions review 3 --store callguard.db --by reviewing.officer --outcome lift',
    )
    .action((opts: { store: string; caller?: string; status?: RestrictionStatus; json?: boolean }) => {
      result.code = restrictionsCommand({ store: opts.store, caller: opts.caller, status: opts.status, json: Boolean(opts.json) }, io);
    });

  const change = (name: string, description: string, example: string, build: (opts: { as?: string; until?: Date; outcome?: 'keep' | 'lift' }) => RestrictionChange) =>
    restrictions
      .command(name)
      .description(description)
      .argument('<id>', 'the restriction id, as `callguard restrictions` lists it', positiveInteger)
      .requiredOption('--by <who>', 'who decides')
      .addHelpText('after', `\nExamples:\n  $ ${example}`)
      .action((id: number, _opts: unknown, command: Command) => {
        const opts = command.optsWithGlobals<{ store: string; by: string; now?: Date; as?: string; until?: Date; outcome?: 'keep' | 'lift' }>();
        result.code = restrictionChangeCommand(id, build(opts), { store: opts.store, by: opts.by, now: opts.now ?? io.now() }, io);
      });
  change('approve', 'approve a proposed restriction, in one of its approving roles; it takes effect when every role has approved, each by a different person', 'callguard restrictions approve 3 --store callguard.db --by ann.lee --as line_manager', (o) => ({
    kind: 'approve',
    as: o.as,
    until: o.until,
  }))
    .option('--as <role>', 'the approving role you hold (needed when the restriction names two)')
    .option('--until <iso>', 'when it ends (at most its maximum duration; with two approvers, the earlier end either agreed to)', parseNow);
  change('reject', 'reject a proposed restriction', 'callguard restrictions reject 3 --store callguard.db --by line.manager', () => ({ kind: 'reject' }));
  restrictions
    .command('review')
    .description('review an approved restriction: keep it (it becomes active) or lift it; with --due, list the restrictions whose review is due')
    .argument('[id]', 'the restriction id, as `callguard restrictions` lists it', positiveInteger)
    .option('--by <who>', 'who reviews')
    .option('--outcome <outcome>', 'keep or lift', reviewOutcome, 'keep')
    .option('--due', 'list the restrictions in effect whose review is due by --now (exit 1 when there are any)')
    .option('--every <duration>', "with --due: the organisation's calendar, e.g. 26w: every restriction reviewed at least this often", reviewPeriod)
    .addHelpText(
      'after',
      '\nExamples:\n  $ callguard restrictions review 3 --store callguard.db --by reviewer --outcome keep\n  $ callguard restrictions review --due --every 26w --store callguard.db',
    )
    .action((id: number | undefined, _opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ store: string; by?: string; now?: Date; outcome: 'keep' | 'lift'; due?: boolean; every?: number; json?: boolean }>();
      const now = opts.now ?? io.now();
      if (opts.due === true) result.code = reviewsDueCommand({ store: opts.store, now, every: opts.every, json: Boolean(opts.json) }, io);
      else if (id === undefined || opts.by === undefined) result.code = usageError(io, 'which restriction, and who reviews it?', 'give the restriction id and --by <who>, or --due to list the reviews due');
      else result.code = restrictionChangeCommand(id, { kind: 'review', outcome: opts.outcome }, { store: opts.store, by: opts.by, now }, io);
    });

  registerVerify(program, io, result);
  registerDiff(program, io, result);
  registerAppeals(program, io, result);
  registerLog(program, io, result);
  registerReport(program, io, result);
  registerServe(program, io, result);
  registerCompletion(program, io, result);
  return program;
}

/** The registry's code for each of commander's errors. */
const COMMANDER_CODES: Readonly<Record<string, CodeOf<'usage'>>> = {
  'commander.unknownCommand': 'usage/unknown-command',
  'commander.unknownOption': 'usage/unknown-option',
  'commander.missingArgument': 'usage/missing-argument',
  'commander.optionMissingArgument': 'usage/missing-argument',
  'commander.missingMandatoryOptionValue': 'usage/missing-argument',
  'commander.excessArguments': 'usage/too-many-arguments',
  'commander.invalidArgument': 'usage/bad-option-value',
  'commander.conflictingOption': 'usage/bad-option-value',
};

/** The command `argv` runs (`duties done`, say), as deep as its words name subcommands. */
function commandOf(program: Command, argv: readonly string[]): Command {
  let command = program;
  for (const word of argv) {
    const sub = command.commands.find((c) => c.name() === word);
    if (!sub) break;
    command = sub;
  }
  return command;
}

/**
 * A command-line mistake as a diagnostic: commander's message, without its
 * `error: ` prefix, under our code, with a suggestion for a misspelt command
 * or option.
 */
function usageDiagnostic(e: CommanderError, program: Command, argv: readonly string[]): string {
  const code = COMMANDER_CODES[e.code] ?? 'usage/bad-option-value';
  const message = e.message.replace(/^error: /, '');
  const word = /'([^']+)'/.exec(message)?.[1] ?? '';
  const command = commandOf(program, argv);
  const candidates =
    code === 'usage/unknown-command'
      ? command.commands.map((c) => c.name())
      : code === 'usage/unknown-option'
        ? [command, ...(command.parent ? [command.parent] : [])].flatMap((c) => c.options.map((o) => o.long ?? ''))
        : [];
  const help = didYouMean(word, candidates) ?? 'run with --help for usage';
  return formatDiagnostic(wholeFileDiagnostic(code, message, '', help));
}

/**
 * Runs the `callguard` command line with `argv` (without the node and script
 * paths) and returns the exit code: 0 ok, 1 a policy or check failure, 2 a
 * usage or input error. Never throws for user mistakes: each is printed as a
 * diagnostic with its code.
 */
export function run(argv: readonly string[], io: Io): number {
  return start(argv, io, { code: EXIT.ok });
}

/**
 * {@link run}, waiting for a command that works asynchronously (`duties
 * deliver` talks to CRMs) to finish: what the `callguard` binary runs.
 */
export async function runToCompletion(argv: readonly string[], io: Io): Promise<number> {
  const result: CommandResult = { code: EXIT.ok };
  const code = start(argv, io, result);
  return result.pending ?? code;
}

function start(argv: readonly string[], io: Io, result: CommandResult): number {
  // `--no-color` anywhere before a `--` turns colour off for every command.
  const end = argv.indexOf('--');
  const noColor = (end === -1 ? argv : argv.slice(0, end)).includes('--no-color');
  const program = buildProgram(noColor ? { ...io, color: false } : io, result);
  try {
    program.parse([...argv], { from: 'user' });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit with 0; everything else is a usage error.
      if (e.exitCode === 0) return EXIT.ok;
      io.err(`${usageDiagnostic(e, program, argv)}\n`);
      return EXIT.usage;
    }
    if (e instanceof CallGuardError) {
      io.err(`${formatDiagnostic(errorDiagnostic(e))}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
