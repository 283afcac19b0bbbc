export { run, runToCompletion } from './program.js';
export type { Io } from './io.js';
