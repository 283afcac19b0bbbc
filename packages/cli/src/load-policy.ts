import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import { Source, check, formatDiagnostic, hasErrors, parse, sortDiagnostics, type CheckOptions, type CheckedPolicy, type Diagnostic } from '@callguard/dsl';
import type { Io } from './io.js';

/** A policy file read, parsed and checked, with every diagnostic found. */
export interface LoadedPolicy {
  readonly file: string;
  readonly policy: CheckedPolicy | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** Thrown when a file cannot be read at all (missing, a directory, ...). */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/**
 * Reads a text file, turning I/O failures into an {@link InputError} that
 * names the file as the user wrote it (`shown`).
 */
export function readText(file: string, shown = file): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? String(e)})`;
    throw new InputError(shown, why);
  }
}

/** Shows paths relative to the working directory, as the user typed them. */
function displayName(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel.startsWith('..') ? absolute : rel;
}

/**
 * Finds the base policy named in `extends "ref"`: a relative path when the
 * reference ends in `.policy`, otherwise `<ref>.policy` beside the file, or
 * any `.policy` file beside it that declares `policy "<ref>"`.
 */
export function fileResolver(cwd: string): NonNullable<CheckOptions['resolve']> {
  return (ref, from) => {
    const dir = dirname(resolvePath(cwd, from.name));
    const candidates = ref.endsWith('.policy') ? [resolvePath(dir, ref)] : [join(dir, `${ref}.policy`)];
    for (const file of candidates) {
      try {
        return { source: new Source(readFileSync(file, 'utf8'), displayName(cwd, file)) };
      } catch {
        // Not there: fall through to the directory scan.
      }
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
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch {
          continue;
        }
        if (declares.test(text)) return { source: new Source(text, displayName(cwd, file)) };
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
  const checked = check(parsed.ast, { resolve: fileResolver(cwd) });
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
