/**
 * Which policy test files belong to a policy: the `.test.yaml` files whose
 * top-level `policy:` names it (a path relative to the test file, as
 * `callguard test` reads it).
 */
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';

/** A test file's path and text. */
export interface TestFile {
  readonly path: string;
  readonly text: string;
}

/** The policy a test file names, as an absolute path, or undefined when it names none (or is not YAML). */
export function policyOf(file: TestFile): string | undefined {
  try {
    const doc = parse(file.text) as { policy?: unknown } | null;
    return typeof doc?.policy === 'string' ? resolve(dirname(file.path), doc.policy) : undefined;
  } catch {
    return undefined;
  }
}

/** The test files among `candidates` that test `policy` (an absolute path), sorted. */
export function testFilesFor(policy: string, candidates: readonly TestFile[]): string[] {
  return candidates
    .filter((f) => policyOf(f) === resolve(policy))
    .map((f) => f.path)
    .sort();
}
