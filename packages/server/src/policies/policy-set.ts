/**
 * The policies a service decides with. Loaded at start; a reload checks
 * every file again and swaps the whole set in one assignment, or keeps the
 * old one when any file has an error. Every version a call may still be
 * using stays reachable by its hash, so a call keeps the policy it started
 * with; a version that serves no new call is released once no open call
 * uses it ({@link PolicySet.release}).
 */
import { dirname } from 'node:path';
import { policyFileResolver, readUserFile } from '@callguard/adapters';
import { Source, check, hasErrors, parse, sortDiagnostics, type Diagnostic } from '@callguard/dsl';
import { compile, type CompiledPolicy } from '@callguard/engine';

/** The policy files: one default, and one per queue. */
export interface PolicyFiles {
  readonly default: string;
  readonly queues: Readonly<Record<string, string>>;
}

/** One consistent generation of the set: what new calls get. */
export interface PolicyGeneration {
  readonly default: CompiledPolicy;
  readonly queues: ReadonlyMap<string, CompiledPolicy>;
}

/** What loading the files found: the compiled policies, or every diagnostic. */
export type LoadResult =
  | { readonly ok: true; readonly generation: PolicyGeneration; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** The outcome of {@link PolicySet.reload}. */
export interface ReloadResult {
  readonly swapped: boolean;
  /** The errors that kept the old set (and any warnings). */
  readonly diagnostics: readonly Diagnostic[];
  /** `name version (hash)` of each policy now serving, default first. */
  readonly serving: readonly string[];
}

/** The largest policy file read (the parser has its own, lower, cap). */
const MAX_POLICY_BYTES = 64 * 1024 * 1024;

/** Reads, checks and compiles one policy file. */
function loadFile(file: string): { policy: CompiledPolicy | undefined; diagnostics: readonly Diagnostic[] } {
  const read = readUserFile(file, { maxBytes: MAX_POLICY_BYTES });
  if ('reason' in read) {
    const source = new Source('', file);
    const message = `${file}: ${read.message}`;
    return { policy: undefined, diagnostics: [{ code: 'config/bad-policy', severity: 'error', message, span: { source, start: 0, end: 0 }, related: [], help: undefined }] };
  }
  const text = read.text;
  const parsed = parse(new Source(text, file));
  if (hasErrors(parsed.diagnostics)) return { policy: undefined, diagnostics: parsed.diagnostics };
  // Bases are read from the policy's own folder only.
  const checked = check(parsed.ast, { resolve: policyFileResolver(dirname(file), [dirname(file)], MAX_POLICY_BYTES) });
  const diagnostics = [...parsed.diagnostics, ...checked.diagnostics];
  return { policy: checked.policy === undefined || hasErrors(diagnostics) ? undefined : compile(checked.policy), diagnostics };
}

/** Loads every file of `files` into one generation; any error fails the whole load. */
export function loadPolicies(files: PolicyFiles): LoadResult {
  const byFile = new Map<string, ReturnType<typeof loadFile>>();
  const load = (file: string) => {
    let result = byFile.get(file);
    if (result === undefined) byFile.set(file, (result = loadFile(file)));
    return result;
  };
  const fallback = load(files.default);
  const queues = new Map<string, CompiledPolicy | undefined>();
  for (const [queue, file] of Object.entries(files.queues)) queues.set(queue, load(file).policy);
  const diagnostics = sortDiagnostics([...byFile.values()].flatMap((r) => r.diagnostics));
  if (fallback.policy === undefined || [...queues.values()].some((p) => p === undefined)) return { ok: false, diagnostics };
  return { ok: true, generation: { default: fallback.policy, queues: queues as Map<string, CompiledPolicy> }, warnings: diagnostics };
}

/** The service's policies; see the module comment. */
export class PolicySet {
  private generation: PolicyGeneration;
  /** The hashes of {@link generation}'s policies. */
  private current: ReadonlySet<string>;
  private readonly byHash = new Map<string, CompiledPolicy>();

  /** Starts from a successful {@link loadPolicies}. */
  constructor(
    readonly files: PolicyFiles,
    first: Extract<LoadResult, { ok: true }>,
  ) {
    this.generation = first.generation;
    this.current = hashesOf(first.generation);
    this.remember(first.generation);
  }

  /** The policy a new call on `queue` starts under. */
  forQueue(queue: string | undefined): CompiledPolicy {
    const g = this.generation;
    return (queue === undefined ? undefined : g.queues.get(queue)) ?? g.default;
  }

  /** A policy version by hash: one serving new calls, or one kept for the calls that started under it. */
  byPolicyHash(hash: string): CompiledPolicy | undefined {
    return this.byHash.get(hash);
  }

  /** How many versions are loaded: those serving new calls and those kept for open calls. */
  get loaded(): number {
    return this.byHash.size;
  }

  /** Whether any version is loaded only for the calls that started under it. */
  get keepsRetired(): boolean {
    return this.byHash.size > this.current.size;
  }

  /** The hashes of the versions loaded that no longer serve new calls. */
  retired(): string[] {
    return [...this.byHash.keys()].filter((h) => !this.current.has(h));
  }

  /**
   * Releases each version of `hashes` that serves no new call (a reload may
   * have brought one back). The caller knows no open call uses them: a
   * version retired before it read the open calls cannot have gained one since.
   */
  release(hashes: readonly string[]): void {
    for (const h of hashes) if (!this.current.has(h)) this.byHash.delete(h);
  }

  /** The policies serving new calls. */
  servingGeneration(): PolicyGeneration {
    return this.generation;
  }

  /** `name version (hash)` of each policy serving new calls, default first. */
  serving(): string[] {
    const g = this.generation;
    const label = (p: CompiledPolicy) => `${p.name} ${p.version} (${p.hash.slice(0, 12)})`;
    return [`default: ${label(g.default)}`, ...[...g.queues].map(([q, p]) => `${q}: ${label(p)}`)];
  }

  /** Loads every file again; swaps the set in when all of them are free of errors. */
  reload(): ReloadResult {
    const result = loadPolicies(this.files);
    if (!result.ok) return { swapped: false, diagnostics: result.diagnostics, serving: this.serving() };
    this.remember(result.generation);
    this.generation = result.generation;
    this.current = hashesOf(result.generation);
    return { swapped: true, diagnostics: result.warnings, serving: this.serving() };
  }

  private remember(g: PolicyGeneration): void {
    for (const p of [g.default, ...g.queues.values()]) if (!this.byHash.has(p.hash)) this.byHash.set(p.hash, p);
  }
}

function hashesOf(g: PolicyGeneration): ReadonlySet<string> {
  return new Set([g.default.hash, ...[...g.queues.values()].map((p) => p.hash)]);
}
