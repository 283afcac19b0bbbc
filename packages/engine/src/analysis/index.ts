/**
 * `@callguard/engine/analysis`: questions about every call a policy allows,
 * answered by exploring a finite model of calls through the compiled engine
 * (docs/verify.md). `verify` checks properties and returns the shortest
 * counterexamples, for the built-in properties, the policy's `assert`s and
 * the properties given (read by `parseProperty` in `@callguard/dsl`).
 *
 * @module @callguard/engine/analysis
 */
export { verify, stanceProperties } from './verify.js';
export type { Counterexample, Finding, VerifyOptions, VerifyResult } from './verify.js';
export type { Property } from './property.js';
export type { ExploreStats } from './explore.js';
export { semanticDiff, metadataChanges } from './diff.js';
export type { DiffOptions, DiffResult, Difference, MetadataChange } from './diff.js';
