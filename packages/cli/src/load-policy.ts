import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import { readUserFile } from '@callguard/adapters';
import { CallGuardError } from '@callguard/contract';
import { Source, check, formatDiagnostic, hasErrors, parse, sortDiagnostics, type CheckOptions, type CheckedPolicy, type Diagnostic } from '@callguard/dsl';
import type { Io } from './io.js';

/** A policy file read, parsed and checked, with every diagnostic found. */
export interface LoadedPolicy {
  readonly file: string;
  readonly policy: CheckedPolicy | undefined;
  readonly diagnostics: readonly Diagnostic[];
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

/** Shows paths relative to the working directory, as the user typed them. */
function displayName(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel.startsWith('..') ? absolute : rel;
}

/**
 * Finds the base policy named in `extends "ref"`: a relative path when the
 * reference ends in `.policy`, otherwise `<ref>.policy` beside the file, or
 * any `.policy` file beside it that declares `policy "<ref>"`. Bases are read
 * only from `roots` (links followed), as regular files within the size cap,
 * so a policy from an untrusted change cannot make a CI run read, print or
 * hang on anything else.
 */
export function fileResolver(cwd: string, roots: readonly string[]): NonNullable<CheckOptions['resolve']> {
  const limits = { maxBytes: MAX_INPUT_BYTES, roots };
  return (ref, from) => {
    const dir = dirname(resolvePath(cwd, from.name));
    if (ref.endsWith('.policy')) {
      const file = resolvePath(dir, ref);
      const read = readUserFile(file, limits);
      if ('text' in read) return { source: new Source(read.text, displayName(cwd, file)) };
      if (read.reason !== 'not-found') return { error: `\`${ref}\` ${read.message}` };
    } else {
      const read = readUserFile(join(dir, `${ref}.policy`), limits);
      if ('text' in read) return { source: new Source(read.text, displayName(cwd, join(dir, `${ref}.policy`))) };
    }
    if (!ref.endsWith('.policy')) {
      const declares = new RegExp(`^\\s*policy\\s+"${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'm');
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((n) => n.endsWith('.policy')).sort();
      } catch {
        names = [];
      }
      for (const name of names) {
        const file = join(dir, name);
        const read = readUserFile(file, limits);
        if ('text' in read && declares.test(read.text)) return { source: new Source(read.text, displayName(cwd, file)) };
      }
    }
    return { error: `no policy \`${ref}\` found beside ${from.name}` };
  };
}

/** Reads, parses and checks one policy file. */
export function loadPolicy(file: string, cwd: string): LoadedPolicy {
  const text = readText(resolvePath(cwd, file), file);
  const source = new Source(text, file);
  const parsed = parse(source);
  // A tree with syntax errors is partial: checking it would only add noise.
  if (hasErrors(parsed.diagnostics)) return { file, policy: undefined, diagnostics: parsed.diagnostics };
  // Bases may live beside the policy or anywhere under the working folder.
  const checked = check(parsed.ast, { resolve: fileResolver(cwd, [cwd, dirname(resolvePath(cwd, file))]) });
  return { file, policy: checked.policy, diagnostics: [...parsed.diagnostics, ...checked.diagnostics] };
}

/**
 * Loads a policy file for a command that needs it whole: the checked policy,
 * or undefined after printing its diagnostics when it has errors.
 */
export function loadPolicyOrReport(file: string, io: Io): CheckedPolicy | undefined {
  const loaded = loadPolicy(file, io.cwd);
  if (!loaded.policy) {
    for (const d of sortDiagnostics(loaded.diagnostics)) io.err(`${formatDiagnostic(d)}\n\n`);
    return undefined;
  }
  return loaded.policy;
}
