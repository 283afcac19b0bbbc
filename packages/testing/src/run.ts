/**
 * Runs policy test files: each case's call is replayed against its policy,
 * every decision compared with what the case expects, and the rule steps
 * reached are tallied for coverage.
 */
import { diagnostic, didYouMean, signalBehaviours, sortDiagnostics, type CheckedPolicy, type Diagnostic } from '@callguard/dsl';
import { EventError, compile, replay, type CompiledPolicy, type Decision } from '@callguard/engine';
import { policyCoverage, recordReached, type PolicyCoverage } from './coverage.js';
import { describeSignals } from './describe-signals.js';
import { callStarted, toEngineEvent } from './events.js';
import { compareDecision, summarise, type FieldDiff } from './expect.js';
import { loadTestFile } from './load.js';
import type { DecisionChecks, TestCase, TestEvent, TestFile, YamlPath } from './model.js';

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
  /** The policy's errors; its cases then all fail without running. */
  readonly policyErrors: readonly Diagnostic[];
  readonly cases: readonly CaseResult[];
}

/** Everything a run found: results, mistakes in test files, and coverage. */
export interface RunReport {
  readonly files: readonly FileResult[];
  /** Mistakes that kept a test file from running at all, every one of each file. */
  readonly diagnostics: readonly Diagnostic[];
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
  | { readonly ok: false; readonly errors: readonly Diagnostic[] };

/** A policy file read, parsed and checked: the policy when it has no errors, and every diagnostic. */
export interface LoadedPolicy {
  readonly policy: CheckedPolicy | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** How a run finds its policies and which cases it runs. */
export interface RunOptions {
  /** The folder paths are shown relative to and resolved against. */
  readonly cwd: string;
  /**
   * Reads, parses and checks the policy a test file names (shown as the user
   * would see it), resolving any `extends` the way the caller's tools do.
   */
  readonly loadPolicy: (file: string) => LoadedPolicy;
  /** Only cases whose name this matches are run (`callguard test --run`); files left with none are skipped. */
  readonly only?: RegExp | undefined;
}

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

/** The rule, script and behaviour names a test file uses that its policy does not have. */
function unknownNames(t: TestFile, policy: CheckedPolicy): Diagnostic[] {
  const rules = policy.rules.map((r) => r.id);
  const scripts = Object.keys(policy.scripts);
  const behaviours = signalBehaviours(policy);
  const found: Diagnostic[] = [];
  const check = (name: string | undefined, known: readonly string[], what: 'rule' | 'script' | 'behaviour', path: YamlPath) => {
    if (name === undefined || name === 'none' || known.includes(name)) return;
    const help = didYouMean(name, known) ?? `its ${what}s: ${known.join(', ') || 'none'}`;
    found.push(diagnostic(`test/unknown-${what}`, 'error', `${policy.name} has no ${what} "${name}"`, t.locate(path), { help }));
  };
  const checkAll = (checks: DecisionChecks, at: YamlPath) => {
    check(checks.rule, rules, 'rule', [...at, 'rule']);
    check(checks.script, scripts, 'script', [...at, 'script']);
    checks.fired?.forEach((f, i) => check(f, rules, 'rule', [...at, 'fired', i]));
    for (const field of ['duties', 'required'] as const) {
      checks[field]?.forEach((label, i) => check(label.split(' with ')[1], scripts, 'script', [...at, field, i]));
    }
  };
  for (const c of t.cases) {
    if (c.opening && !c.opening.rejected) checkAll(c.opening.checks, ['cases', c.index, 'opening']);
    for (const e of c.events) {
      const here = ['cases', c.index, 'events', e.index];
      if (e.happening.kind === 'agent_action') check(e.happening.rule, rules, 'rule', [...here, 'rule']);
      // An utterance whose rejection the case does not expect names only behaviours the policy knows.
      const h = e.happening;
      if (h.kind === 'utterance' && e.expect?.rejected !== true) for (const b of Object.keys(h.signals)) check(b, behaviours, 'behaviour', [...here, h.speaker, b]);
      if (e.expect && !e.expect.rejected) checkAll(e.expect.checks, [...here, 'expect']);
    }
  }
  return found;
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

/** Replays one case through the engine's replay loop and compares every event's outcome with its `expect`. */
function runCase(c: TestCase, policy: CompiledPolicy, reached: Set<string>): CaseResult {
  const failures: EventFailure[] = [];
  const start = callStarted(c);
  const startMs = Date.parse(start.at);
  const outcomes = replay(policy, [start, ...c.events.map((e) => toEngineEvent(e, startMs))]);
  const [opening, ...rest] = outcomes;
  if (opening?.error) {
    const diffs = [{ field: 'call', expected: 'a call the engine accepts', actual: `rejected: ${opening.error.message}` }];
    return { name: c.name, line: c.line, passed: false, failures: [{ line: c.line, at: c.start, what: 'call_started', diffs }] };
  }
  for (const o of outcomes) if (o.decision) recordReached(reached, o.decision);
  if (c.opening && opening?.decision) {
    const diffs = c.opening.rejected
      ? [{ field: 'result', expected: 'rejected', actual: summarise(opening.decision) }]
      : compareDecision(c.opening.checks, opening.decision);
    if (diffs.length > 0) failures.push({ line: c.line, at: c.start, what: 'call_started (opening)', diffs });
  }
  for (const o of rest) {
    const e = c.events[o.index - 1]!;
    const diffs = judge(e, o.error ?? o.decision);
    if (diffs.length > 0) failures.push({ line: e.line, at: e.at, what: describeEvent(e), diffs });
  }
  return { name: c.name, line: c.line, passed: failures.length === 0, failures };
}

/** Loads, checks and compiles a policy once per run, however many files test it. */
function policyFor(cache: Map<string, PolicyEntry>, t: TestFile, options: RunOptions): PolicyEntry {
  let entry = cache.get(t.policyPath);
  if (!entry) {
    const loaded = options.loadPolicy(t.policy);
    if (!loaded.policy) {
      entry = { ok: false, errors: sortDiagnostics(loaded.diagnostics).filter((d) => d.severity === 'error') };
    } else {
      entry = { ok: true, file: t.policy, checked: loaded.policy, compiled: compile(loaded.policy), reached: new Set(), ran: false };
    }
    cache.set(t.policyPath, entry);
  }
  return entry;
}

/**
 * Runs the test files (paths as the user sees them, resolved against
 * `options.cwd`). A file with mistakes is reported in `diagnostics` and
 * skipped; the others still run.
 */
export function runTestFiles(files: readonly string[], options: RunOptions): RunReport {
  const cache = new Map<string, PolicyEntry>();
  const results: FileResult[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const loaded = loadTestFile(file, options.cwd);
    if (!loaded.ok) {
      diagnostics.push(...loaded.diagnostics);
      continue;
    }
    const t = loaded.testFile;
    const selected = options.only ? t.cases.filter((c) => options.only!.test(c.name)) : t.cases;
    if (selected.length === 0) continue;
    const policy = policyFor(cache, t, options);
    if (!policy.ok) {
      const cases = selected.map((c) => ({ name: c.name, line: c.line, passed: false, failures: [] }));
      results.push({ file, policy: t.policy, policyName: undefined, policyErrors: policy.errors, cases });
      continue;
    }
    const unknown = unknownNames(t, policy.checked);
    if (unknown.length > 0) {
      diagnostics.push(...sortDiagnostics(unknown));
      continue;
    }
    policy.ran = true;
    const cases = selected.map((c) => runCase(c, policy.compiled, policy.reached));
    const policyName = `${policy.checked.name} ${policy.checked.version}`;
    results.push({ file, policy: t.policy, policyName, policyErrors: [], cases });
  }
  const coverage = [...cache.values()].flatMap((p) => (p.ok && p.ran ? [policyCoverage(p.file, p.checked, p.reached)] : []));
  const all = results.flatMap((r) => r.cases);
  const passed = all.filter((c) => c.passed).length;
  return { files: results, diagnostics, coverage, passed, failed: all.length - passed };
}
