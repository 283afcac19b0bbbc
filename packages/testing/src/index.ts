/**
 * `@callguard/testing`: policy tests as a library. Finds and loads
 * `*.test.yaml` files (every mistake in them as a diagnostic, at its line and
 * column), replays each case against its policy through the engine's replay
 * loop, compares the decisions with what the case expects, measures which
 * rules and ladder steps the tests reached, and renders the report that
 * `callguard test` prints. See docs/testing.md for the file format.
 *
 * ```ts
 * const files = findTestFiles(['tests'], cwd);
 * const report = runTestFiles(files, { cwd, loadPolicy });
 * console.log(summaryLine(report)); // "12 passed, 0 failed"
 * ```
 *
 * @module @callguard/testing
 */
export { findTestFiles } from './find.js';
export { loadTestFile } from './load.js';
export type { LoadResult } from './load.js';
export type { ClockWindow, DecisionChecks, Expectation, Happening, TestCase, TestEvent, TestFile, YamlPath } from './model.js';
export { runTestFiles } from './run.js';
export type { CaseResult, EventFailure, FileResult, LoadedPolicy, RunOptions, RunReport } from './run.js';
export type { FieldDiff } from './expect.js';
export { policyCoverage } from './coverage.js';
export type { PolicyCoverage, StepCoverage } from './coverage.js';
export { percentText, renderCoverage, renderResults, reportJson, summaryLine } from './report.js';
export type { Paint } from './report.js';
export { parseOffset } from './time.js';
export { describeSignals } from './describe-signals.js';
export { dutyLabel } from './duty-label.js';
