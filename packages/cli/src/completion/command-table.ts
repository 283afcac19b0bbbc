import type { Command } from 'commander';

/** One option as completion sees it. */
export interface OptionSpec {
  /** `--json`, and `-o` when it has a short form. */
  readonly flags: readonly string[];
  readonly description: string;
  /** Whether a value follows it (completed as a file name). */
  readonly takesValue: boolean;
}

/** One command as completion sees it: what may follow its name. */
export interface CommandSpec {
  /** The words that name it after `callguard` (`[]` for callguard itself, `['duties', 'done']`). */
  readonly path: readonly string[];
  readonly description: string;
  readonly options: readonly OptionSpec[];
  readonly subcommands: readonly CommandSpec[];
  /** Fixed words its arguments take (`bash`, `zsh`, `fish`). */
  readonly words: readonly string[];
  /** Whether its arguments are file names. */
  readonly files: boolean;
}

/** Arguments that are not file names: the rest (policies, calls, test folders) are. */
const NOT_FILES = new Set(['id', 'text', 'shell']);

const HELP: OptionSpec = { flags: ['--help', '-h'], description: 'show help for the command', takesValue: false };

/**
 * The command table as completion needs it, read from the program itself,
 * so the completion scripts list exactly the commands and options that
 * exist.
 */
export function commandTable(command: Command, path: readonly string[] = []): CommandSpec {
  const args = command.registeredArguments;
  return {
    path,
    description: command.description(),
    options: [
      ...command.options
        .filter((o) => !o.hidden)
        .map((o) => ({ flags: [o.long, o.short].filter((f): f is string => f !== undefined), description: o.description, takesValue: o.required || o.optional })),
      HELP,
    ],
    subcommands: command.commands.map((sub) => commandTable(sub, [...path, sub.name()])),
    words: args.flatMap((a) => a.argChoices ?? []),
    files: args.some((a) => !NOT_FILES.has(a.name()) && a.argChoices === undefined),
  };
}

/** Every command in the table, callguard itself first, each before its subcommands. */
export function allCommands(root: CommandSpec): CommandSpec[] {
  return [root, ...root.subcommands.flatMap(allCommands)];
}
