/** Finds policy test files under the paths given on the command line. */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CallGuardError } from '@callguard/contract';

/** The endings that mark a policy test file. */
const TEST_FILE = /\.test\.ya?ml$/;

function walk(dir: string, shown: string, found: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    // Dependencies and hidden folders (.git) hold no tests of ours.
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
      walk(join(dir, entry.name), join(shown, entry.name), found);
    } else if (entry.isFile() && TEST_FILE.test(entry.name)) {
      found.push(join(shown, entry.name));
    }
  }
}

/**
 * The test files named by `paths`: files as given, folders searched
 * recursively for `*.test.yaml`. Paths stay as the user typed them. A path
 * that does not exist throws a `CallGuardError` (`usage/file-not-found`).
 */
export function findTestFiles(paths: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      throw new CallGuardError('usage/file-not-found', 'no such file or folder', { file: path });
    }
    if (isDirectory) walk(absolute, path, found);
    else found.push(path);
  }
  return [...new Set(found)];
}
