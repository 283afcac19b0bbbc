/**
 * Runs policy test files: each case's call is replayed against its policy,
 * every decision compared with what the case expects, and the rule steps
 * reached are tallied for coverage.
 */
import { formatDiagnostic, sortDiagnostics, type CheckedPolicy } from '@callguard/dsl';
import { EventError, compile, type CompiledPolicy, type Decision } from '@callguard/engine';
import { loadPolicy } from '../load-policy.js';
import { describeSignals } from '../timeline.js';
import { policyCoverage, recordReached, type PolicyCoverage } from './coverage.js';
import { callStarted, toEngineEvent } from './events.js';
import { compareDecision, summarise, type FieldDiff } from './expect.js';
import { loadTestFile } from './load.js';
import type { Problem, TestCase, TestEvent, TestFile, YamlPath } from './model.js';
import { didYouMean } from './suggest.js';

/** An event whose outcome differed from its `expect`. */
export interface EventFailure {
  /** The line of the event in the test file. */
  readonly line: number;
  /** `at` as written. */
  readonly at: string;
  /** The event in a few words: `customer [profanity 0.90]`. */
  readonly what: string;
  readonly diffs: readonly FieldDiff[];
}

/** The outcome of one case. */
export interface CaseResult {
  readonly name: string;
  readonly line: number;
  readonly passed: boolean;
  readonly failures: readonly EventFailure[];
}

/** The outcome of one test file that could be run. */
export interface FileResult {
  readonly file: string;
  readonly policy: string;
  /** `acme-standard 3.2.0`, when the policy checked clean. */
  readonly policyName: string | undefined;
  /** The policy's errors, formatted; its cases then all fail without running. */
  readonly policyErrors: readonly string[];
  readonly cases: readonly CaseResult[];
}

/** Everything a run found: results, mistakes in test files, and coverage. */
export interface RunReport {
  readonly files: readonly FileResult[];
  /** Mistakes that kept a test file from running at all. */
  readonly problems: readonly Problem[];
  /** One entry per policy some test file ran against, in the order first met. */
  readonly coverage: readonly PolicyCoverage[];
  readonly passed: number;
  readonly failed: number;
}

type PolicyEntry =
  | {
      readonly ok: true;
      readonly file: string;
      readonly checked: CheckedPolicy;
      readonly compiled: CompiledPolicy;
      readonly reached: Set<string>;
      /** Whether any test file ran against it: only those get a coverage entry. */
      ran: boolean;
    }
  | { readonly ok: false; readonly errors: readonly string[] };

/** The event in a few words, as a failure's heading shows it. */
function describeEvent(e: TestEvent): string {
  const h = e.happening;
  switch (h.kind) {
    case 'utterance': {
      const signals = describeSignals(h.signals);
      return [h.speaker, signals && `[${signals}]`, h.text !== undefined && `"${h.text}"`].filter(Boolean).join(' ');
    }
    case 'silence':
      return `silence ${h.seconds}s`;
    case 'line':
      return h.event;
    case 'agent_action':
      return `agent_action ${h.action}${h.rule ? ` (${h.rule})` : ''}`;
  }
}

/** The rule and script names a test file uses that its policy does not have. */
function unknownNames(t: TestFile, policy: CheckedPolicy): Problem[] {
  const rules = policy.rules.map((r) => r.id);
  const scripts = Object.keys(policy.scripts);
  const problems: Problem[] = [];
  const check = (name: string | undefined, known: readonly string[], what: string, path: YamlPath) => {
    if (name === undefined || name === 'none' || known.includes(name)) return;
    const at = t.locate(path);
    const message = `${policy.name} has no ${what} "${name}"${didYouMean(name, known) || ` (its ${what}s: ${known.join(', ') || 'none'})`}`;
    problems.push({ file: t.file, line: at.line, col: at.col, message });
  };
  for (const c of t.cases) {
    if (c.opening && !c.opening.rejected) {
      const { rule, script } = c.opening.checks;
      check(rule, rules, 'rule', ['cases', c.index, 'opening', 'rule']);
      check(script, scripts, 'script', ['cases', c.index, 'opening', 'script']);
    }
    for (const e of c.events) {
      const here = ['cases', c.index, 'events', e.index];
      if (e.happening.kind === 'agent_action') check(e.happening.rule, rules, 'rule', [...here, 'rule']);
      if (!e.expect || e.expect.rejected) continue;
      const { rule, script, fired } = e.expect.checks;
      check(rule, rules, 'rule', [...here, 'expect', 'rule']);
      check(script, scripts, 'script', [...here, 'expect', 'script']);
      fired?.forEach((f, i) => check(f, rules, 'rule', [...here, 'expect', 'fired', i]));
    }
  }
  return problems;
}

/** How one event's outcome differs from its expectation; empty when it matches. */
function judge(e: TestEvent, outcome: Decision | EventError): FieldDiff[] {
  if (outcome instanceof EventError) {
    if (e.expect?.rejected) return [];
    const expected = e.expect ? 'a decision' : 'the event to be accepted';
    return [{ field: 'result', expected, actual: `rejected: ${outcome.message}` }];
  }
  if (!e.expect) return [];
  if (e.expect.rejected) return [{ field: 'result', expected: 'rejected', actual: summarise(outcome) }];
  return compareDecision(e.expect.checks, outcome);
}

/** Replays one case and compares every event's outcome with its `expect`. */
function runCase(c: TestCase, policy: CompiledPolicy, reached: Set<string>): CaseResult {
  const failures: EventFailure[] = [];
  const start = callStarted(c);
  let session;
  try {
    session = policy.open(start);
  } catch (error) {
    if (!(error instanceof EventError)) throw error;
    const diffs = [{ field: 'call', expected: 'a call the engine accepts', actual: `rejected: ${error.message}` }];
    return { name: c.name, line: c.line, passed: false, failures: [{ line: c.line, at: c.start, what: 'call_started', diffs }] };
  }
  recordReached(reached, session.opening);
  if (c.opening) {
    const diffs = c.opening.rejected
      ? [{ field: 'result', expected: 'rejected', actual: summarise(session.opening) }]
      : compareDecision(c.opening.checks, session.opening);
    if (diffs.length > 0) failures.push({ line: c.line, at: c.start, what: 'call_started (opening)', diffs });
  }
  const startMs = Date.parse(start.at);
  for (const e of c.events) {
    let outcome: Decision | EventError;
    try {
      outcome = session.handle(toEngineEvent(e, startMs));
      recordReached(reached, outcome);
    } catch (error) {
      if (!(error instanceof EventError)) throw error;
      outcome = error;
    }
    const diffs = judge(e, outcome);
    if (diffs.length > 0) failures.push({ line: e.line, at: e.at, what: describeEvent(e), diffs });
  }
  return { name: c.name, line: c.line, passed: failures.length === 0, failures };
}

/** Loads, checks and compiles a policy once per run, however many files test it. */
function policyFor(cache: Map<string, PolicyEntry>, t: TestFile, cwd: string): PolicyEntry {
  let entry = cache.get(t.policyPath);
  if (!entry) {
    const loaded = loadPolicy(t.policy, cwd);
    if (!loaded.policy) {
      const errors = sortDiagnostics(loaded.diagnostics).filter((d) => d.severity === 'error');
      entry = { ok: false, errors: errors.map(formatDiagnostic) };
    } else {
      entry = { ok: true, file: t.policy, checked: loaded.policy, compiled: compile(loaded.policy), reached: new Set(), ran: false };
    }
    cache.set(t.policyPath, entry);
  }
  return entry;
}

/**
 * Runs the test files (paths as the user sees them, resolved against
 * `cwd`). A file with mistakes is reported in `problems` and skipped; the
 * others still run.
 */
export function runTestFiles(files: readonly string[], cwd: string): RunReport {
  const cache = new Map<string, PolicyEntry>();
  const results: FileResult[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const loaded = loadTestFile(file, cwd);
    if (!loaded.ok) {
      problems.push(...loaded.problems);
      continue;
    }
    const t = loaded.testFile;
    const policy = policyFor(cache, t, cwd);
    if (!policy.ok) {
      const cases = t.cases.map((c) => ({ name: c.name, line: c.line, passed: false, failures: [] }));
      results.push({ file, policy: t.policy, policyName: undefined, policyErrors: policy.errors, cases });
      continue;
    }
    const unknown = unknownNames(t, policy.checked);
    if (unknown.length > 0) {
      problems.push(...unknown);
      continue;
    }
    policy.ran = true;
    const cases = t.cases.map((c) => runCase(c, policy.compiled, policy.reached));
    const policyName = `${policy.checked.name} ${policy.checked.version}`;
    results.push({ file, policy: t.policy, policyName, policyErrors: [], cases });
  }
  const coverage = [...cache.values()].flatMap((p) => (p.ok && p.ran ? [policyCoverage(p.file, p.checked, p.reached)] : []));
  const all = results.flatMap((r) => r.cases);
  const passed = all.filter((c) => c.passed).length;
  return { files: results, problems, coverage, passed, failed: all.length - passed };
}
