import type { Io } from './io.js';

/** An Io that records what a command printed, for tests. @internal */
export interface CapturedIo extends Io {
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/** A colourless Io rooted at `cwd` that keeps everything printed. @internal */
export function captureIo(cwd: string): CapturedIo {
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
    cwd,
    stdout: () => out,
    stderr: () => err,
  };
}
