/**
 * The table of fields in docs/language.md is the language's list: every
 * field a condition can read has a row, and no field has two.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../test/policy-files.js';
import { FIELDS, KEYED_FIELDS } from './vocabulary.js';

/** The names in the first column of the table under "Fields a condition can read". */
function documentedFields(): string[] {
  const text = readFileSync(join(ROOT, 'docs/language.md'), 'utf8');
  const table = text.slice(text.indexOf('Fields a condition can read:')).split('\n\n')[1]!;
  return table
    .split('\n')
    .slice(2)
    .flatMap((row) => [...row.split('|')[1]!.matchAll(/`([a-z0-9_.]+)`/g)].map((m) => m[1]!));
}

describe('docs/language.md, "Fields a condition can read"', () => {
  const names = documentedFields();

  it('names each field once', () => {
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('has a row for every field, and for every keyed field with an example key', () => {
    const plain = Object.entries(FIELDS).flatMap(([root, members]) => Object.keys(members).map((m) => `${root}.${m}`));
    for (const field of plain) expect(names).toContain(field);
    const keyed = Object.entries(KEYED_FIELDS).flatMap(([root, members]) => Object.keys(members).map((m) => `${root}.${m}.`));
    for (const prefix of keyed) expect(names.some((n) => n.startsWith(prefix))).toBe(true);
  });
});
