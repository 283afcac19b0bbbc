import { FIELDS, KEYED_FIELDS } from '@callguard/dsl';
import { describe, expect, it } from 'vitest';
import { FIELD_DOCS } from './word-docs.js';

describe('field docs', () => {
  it('describe every field a condition can read, and nothing else', () => {
    const fields = [FIELDS, KEYED_FIELDS].flatMap((table) => Object.entries(table).flatMap(([root, members]) => Object.keys(members).map((m) => `${root}.${m}`)));
    expect(Object.keys(FIELD_DOCS).sort()).toEqual([...new Set(fields)].sort());
  });
});
