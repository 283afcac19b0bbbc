import type { Io } from './io.js';
import { run } from './program.js';

/** An Io that records what a command printed, for tests. @internal */
export interface CapturedIo extends Io {
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/**
 * The clock of captured runs: a fixed instant, so no test depends on the
 * day it runs. Tests about "now" pass `--now` or their own clock.
 * @internal
 */
export const CAPTURED_NOW = new Date('2026-12-01T12:00:00Z');

/** A colourless Io rooted at `cwd` that keeps everything printed; `stdin` is what standard input holds. @internal */
export function captureIo(cwd: string, now: () => Date = () => CAPTURED_NOW, stdin = ''): CapturedIo {
  let out = '';
  let err = '';
  return {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    color: false,
    stdin: () => stdin,
    cwd,
    now,
    stdout: () => out,
    stderr: () => err,
  };
}

/** What one in-process run of the command line printed, and its exit code. @internal */
export interface CapturedRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `callguard ...args` in-process from `cwd` with `stdin` on standard input, keeping what it prints. @internal */
export function runCaptured(args: readonly string[], cwd: string, stdin = ''): CapturedRun {
  const io = captureIo(cwd, () => CAPTURED_NOW, stdin);
  const code = run(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}
