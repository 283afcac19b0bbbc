import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LogError, openLogReader } from '@callguard/adapters/log';
import { semanticDiff } from '@callguard/engine/analysis';
import { formatDiagnostic, sortDiagnostics } from '@callguard/dsl';
import { findTestFiles, runTestFiles, type RunReport } from '@callguard/testing';
import type { Command } from 'commander';
import { EXIT, type Io } from '../io.js';
import { loadPolicy, loadPolicyOrReport } from '../load-policy.js';
import { reportData } from '../report/report-data.js';
import { reportHtml, type ReviewedPolicy } from '../report/report-html.js';

/** Options of `callguard report`. */
export interface ReportCommandOptions {
  readonly out: string;
  /** Policies to review, each on a page of its own. */
  readonly policies: readonly string[];
  /** The previous version of the first policy: its semantic diff goes on that policy's page. */
  readonly previous?: string | undefined;
  /** Folders or files of policy tests: each reviewed policy's page shows their step coverage. */
  readonly tests?: readonly string[] | undefined;
}

/** Writes one self-contained HTML report of a decision log: charts over the calls, and a review page per policy given. */
export function reportCommand(logFile: string, options: ReportCommandOptions, io: Io): number {
  const tests = options.tests === undefined || options.tests.length === 0 ? undefined : runTests(options.tests, io);
  if (tests === 'failed') return EXIT.usage;
  const reviewed: ReviewedPolicy[] = [];
  for (const [i, file] of options.policies.entries()) {
    const policy = loadPolicyOrReport(file, io);
    if (!policy) return EXIT.usage;
    const previous = i === 0 && options.previous !== undefined ? loadPolicyOrReport(options.previous, io) : undefined;
    if (i === 0 && options.previous !== undefined && !previous) return EXIT.usage;
    const coverage = tests?.coverage.find((c) => c.name === policy.name && c.version === policy.version);
    const cases = tests?.files.filter((f) => f.policyName === `${policy.name} ${policy.version}`).reduce((n, f) => n + f.cases.length, 0) ?? 0;
    reviewed.push({ policy, diff: previous && { previous, result: semanticDiff(previous, policy) }, tests: tests && { coverage, cases } });
  }
  let entries;
  try {
    const reader = openLogReader(resolve(io.cwd, logFile), logFile);
    entries = reader.entries();
    reader.close();
  } catch (e) {
    if (!(e instanceof LogError)) throw e;
    io.err(`error[${e.code}]: ${e.message}\n`);
    return EXIT.usage;
  }
  const data = reportData(entries);
  writeFileSync(resolve(io.cwd, options.out), reportHtml(`CallGuard decisions: ${logFile}`, data, reviewed));
  io.out(`${options.out}: ${data.calls} calls, ${data.hangUps} ended by the policy, ${reviewed.length} policies reviewed\n`);
  return EXIT.ok;
}

/** Runs the policy tests under `paths` for their coverage; 'failed' after printing why when a test file does not read. */
function runTests(paths: readonly string[], io: Io): RunReport | 'failed' {
  const files = findTestFiles(paths, io.cwd);
  const report = runTestFiles(files, { cwd: io.cwd, loadPolicy: (file) => loadPolicy(file, io) });
  for (const d of sortDiagnostics(report.diagnostics)) io.err(`${formatDiagnostic(d)}\n\n`);
  return report.diagnostics.length > 0 ? 'failed' : report;
}

/** Adds `callguard report` to the program; the action stores its exit code in `result`. */
export function registerReport(program: Command, io: Io, result: { code: number }): void {
  program
    .command('report')
    .description('write one self-contained HTML report of a decision log: hang-ups over time, warnings before endings, breakdowns, and a review page per policy')
    .requiredOption('--log <file>', 'the decision log (`replay --log`)')
    .requiredOption('--out <file>', 'the HTML file to write')
    .option('--policy <files...>', 'policies to review, each on a page of its own')
    .option('--previous <file>', 'the previous version of the first policy, for its semantic diff')
    .option('--tests <paths...>', 'policy test files or folders: each policy\'s page shows the steps they reach')
    .addHelpText(
      'after',
      '\nExamples:\n  $ callguard report --log decisions.db --out report.html --policy examples/policies/warn-then-end.policy --tests examples/tests',
    )
    .action((opts: { log: string; out: string; policy?: string[]; previous?: string; tests?: string[] }) => {
      result.code = reportCommand(opts.log, { out: opts.out, policies: opts.policy ?? [], previous: opts.previous, tests: opts.tests }, io);
    });
}
