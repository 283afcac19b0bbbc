/** What a test run prints: results with diffs, coverage, the summary, or JSON. */
import { diagnosticToJson, formatDiagnostic } from '@callguard/dsl';
import type { PolicyCoverage, StepCoverage } from './coverage.js';
import type { CaseResult, EventFailure, FileResult, RunReport } from './run.js';

/** Colours for the report; each returns its text unchanged when colour is off. */
export interface Paint {
  /** Failures and what the policy actually decided. */
  readonly red: (text: string) => string;
  /** Coverage short of complete. */
  readonly yellow: (text: string) => string;
  /** Passes and what a case expected. */
  readonly green: (text: string) => string;
  /** File names and headings. */
  readonly bold: (text: string) => string;
  /** Line numbers, policy names and other asides. */
  readonly dim: (text: string) => string;
}

/** `87.5`: one decimal, rounded down so that nearly all is never shown as all. */
export function percentText(p: number): string {
  return `${Math.floor(p * 10) / 10}%`;
}

function renderFailure(f: EventFailure, c: Paint): string {
  const width = Math.max(...f.diffs.map((d) => d.field.length)) + 1;
  const head = `      line ${f.line}, at ${f.at}: ${f.what}\n`;
  const rows = f.diffs.map((d) => `        ${`${d.field}:`.padEnd(width)}  expected ${c.green(d.expected)}, got ${c.red(d.actual)}\n`);
  return head + rows.join('');
}

function renderCase(r: CaseResult, c: Paint, fancy: boolean): string {
  if (r.passed) return `  ${c.green(fancy ? '✓' : 'pass')} ${r.name}\n`;
  return `  ${c.red(fancy ? '✗' : 'FAIL')} ${r.name} ${c.dim(`(line ${r.line})`)}\n${r.failures.map((f) => renderFailure(f, c)).join('')}`;
}

function renderFile(f: FileResult, c: Paint, fancy: boolean): string {
  const head = `${c.bold(f.file)}${f.policyName ? c.dim(`  ·  ${f.policyName}`) : ''}\n`;
  if (f.policyErrors.length > 0) {
    const cases = f.cases.map((r) => `  ${c.red(fancy ? '✗' : 'FAIL')} ${r.name}\n`).join('');
    const errors = f.policyErrors.map(formatDiagnostic).join('\n\n');
    return `${head}  ${c.red(`${f.policy} has errors, so no case could run:`)}\n\n${errors}\n\n${cases}`;
  }
  return head + f.cases.map((r) => renderCase(r, c, fancy)).join('');
}

/**
 * Every file's cases, `✓`/`✗` when `fancy` (a terminal), `pass`/`FAIL`
 * otherwise; each failing event with its line and expected and actual fields.
 */
export function renderResults(report: RunReport, c: Paint, fancy: boolean): string {
  return report.files.map((f) => renderFile(f, c, fancy)).join('\n');
}

/** The steps no test reached, a rule per line: whole rules that never fired, else their missing steps. */
function unreachedLines(steps: readonly StepCoverage[]): string[] {
  const byRule = new Map<string, StepCoverage[]>();
  for (const s of steps) byRule.set(s.rule, [...(byRule.get(s.rule) ?? []), s]);
  const lines: string[] = [];
  for (const [rule, ladder] of byRule) {
    const missed = ladder.filter((s) => !s.reached);
    if (missed.length === 0) continue;
    if (missed.length === ladder.length) {
      lines.push(`rule ${rule}: never fired`);
    } else {
      lines.push(`rule ${rule}: ${missed.map((s) => `step ${s.n} of ${s.of} (${s.action})`).join(', ')} not reached`);
    }
  }
  return lines;
}

/**
 * Coverage per policy: the share of ladder steps reached and what no test
 * reached. A policy below `min` (percent) is flagged.
 */
export function renderCoverage(coverage: readonly PolicyCoverage[], c: Paint, min: number | undefined): string {
  const blocks = coverage.map((p) => {
    const full = p.reached === p.total;
    const share = `${percentText(p.percent)} of ladder steps (${p.reached} of ${p.total})`;
    const below = min !== undefined && p.percent < min ? c.red(`  below the minimum of ${percentText(min)}`) : '';
    const head = `  ${p.name} ${p.version} ${c.dim(`(${p.policy})`)}: ${full ? c.green(share) : c.yellow(share)}${below}\n`;
    return head + unreachedLines(p.steps).map((l) => `    ${l}\n`).join('');
  });
  return `${c.bold('Coverage')}\n${blocks.join('')}`;
}

/** The last line, which CI reads: exactly `N passed, M failed`. */
export function summaryLine(report: RunReport): string {
  return `${report.passed} passed, ${report.failed} failed`;
}

/** The whole run as one JSON document; diagnostics in the form `callguard check --json` prints. */
export function reportJson(report: RunReport): string {
  const json = {
    v: 1,
    passed: report.passed,
    failed: report.failed,
    diagnostics: report.diagnostics.map(diagnosticToJson),
    files: report.files.map((f) => ({ ...f, policyErrors: f.policyErrors.map(diagnosticToJson) })),
    coverage: report.coverage,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
