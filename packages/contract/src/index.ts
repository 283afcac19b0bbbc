/**
 * `@callguard/contract`: the one source for what crosses a process boundary
 * (events, decisions, snapshots, policy test files) and for every error code a
 * user can meet. It sits below every other package and does no I/O.
 *
 * @packageDocumentation
 */
export { CODES, CODE_FAMILIES, codeDocPath, isCode } from './codes/registry.js';
export type { Code, CodeFamily, CodeOf } from './codes/registry.js';
export { CallGuardError } from './codes/coded-error.js';
export { testFileSchema } from './schemas/test-file.js';
