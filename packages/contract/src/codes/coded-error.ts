import type { Code } from './registry.js';

/**
 * The one error CallGuard's libraries throw for something a user caused (a
 * rejected event, a damaged store, a file that cannot be read). Its code is
 * in the registry and its message is shown as is; `help` says what to do
 * when there is something useful to say. Problems found in a file the user
 * wrote are not thrown: they are returned as diagnostics, all at once.
 */
export class CallGuardError<C extends Code = Code> extends Error {
  /** Stable code, e.g. `store/corrupt`. */
  readonly code: C;
  /** The file it is about, as the user named it, when it is about one. */
  readonly file: string | undefined;
  /** What to do about it. */
  readonly help: string | undefined;

  constructor(code: C, message: string, extra: { readonly file?: string; readonly help?: string } = {}) {
    super(message);
    this.name = 'CallGuardError';
    this.code = code;
    this.file = extra.file;
    this.help = extra.help;
  }
}
