/** Finds the policies a policy file extends, on disk beside it. */
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import { Source, type CheckOptions } from '@callguard/dsl';
import { readUserFile } from '../files/read-user-file.js';

/** Shows paths relative to the working directory, as the user typed them. */
function displayName(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel.startsWith('..') ? absolute : rel;
}

/**
 * Finds the base policy named in `extends "ref"`: a relative path when the
 * reference ends in `.policy`, otherwise `<ref>.policy` beside the file, or
 * any `.policy` file beside it that declares `policy "<ref>"`. Bases are read
 * only from `roots` (links followed), as regular files of at most `maxBytes`,
 * so a policy from an untrusted change cannot make a CI run read, print or
 * hang on anything else.
 */
export function policyFileResolver(cwd: string, roots: readonly string[], maxBytes: number): NonNullable<CheckOptions['resolve']> {
  const limits = { maxBytes, roots };
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

