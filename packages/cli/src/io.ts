import { readFileSync } from 'node:fs';
import pc from 'picocolors';
import { formatDiagnostic, wholeFileDiagnostic } from '@callguard/dsl';

/**
 * Where a command writes. Commands never touch `process` directly, so tests
 * can run them in-process and read what they printed.
 */
export interface Io {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** Whether to colour: on a terminal, unless `--no-color` or `NO_COLOR` say otherwise (`FORCE_COLOR` forces it). */
  readonly color: boolean;
  /** All of standard input, read when first asked for (a file named `-`). */
  readonly stdin: () => string;
  /** The directory relative paths are read from. */
  readonly cwd: string;
  /**
   * The clock: what "now" is when a command is not given `--now`. Only the
   * process edge reads the machine's clock; tests pass a fixed one.
   */
  readonly now: () => Date;
}

/**
 * Whether to colour output, as most command-line tools decide it: never
 * with `--no-color` or a non-empty `NO_COLOR` (no-color.org); always with
 * `FORCE_COLOR` set to anything but `0` or `false`, never with those; and
 * otherwise only on a terminal.
 */
export function wantsColor(env: Readonly<Record<string, string | undefined>>, terminal: boolean, noColorFlag = false): boolean {
  if (noColorFlag || (env['NO_COLOR'] ?? '') !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return terminal;
}

/** An Io bound to the real process streams. */
export function processIo(): Io {
  let input: string | undefined;
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    color: wantsColor(process.env, Boolean(process.stdout.isTTY)),
    stdin: () => (input ??= readFileSync(0, 'utf8')),
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/** Colour helpers that fall back to plain text when colour is off. */
export function paint(io: Io) {
  const c = pc.createColors(io.color);
  return { red: c.red, yellow: c.yellow, green: c.green, bold: c.bold, dim: c.dim, cyan: c.cyan };
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** Prints a command-line mistake commander cannot catch (options that go together) and returns the usage exit code. */
export function usageError(io: Io, message: string, help: string): number {
  io.err(`${formatDiagnostic(wholeFileDiagnostic('usage/missing-argument', message, '', help))}\n`);
  return EXIT.usage;
}
