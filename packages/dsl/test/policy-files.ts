/**
 * Test support: reads policy files and resolves `extends "name"` the way the
 * CLI does, by the policy name declared in the files of the given folders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Source } from '../src/source.js';
import type { CheckOptions } from '../src/check/check.js';

export const ROOT = resolve(import.meta.dirname, '../../..');

export function policyFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder))
    .filter((f) => f.endsWith('.policy'))
    .sort()
    .map((f) => join(folder, f));
}

export function readPolicy(path: string): Source {
  return new Source(readFileSync(join(ROOT, path), 'utf8'), path);
}

/** Resolves `extends "name"` to the file in `folders` declaring that policy name, or a `.policy` path. */
export function resolverFor(...folders: string[]): NonNullable<CheckOptions['resolve']> {
  const byName = new Map<string, string>();
  for (const folder of folders) {
    for (const path of policyFiles(folder)) {
      const name = /policy\s+"([^"]*)"/.exec(readPolicy(path).body)?.[1];
      if (name !== undefined && !byName.has(name)) byName.set(name, path);
    }
  }
  return (ref) => {
    const path = ref.endsWith('.policy') ? ref : byName.get(ref);
    if (path === undefined) return { error: `no policy named \`${ref}\` in ${folders.join(', ')}` };
    try {
      return { source: readPolicy(path) };
    } catch {
      return { error: `cannot read \`${path}\`` };
    }
  };
}
