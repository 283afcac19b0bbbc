import { InvalidArgumentError } from 'commander';
import { EXIT, paint, type Io } from '../io.js';
import { findTestFiles } from '../policy-tests/find.js';
import { formatProblem } from '../policy-tests/load.js';
import { renderCoverage, renderResults, reportJson, summaryLine } from '../policy-tests/report.js';
import { runTestFiles } from '../policy-tests/run.js';

/** Options of `callguard test`. */
export interface TestCommandOptions {
  readonly json: boolean;
  /** List the rules and ladder steps no test reached. */
  readonly coverage: boolean;
  /** Fail (exit 1) when any policy's coverage is below this percentage; implies `coverage`. */
  readonly minCoverage: number | undefined;
}

/** Reads `--min-coverage`: a percentage from 0 to 100, with or without `%`. */
export function parsePercent(value: string): number {
  const n = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new InvalidArgumentError('expected a percentage from 0 to 100, such as 90');
  }
  return n;
}

/**
 * Runs the policy test files in `paths` (files, or folders searched for
 * `*.test.yaml`). Prints each case's result, a diff for each failing event,
 * optionally coverage, and `N passed, M failed` as the last line. Exit 0
 * when all pass, 1 on a failure or coverage below the minimum, 2 when a test
 * file is malformed or no test file is found.
 */
export function testCommand(paths: readonly string[], options: TestCommandOptions, io: Io): number {
  const c = paint(io);
  const files = findTestFiles(paths.length > 0 ? paths : ['.'], io.cwd);
  if (files.length === 0) {
    io.err(`no policy test files (*.test.yaml) in ${paths.join(', ') || '.'}\n`);
    return EXIT.usage;
  }
  const report = runTestFiles(files, io.cwd);
  for (const p of report.problems) io.err(`${c.red(formatProblem(p))}\n`);
  const min = options.minCoverage;
  const belowMin = min !== undefined && report.coverage.some((p) => p.percent < min);

  if (options.json) {
    io.out(reportJson(report));
  } else {
    const results = renderResults(report, c, io.color);
    if (results) io.out(`${results}\n`);
    if (options.coverage || min !== undefined) io.out(`${renderCoverage(report.coverage, c, min)}\n`);
    io.out(`${summaryLine(report)}\n`);
  }
  if (report.problems.length > 0) return EXIT.usage;
  return report.failed > 0 || belowMin ? EXIT.failure : EXIT.ok;
}
