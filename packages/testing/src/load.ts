/**
 * Loads a policy test file (`*.test.yaml`): YAML, then the JSON Schema, then
 * the checks a schema cannot say well (one thing per event, real times, an
 * existing policy file). The file is a source like a policy: every mistake
 * comes back at once as a diagnostic pointing at the YAML it is about;
 * nothing here throws for a malformed file.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type ErrorCode, type Node } from 'yaml';
import { isWithinRoots } from '@callguard/adapters';
import { testFileSchema, type CodeOf } from '@callguard/contract';
import { DUTIES, Source, diagnostic, didYouMean, sortDiagnostics, type Action, type Behaviour, type CallbackTarget, type Diagnostic, type EndMode, type Span } from '@callguard/dsl';
import type { ClockWindow, DecisionChecks, Expectation, Happening, TestCase, TestEvent, TestFile, YamlPath } from './model.js';
import { readSource } from './read-source.js';
import { schemaMistakes, type Mistake } from './schema-errors.js';
import { DEFAULT_START, durationSeconds, isRealTime, parseOffset, resolveTime } from './time.js';

/** A test file as the schema lets it through. */
type YesNo = boolean | 'yes' | 'no';
type RawSignals = Record<string, number>;
interface RawExpect {
  action?: Action;
  rule?: string;
  step?: number | string;
  script?: string;
  to?: string;
  by?: string;
  mode?: EndMode | 'none';
  team?: string;
  approved_by?: string[];
  callback_to?: CallbackTarget | 'none';
  window?: ClockWindow | 'none';
  daily_cap?: number | 'none';
  duties?: string[];
  required?: string[];
  allowed?: Action[];
  fired?: string[];
  ended?: YesNo;
}
type RawExpectation = Action | 'rejected' | RawExpect;
interface RawEvent {
  at: string;
  customer?: RawSignals;
  agent?: RawSignals;
  text?: string;
  request?: string;
  silence?: number;
  event?: 'poor_line' | 'line_dropped' | 'call_ended' | 'tick';
  agent_action?: Action;
  rule?: string;
  script?: string;
  expect?: RawExpectation;
}
interface RawCase {
  name: string;
  call?: { id?: string; queue?: string; peak_hours?: YesNo; channel?: string; staff?: string[] };
  caller?: {
    id?: string;
    incidents_30d?: number;
    warnings?: number;
    repeat_calls_7d?: number;
    withheld?: YesNo;
    verified?: YesNo;
    refused_verification?: YesNo;
    vulnerable?: YesNo;
    adjustments?: YesNo;
    talk_time_today?: string;
    customer_since?: string;
    records?: { kind: string; category?: string; at: string; expires?: string }[];
    restrictions?: { name: string; until: string }[];
  };
  start?: string;
  opening?: RawExpectation;
  events: RawEvent[];
}
interface RawTestFile {
  policy: string;
  cases: RawCase[];
}

/** A YAML syntax error in words for authors; the parser's own names its API. */
function yamlMessage(code: ErrorCode, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'this field is written twice in the same place';
    case 'MULTIPLE_DOCS':
      return 'a test file is one document: remove the "---" line and what follows, or move it to a file of its own';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'BAD_INDENT':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return `not valid YAML (${message.replace(/\.$/, '')}): check the indentation and the colons on this line and the one before`;
    default:
      return `not valid YAML: ${message}`;
  }
}

/** The result of loading: a test file ready to run, or every mistake found. */
export type LoadResult = { readonly ok: true; readonly testFile: TestFile } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** The keys that say what happens at an event; exactly one per event. */
const HAPPENINGS = ['customer', 'agent', 'silence', 'event', 'agent_action'] as const;

let validator: ValidateFunction<RawTestFile> | undefined;

/** The schema validator, compiled on first use and kept for the process. */
function validate(): ValidateFunction<RawTestFile> {
  validator ??= new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true }).compile<RawTestFile>(testFileSchema);
  return validator;
}

/** The YAML node at `path`, or the deepest one that exists; the key's node when `key`. */
function nodeAt(doc: Document, path: YamlPath, key: boolean): Node | undefined {
  let node: unknown = doc.contents;
  let found = node as Node | undefined;
  for (const [i, segment] of path.entries()) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      next = key && i === path.length - 1 ? pair?.key : pair?.value;
    } else if (isSeq(node)) {
      next = node.items[Number(segment)];
    }
    if (next === undefined || next === null) break;
    node = next;
    found = next as Node;
  }
  return found;
}

/** The text a mistake is about: the mistake's node (its key when `key`), else the start of the file. */
function locator(doc: Document, source: Source) {
  return (path: YamlPath, key = false): Span => {
    const range = nodeAt(doc, path, key)?.range;
    return { source, start: range?.[0] ?? 0, end: range?.[1] ?? 0 };
  };
}

function yesNo(value: YesNo | undefined): boolean | undefined {
  return value === undefined ? undefined : value === true || value === 'yes';
}

/** Copies the defined entries only, as exact optional property types require. */
function defined<T extends object>(fields: { [K in keyof T]?: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}

/** `swearing-gets-a-warning`: a call id from a case's name (or its place, for names with no letters to keep). */
function slug(name: string, index: number): string {
  const words = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return words || `case-${index + 1}`;
}

function toHappening(raw: RawEvent): Happening {
  if (raw.customer !== undefined) return { kind: 'utterance', speaker: 'customer', signals: raw.customer, text: raw.text, request: raw.request };
  if (raw.agent !== undefined) return { kind: 'utterance', speaker: 'agent', signals: raw.agent, text: raw.text, request: raw.request };
  if (raw.silence !== undefined) return { kind: 'silence', seconds: raw.silence };
  if (raw.event !== undefined) return { kind: 'line', event: raw.event };
  return { kind: 'agent_action', action: raw.agent_action!, rule: raw.rule, script: raw.script };
}

function toExpectation(raw: RawExpectation | undefined): Expectation | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'rejected') return { rejected: true };
  if (typeof raw === 'string') return { rejected: false, checks: { action: raw } };
  const { approved_by, callback_to, daily_cap, ...rest } = raw;
  const checks = defined<DecisionChecks>({ ...rest, approvedBy: approved_by, callbackTo: callback_to, dailyCap: daily_cap, ended: yesNo(raw.ended) });
  return { rejected: false, checks };
}

function toEvent(raw: RawEvent, index: number, line: number): TestEvent {
  return {
    index,
    line,
    at: raw.at,
    happening: toHappening(raw),
    expect: toExpectation(raw.expect),
  };
}

/** The `caller` of `call_started`: yes/no as booleans, times resolved against the start. */
function toCaller(caller: NonNullable<RawCase['caller']>, startMs: number): Record<string, unknown> {
  const at = (text: string) => resolveTime(text, startMs);
  return defined<Record<string, unknown>>({
    id: caller.id,
    incidents_30d: caller.incidents_30d,
    warnings: caller.warnings,
    repeat_calls_7d: caller.repeat_calls_7d,
    withheld: yesNo(caller.withheld),
    verified: yesNo(caller.verified),
    refused_verification: yesNo(caller.refused_verification),
    vulnerable: yesNo(caller.vulnerable),
    adjustments: yesNo(caller.adjustments),
    talk_time_today_s: caller.talk_time_today === undefined ? undefined : durationSeconds(caller.talk_time_today),
    customer_since: caller.customer_since === undefined ? undefined : at(caller.customer_since),
    records: caller.records?.map((r) => defined({ kind: r.kind, category: r.category, at: at(r.at), expires: r.expires === undefined ? undefined : at(r.expires) })),
    restrictions: caller.restrictions?.map((r) => ({ name: r.name, until: at(r.until) })),
  });
}

function toCase(raw: RawCase, index: number, lineOf: (path: YamlPath) => number): TestCase {
  const call = raw.call ?? {};
  const start = raw.start ?? DEFAULT_START;
  return {
    index,
    name: raw.name,
    line: lineOf(['cases', index]),
    start,
    call: defined<Record<string, unknown>>({
      id: call.id ?? slug(raw.name, index),
      queue: call.queue,
      peak_hours: yesNo(call.peak_hours),
      channel: call.channel,
      staff: call.staff,
    }),
    caller: raw.caller && toCaller(raw.caller, Date.parse(start)),
    opening: toExpectation(raw.opening),
    events: raw.events.map((e, i) => toEvent(e, i, lineOf(['cases', index, 'events', i]))),
  };
}

/** A mistake found in a test file's content: where, and which code. */
function mistake(code: CodeOf<'test'>, path: YamlPath, message: string, extra: { key?: boolean; help?: string | undefined } = {}): Mistake {
  return { code, path, key: extra.key ?? false, message, help: extra.help };
}

/** Duties in `duties` and `required` must be the language's duties. */
function dutyMistakes(expect: RawExpect, at: YamlPath): Mistake[] {
  const mistakes: Mistake[] = [];
  for (const field of ['duties', 'required'] as const) {
    expect[field]?.forEach((label, i) => {
      const kind = label.split(' ')[0] ?? label;
      if ((DUTIES as readonly string[]).includes(kind)) return;
      mistakes.push(mistake('test/unknown-duty', [...at, field, i], `"${kind}" is not a duty`, { help: didYouMean(kind, DUTIES) }));
    });
  }
  return mistakes;
}

/** The checks the schema cannot express in words an author would understand. */
function contentMistakes(data: RawTestFile): Mistake[] {
  const mistakes: Mistake[] = [];
  const names = new Map<string, number>();
  data.cases.forEach((c, ci) => {
    const here = ['cases', ci];
    const earlier = names.get(c.name);
    if (earlier !== undefined) {
      mistakes.push(mistake('test/duplicate-case', [...here, 'name'], `case ${earlier + 1} has this name too; give each case its own name`));
    }
    names.set(c.name, ci);
    if (typeof c.opening === 'object') mistakes.push(...dutyMistakes(c.opening, [...here, 'opening']));
    if (c.start !== undefined && !isRealTime(c.start)) {
      mistakes.push(mistake('test/bad-time', [...here, 'start'], `"start" is not a real date and time — found "${c.start}"`));
    }
    c.events.forEach((e, ei) => {
      const at = [...here, 'events', ei];
      const kinds = HAPPENINGS.filter((k) => e[k] !== undefined);
      if (kinds.length === 0) {
        mistakes.push(mistake('test/no-happening', at, 'this event needs what happens: customer, agent, silence, event or agent_action'));
      } else if (kinds.length > 1) {
        const message = `an event is one thing: "${kinds[0]}" and "${kinds[1]}" need an event each`;
        mistakes.push(mistake('test/two-happenings', [...at, kinds[1]!], message, { key: true }));
      }
      if (e.text !== undefined && e.customer === undefined && e.agent === undefined) {
        mistakes.push(mistake('test/misplaced-field', [...at, 'text'], '"text" is what the customer or agent said; it goes with "customer:" or "agent:"', { key: true }));
      }
      if (e.request !== undefined && e.customer === undefined && e.agent === undefined) {
        const message = '"request" labels what the customer or agent asked for; it goes with "customer:" or "agent:"';
        mistakes.push(mistake('test/misplaced-field', [...at, 'request'], message, { key: true }));
      }
      if (typeof e.expect === 'object') mistakes.push(...dutyMistakes(e.expect, [...at, 'expect']));
      if (e.rule !== undefined && e.agent_action === undefined) {
        mistakes.push(mistake('test/misplaced-field', [...at, 'rule'], '"rule" names the rule an agent_action follows; it goes with "agent_action:"', { key: true }));
      }
      if (e.script !== undefined && e.agent_action === undefined) {
        mistakes.push(mistake('test/misplaced-field', [...at, 'script'], '"script" names the script an agent_action used; it goes with "agent_action:"', { key: true }));
      }
      if (parseOffset(e.at) === undefined && !isRealTime(e.at)) {
        mistakes.push(mistake('test/bad-time', [...at, 'at'], `"at" is not a real date and time — found "${e.at}"`));
      }
    });
  });
  return mistakes;
}

/** Why `policy` names no file, with the nearest `.policy` file beside it suggested; undefined when it is fine. */
function missingPolicy(policy: string, policyPath: string): Mistake | undefined {
  try {
    if (statSync(policyPath).isFile()) return undefined;
    return mistake('test/policy-not-found', ['policy'], `"policy" must name a policy file — ${policy} is a folder`);
  } catch {
    let nearby: string[] = [];
    try {
      nearby = readdirSync(dirname(policyPath)).filter((n) => n.endsWith('.policy'));
    } catch {
      // The folder is missing too: nothing to suggest.
    }
    const name = policy.split(/[\\/]/).pop() ?? policy;
    return mistake('test/policy-not-found', ['policy'], `no policy file ${policy} (looked for ${policyPath})`, { help: didYouMean(name, nearby) });
  }
}

/** `policy` names a file outside the folders a test file may name policies in. */
function outsidePolicy(policy: string): Mistake {
  return mistake('test/policy-outside', ['policy'], `"policy" must name a file in the working folder or beside the test file — ${policy} is outside them`, {
    help: 'keep the policy with its tests, or run callguard test from a folder that holds both',
  });
}

/** A mistake as a diagnostic at the YAML it is about. */
function toDiagnostic(m: Mistake, locate: (path: YamlPath, key: boolean) => Span): Diagnostic {
  return diagnostic(m.code, 'error', m.message, locate(m.path, m.key), m.help === undefined ? {} : { help: m.help });
}

/**
 * Reads and validates one test file. `file` is the path as the user sees
 * it, resolved against `cwd`. A file that cannot be read is one diagnostic
 * with nothing to point at.
 */
export function loadTestFile(file: string, cwd: string): LoadResult {
  const path = resolve(cwd, file);
  const read = readSource(path, file);
  if (!(read instanceof Source)) return { ok: false, diagnostics: [read] };
  const source = read;
  const lines = new LineCounter();
  const doc = parseDocument(source.body, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });

  if (doc.errors.length > 0) {
    // One message a line: the parser often reports a single slip several ways.
    const byLine = new Map<number, Diagnostic>();
    for (const e of doc.errors) {
      const line = lines.linePos(e.pos[0]).line;
      const span = { source, start: e.pos[0], end: Math.max(e.pos[0], e.pos[1]) };
      if (!byLine.has(line)) byLine.set(line, diagnostic('test/yaml-syntax', 'error', yamlMessage(e.code, e.message), span));
    }
    return { ok: false, diagnostics: [...byLine.values()] };
  }

  const locate = locator(doc, source);
  // YAML aliases can expand a small file into gigabytes (a "billion laughs"):
  // the yaml library stops past 100 expansions, and that is this file's problem, not a crash.
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, diagnostics: [diagnostic('test/yaml-syntax', 'error', `too many aliases expanded (${message.replace(/\.$/, '')})`, { source, start: 0, end: 0 }, { help: 'write the cases out; a test file needs few, if any, `*alias` references' })] };
  }
  const check = validate();
  if (!check(data)) {
    return { ok: false, diagnostics: sortDiagnostics(schemaMistakes(check.errors ?? []).map((m) => toDiagnostic(m, locate))) };
  }

  const mistakes = contentMistakes(data);
  const policyPath = resolve(dirname(path), data.policy);
  const policy = relative(cwd, policyPath).startsWith('..') ? policyPath : relative(cwd, policyPath);
  // A test file from an untrusted change must not make a run read, print or
  // hang on a file elsewhere: nothing outside is opened, and whether it exists is not said.
  const wrong = isWithinRoots(policyPath, [cwd, dirname(path)]) ? missingPolicy(data.policy, policyPath) : outsidePolicy(data.policy);
  if (wrong) mistakes.unshift(wrong);
  if (mistakes.length > 0) return { ok: false, diagnostics: sortDiagnostics(mistakes.map((m) => toDiagnostic(m, locate))) };

  const lineOf = (p: YamlPath) => lines.linePos(locate(p).start).line;
  return {
    ok: true,
    testFile: { file, source, policy, policyPath, cases: data.cases.map((c, i) => toCase(c, i, lineOf)), locate: (p) => locate(p) },
  };
}
