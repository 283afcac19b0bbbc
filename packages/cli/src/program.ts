import { Command, CommanderError } from 'commander';
import { checkCommand } from './commands/check.js';
import { fmtCommand } from './commands/fmt.js';
import { replayCommand } from './commands/replay.js';
import { EXIT, type Io } from './io.js';
import { InputError } from './load-policy.js';

const VERSION = '0.1.0';

/** Builds the command tree; each action stores its exit code in `result`. */
function buildProgram(io: Io, result: { code: number }): Command {
  const program = new Command('callguard')
    .description('Policy-as-code for when a call with a customer may be ended, and what must happen before and after.')
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('check')
    .description('check policy files for mistakes')
    .argument('<files...>', 'policy files')
    .option('--json', 'print the diagnostics as JSON')
    .addHelpText('after', '\nExamples:\n  $ callguard check examples/policies/*.policy\n  $ callguard check --json my.policy')
    .action((files: string[], opts: { json?: boolean }) => {
      result.code = checkCommand(files, { json: Boolean(opts.json) }, io);
    });

  program
    .command('fmt')
    .description('format policy files in the canonical layout (comments are kept)')
    .argument('<files...>', 'policy files')
    .option('--check', 'report files that are not formatted, change nothing')
    .option('--stdout', 'print the formatted text instead of rewriting files')
    .addHelpText('after', '\nExamples:\n  $ callguard fmt my.policy\n  $ callguard fmt --check examples/policies/*.policy')
    .action((files: string[], opts: { check?: boolean; stdout?: boolean }) => {
      result.code = fmtCommand(files, { check: Boolean(opts.check), stdout: Boolean(opts.stdout) }, io);
    });

  program
    .command('replay')
    .description('replay a call (JSONL events) against a policy and show each decision')
    .argument('<policy>', 'policy file')
    .argument('<events>', 'events file, one JSON event a line; the first is call_started')
    .option('--json', 'print one JSON decision a line')
    .addHelpText('after', '\nExamples:\n  $ callguard replay examples/policies/warn-then-end.policy examples/calls/swearing.jsonl')
    .action((policy: string, events: string, opts: { json?: boolean }) => {
      result.code = replayCommand(policy, events, { json: Boolean(opts.json) }, io);
    });

  return program;
}

/**
 * Runs the `callguard` command line with `argv` (without the node and script
 * paths) and returns the exit code: 0 ok, 1 a policy or check failure, 2 a
 * usage or input error. Never throws for user mistakes.
 */
export function run(argv: readonly string[], io: Io): number {
  const result = { code: EXIT.ok as number };
  const program = buildProgram(io, result);
  try {
    program.parse([...argv], { from: 'user' });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit with 0; everything else is a usage error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof InputError) {
      io.err(`${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
