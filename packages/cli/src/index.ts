/**
 * `@callguard/cli`: the `callguard` command (check, fmt, test, replay,
 * explain, eval, detect, the store's and the decision log's commands,
 * serve). Its exports run the command line in-process, writing through an
 * {@link Io}, as the tests do. The README lists the commands.
 *
 * @module @callguard/cli
 */
export { run, runToCompletion } from './program.js';
export type { Io } from './io.js';
