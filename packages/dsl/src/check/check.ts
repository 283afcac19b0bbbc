/**
 * `check`: syntax tree to checked policy. Bases named by `extends` are
 * fetched through `options.resolve` (the dsl package does no I/O), parsed
 * and checked recursively; their diagnostics are reported in their own
 * files. Every rule runs on every file, so one pass shows every mistake.
 */
import type { Acknowledgement, PolicyFile } from '../ast.js';
import type { CheckedPolicy } from '../checked.js';
import { diagnostic, hasErrors, sortDiagnostics } from '../diagnostic.js';
import type { Diagnostic } from '../diagnostic.js';
import type { Span } from '../span.js';
import { parse } from '../parse.js';
import { Source } from '../source.js';
import { MAX_EXTENDS_DEPTH } from '../limits.js';
import { createContext } from './context.js';
import type { BaseInfo, BaseProblem, CheckContext } from './context.js';
import { withinLimits } from './limits.js';
import { resolvePolicy } from './resolve.js';
import { applyAcknowledgements, inForceByCode } from './rules/acknowledgements.js';
import { RULES } from './rules/index.js';
import { buildScope } from './scope.js';
import type { WarningCode } from './warnings.js';

/** How `check` finds the base policies named by `extends`. */
export interface CheckOptions {
  /**
   * Finds the base policy of `extends "ref"`, written in `from`: its text,
   * or why it cannot be found. Without it, any `extends` is reported.
   */
  readonly resolve?: (ref: string, from: Source) => { source: Source } | { error: string };
}

/** What `check` found: the checked policy (when there are no errors) and every diagnostic. */
export interface CheckResult {
  /** Undefined when any diagnostic is an error. */
  readonly policy: CheckedPolicy | undefined;
  readonly diagnostics: Diagnostic[];
  /** The policy's acknowledgements in force (its own, then its bases'), each with the warnings it held back. */
  readonly acknowledged: readonly Acknowledged[];
}

/** An `acknowledge` in force, and the warnings it kept out of `diagnostics`. */
export interface Acknowledged {
  /** The warning's code, `check/no-vulnerable-rule`. */
  readonly code: WarningCode;
  readonly reason: string;
  /** The `acknowledge` line. */
  readonly span: Span;
  readonly warnings: readonly Diagnostic[];
}

/** Diagnostics kept per file; one more says the rest were dropped. */
const MAX_PER_FILE = 100;

/** Checks a parsed policy and, through `options.resolve`, its bases. Never throws. */
export function check(file: PolicyFile, options: CheckOptions = {}): CheckResult {
  const out: Diagnostic[] = [];
  const held = new Map<Acknowledgement, Diagnostic[]>();
  const ctx = checkFile(file, options, [], out, held);
  const diagnostics = finish(out);
  const acknowledged = [...inForceByCode(ctx?.scope.acknowledgements ?? [])].map(([code, a]): Acknowledged => ({
    code,
    reason: a.reason.value,
    span: a.span,
    warnings: sortDiagnostics(held.get(a) ?? []),
  }));
  return { policy: ctx && !hasErrors(diagnostics) ? resolvePolicy(ctx) : undefined, diagnostics, acknowledged };
}

/** Parses and checks policy text; the diagnostics of both phases, in order. */
export function checkText(text: string, name = 'policy', options: CheckOptions = {}): CheckResult {
  const parsed = parse(new Source(text, name));
  const checked = check(parsed.ast, options);
  const diagnostics = sortDiagnostics([...parsed.diagnostics, ...checked.diagnostics]);
  return { policy: hasErrors(parsed.diagnostics) ? undefined : checked.policy, diagnostics, acknowledged: checked.acknowledged };
}

/** One file along a chain of `extends`; `chain` holds the files that led here. */
interface Link {
  readonly file: string;
  readonly name: string;
}

function checkFile(
  file: PolicyFile,
  options: CheckOptions,
  chain: readonly Link[],
  out: Diagnostic[],
  held: Map<Acknowledgement, Diagnostic[]>,
): CheckContext | undefined {
  const { policy } = file;
  if (!policy || !withinLimits(policy, out)) return undefined;
  const source = file.span.source;
  const here: Link[] = [...chain, { file: source.name, name: policy.name.value }];
  let base: BaseInfo | undefined;
  let baseProblem: BaseProblem | undefined;
  if (policy.extends) {
    const ref = policy.extends.value;
    const found = here.length > MAX_EXTENDS_DEPTH ? undefined : lookUp(options, ref, source);
    if (found === undefined) {
      baseProblem = {
        code: 'check/extends-too-deep',
        message: `\`${ref}\` is more than ${MAX_EXTENDS_DEPTH} bases away from \`${here[0]!.name}\``,
        help: 'a chain of bases this long is hard to review; fold some bases together',
      };
    } else if ('error' in found) {
      baseProblem = { code: 'check/extends-missing', message: `cannot find the base policy \`${ref}\``, help: found.error };
    } else {
      // The same file, or a copy declaring a policy already on the chain, closes a loop.
      const parsed = here.some((l) => l.file === found.source.name) ? undefined : parse(found.source);
      const name = parsed?.ast.policy?.name.value;
      const loop = parsed ? here.find((l) => l.name === name) : here.find((l) => l.file === found.source.name);
      if (loop) {
        const path = [...here.map((l) => l.name), loop.name];
        baseProblem = {
          code: 'check/extends-cycle',
          message: `\`${ref}\` leads back to this policy: ${path.map((n) => `\`${n}\``).join(' → ')}`,
          help: 'a policy cannot build on itself; remove one `extends`',
        };
      } else if (parsed) {
        out.push(...parsed.diagnostics);
        const baseCtx = checkFile(parsed.ast, options, here, out, held);
        if (baseCtx) base = { policy: baseCtx.policy, scope: baseCtx.scope };
      }
    }
  }
  const scope = buildScope(policy, base?.scope);
  const ctx = createContext({ source, policy, comments: file.comments, base, baseProblem, scope }, out);
  const from = out.length;
  for (const rule of RULES) rule(ctx);
  applyAcknowledgements(ctx, out, from, held);
  return ctx;
}

function lookUp(options: CheckOptions, ref: string, from: Source): { source: Source } | { error: string } {
  if (!options.resolve) return { error: 'other policy files cannot be looked up here' };
  try {
    return options.resolve(ref, from);
  } catch (error) {
    return { error: String(error instanceof Error ? error.message : error) };
  }
}

/**
 * Drops repeats (a base's own findings reported again through its child),
 * sorts, and caps each file at MAX_PER_FILE. The note that replaces the rest
 * is an error only when an error was among them, so many warnings never make
 * a usable policy unusable.
 */
function finish(out: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const perFile = new Map<string, number>();
  const dropped = new Map<string, { first: Diagnostic; error: boolean }>();
  const kept: Diagnostic[] = [];
  for (const d of sortDiagnostics(out)) {
    const key = [d.code, d.span.source.name, d.span.start, d.span.end, d.message].join('\0');
    if (seen.has(key)) continue;
    seen.add(key);
    const file = d.span.source.name;
    const n = (perFile.get(file) ?? 0) + 1;
    perFile.set(file, n);
    if (n <= MAX_PER_FILE) {
      kept.push(d);
      continue;
    }
    const drop = dropped.get(file) ?? { first: d, error: false };
    drop.error ||= d.severity === 'error';
    dropped.set(file, drop);
  }
  for (const { first, error } of dropped.values()) {
    kept.push(
      diagnostic(
        'check/too-many-diagnostics',
        error ? 'error' : 'warning',
        `more than ${MAX_PER_FILE} problems in this file; the rest are not shown`,
        first.span,
        { help: 'fix the first problems and check again' },
      ),
    );
  }
  return kept;
}
