import { watch, type FSWatcher } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { CallGuardError } from '@callguard/contract';
import { errorDiagnostic, formatDiagnostic, wholeFileDiagnostic } from '@callguard/dsl';
import { findTestFiles, renderCoverage, renderResults, reportJson, runTestFiles, summaryLine, type RunReport } from '@callguard/testing';
import { InvalidArgumentError } from 'commander';
import { EXIT, paint, type Io } from '../io.js';
import { loadPolicy } from '../load-policy.js';

/** Options of `callguard test`. */
export interface TestCommandOptions {
  readonly json: boolean;
  /** List the rules and ladder steps no test reached. */
  readonly coverage: boolean;
  /** Fail (exit 1) when any policy's coverage is below this percentage; implies `coverage`. */
  readonly minCoverage: number | undefined;
  /** Only cases whose name this matches (`--run`). */
  readonly only?: RegExp | undefined;
}

/** Reads `--min-coverage`: a percentage from 0 to 100, with or without `%`. */
export function parsePercent(value: string): number {
  const n = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new InvalidArgumentError('expected a percentage from 0 to 100, such as 90');
  }
  return n;
}

/** Reads `--run`: a regular expression matched against case names, ignoring case. */
export function parsePattern(value: string): RegExp {
  try {
    return new RegExp(value, 'iu');
  } catch (e) {
    throw new InvalidArgumentError(`not a regular expression (${(e as Error).message})`);
  }
}

/** Prints a run as `callguard test` does and returns its exit code. */
function printRun(report: RunReport, options: TestCommandOptions, io: Io): number {
  const c = paint(io);
  for (const d of report.diagnostics) io.err(`${formatDiagnostic(d)}\n\n`);
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
  if (report.diagnostics.length > 0) return EXIT.usage;
  return report.failed > 0 || belowMin ? EXIT.failure : EXIT.ok;
}

/** Finds and runs the test files once; `undefined` report when there was nothing to run. */
function runOnce(paths: readonly string[], options: TestCommandOptions, io: Io): { code: number; report?: RunReport } {
  const files = findTestFiles(paths.length > 0 ? paths : ['.'], io.cwd);
  const where = paths.join(', ') || '.';
  if (files.length === 0) {
    io.err(`${formatDiagnostic(wholeFileDiagnostic('usage/no-test-files', `no policy test files (*.test.yaml) in ${where}`))}\n`);
    return { code: EXIT.usage };
  }
  const report = runTestFiles(files, { cwd: io.cwd, loadPolicy: (file) => loadPolicy(file, io), only: options.only });
  if (options.only && report.files.length === 0 && report.diagnostics.length === 0) {
    const message = `no case in ${where} has a name matching \`${options.only.source}\``;
    io.err(`${formatDiagnostic(wholeFileDiagnostic('usage/no-matching-case', message))}\n`);
    return { code: EXIT.usage, report };
  }
  return { code: printRun(report, options, io), report };
}

/**
 * Runs the policy test files in `paths` (files, or folders searched for
 * `*.test.yaml`). Prints each case's result, a diff for each failing event,
 * optionally coverage, and `N passed, M failed` as the last line. Exit 0
 * when all pass, 1 on a failure or coverage below the minimum, 2 when a test
 * file is malformed or no test file (or, with `--run`, no case) is found.
 */
export function testCommand(paths: readonly string[], options: TestCommandOptions, io: Io): number {
  return runOnce(paths, options, io).code;
}

/** A running `callguard test --watch`; `close` stops watching. */
export interface TestWatch {
  close(): void;
}

/**
 * `callguard test --watch`: runs the tests, then again whenever a test file,
 * a tested policy or anything under the folders given changes (changes
 * within 100 ms are one rerun). Each run starts with a line saying why it
 * runs. Watching goes on until `close` (or the process ends).
 */
export function watchTests(paths: readonly string[], options: TestCommandOptions, io: Io): TestWatch {
  const c = paint(io);
  const watchers = new Map<string, FSWatcher>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const watchPath = (path: string, recursive: boolean) => {
    if (watchers.has(path)) return;
    try {
      watchers.set(path, watch(path, { recursive }, (_event, name) => schedule(name ? resolve(path, String(name)) : path)));
    } catch {
      // A path that vanished is picked up again by the next run's search.
    }
  };
  const run = (why: string) => {
    io.out(`${c.dim(`── ${why} ──`)}\n`);
    let result: ReturnType<typeof runOnce>;
    try {
      result = runOnce(paths, options, io);
    } catch (e) {
      // A test path deleted while watching: say so and keep watching.
      if (!(e instanceof CallGuardError)) throw e;
      io.err(`${formatDiagnostic(errorDiagnostic(e))}\n`);
      return;
    }
    for (const path of paths.length > 0 ? paths : ['.']) watchPath(resolve(io.cwd, path), true);
    // Policies may live outside the folders given (`policy: ../policies/x.policy`).
    for (const f of result.report?.files ?? []) watchPath(dirname(resolve(io.cwd, f.policy)), false);
  };
  const schedule = (changed: string) => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => run(`rerun: ${relative(io.cwd, changed) || '.'} changed`), 100);
  };

  run('callguard test --watch: runs again when a test file or policy changes (Ctrl-C to stop)');
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
    },
  };
}
