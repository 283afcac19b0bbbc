import { dirname, resolve as resolvePath } from 'node:path';
import { policyFileResolver, readUserFile } from '@callguard/adapters';
import { CallGuardError } from '@callguard/contract';
import { Source, check, formatDiagnostic, hasErrors, parse, sortDiagnostics, type Acknowledged, type CheckOptions, type CheckedPolicy, type Diagnostic } from '@callguard/dsl';
import type { Io } from './io.js';

/** A policy file read, parsed and checked, with every diagnostic found. */
export interface LoadedPolicy {
  readonly file: string;
  readonly policy: CheckedPolicy | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** The warnings the policy acknowledged, with the reason and what each held back. */
  readonly acknowledged: readonly Acknowledged[];
}

/**
 * The largest file a command reads (policies, test files, calls): a policy
 * is capped far lower by the parser (docs/limits.md); calls may be long.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * Reads a text file the user named, turning failures into a
 * `CallGuardError` (`usage/file-not-found`, `usage/unreadable-file`) that
 * names the file as the user wrote it (`shown`). Only regular files are
 * read: a device or a FIFO is refused, never waited on.
 */
export function readText(file: string, shown = file): string {
  const read = readUserFile(file, { maxBytes: MAX_INPUT_BYTES });
  if ('reason' in read) {
    throw new CallGuardError(read.reason === 'not-found' ? 'usage/file-not-found' : 'usage/unreadable-file', read.message, { file: shown });
  }
  return read.text;
}

/**
 * Finds the base policy named in `extends "ref"` (adapters'
 * `policyFileResolver`), reading bases only from `roots` and within the
 * commands' size cap.
 */
export function fileResolver(cwd: string, roots: readonly string[]): NonNullable<CheckOptions['resolve']> {
  return policyFileResolver(cwd, roots, MAX_INPUT_BYTES);
}

/** How standard input is named in diagnostics when a command reads it (a file named `-`). */
export const STDIN_NAME = '<stdin>';

/**
 * A text the user named on the command line, as a source: a file relative
 * to the working directory, or standard input for `-` (shown as `<stdin>`).
 */
export function readInput(file: string, io: Pick<Io, 'cwd' | 'stdin'>): Source {
  if (file !== '-') return new Source(readText(resolvePath(io.cwd, file), file), file);
  const text = io.stdin();
  if (Buffer.byteLength(text) > MAX_INPUT_BYTES) {
    throw new CallGuardError('usage/unreadable-file', `is larger than ${MAX_INPUT_BYTES / (1024 * 1024)} MiB`, { file: STDIN_NAME });
  }
  return new Source(text, STDIN_NAME);
}

/** Reads, parses and checks one policy file (`-`: standard input). */
export function loadPolicy(file: string, io: Pick<Io, 'cwd' | 'stdin'>): LoadedPolicy {
  const cwd = io.cwd;
  const source = readInput(file, io);
  const parsed = parse(source);
  // A tree with syntax errors is partial: checking it would only add noise.
  if (hasErrors(parsed.diagnostics)) return { file: source.name, policy: undefined, diagnostics: parsed.diagnostics, acknowledged: [] };
  // Bases may live beside the policy or anywhere under the working folder.
  const checked = check(parsed.ast, { resolve: fileResolver(cwd, [cwd, dirname(resolvePath(cwd, file))]) });
  return { file: source.name, policy: checked.policy, diagnostics: [...parsed.diagnostics, ...checked.diagnostics], acknowledged: checked.acknowledged };
}

/**
 * Loads a policy file for a command that needs it whole: the checked policy,
 * or undefined after printing its diagnostics when it has errors.
 */
export function loadPolicyOrReport(file: string, io: Io): CheckedPolicy | undefined {
  const loaded = loadPolicy(file, io);
  if (!loaded.policy) {
    for (const d of sortDiagnostics(loaded.diagnostics)) io.err(`${formatDiagnostic(d)}\n\n`);
    return undefined;
  }
  return loaded.policy;
}
