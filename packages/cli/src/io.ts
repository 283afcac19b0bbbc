import pc from 'picocolors';

/**
 * Where a command writes. Commands never touch `process` directly, so tests
 * can run them in-process and read what they printed.
 */
export interface Io {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** Colours only when writing to a terminal. */
  readonly color: boolean;
  /** The directory relative paths are read from. */
  readonly cwd: string;
  /**
   * The clock: what "now" is when a command is not given `--now`. Only the
   * process edge reads the machine's clock; tests pass a fixed one.
   */
  readonly now: () => Date;
}

/** An Io bound to the real process streams. */
export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
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
