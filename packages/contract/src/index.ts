/**
 * `@callguard/contract`: the one source for what crosses a process boundary
 * (events, decisions, snapshots, policy test files) and for every error code a
 * user can meet. It sits below every other package and does no I/O.
 *
 * @packageDocumentation
 */
export {};
