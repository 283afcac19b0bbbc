/**
 * Meta-tests of the policy pages under docs/diagnostics: each example
 * triggers its code, and every list of valid names a page gives is the
 * language's whole list (the pairing of codes and pages is tested with the
 * registry, in @callguard/contract).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODES, codeDocPath } from '@callguard/contract';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/policy-files.js';
import * as vocabulary from '../vocabulary.js';
import { checkText } from './check.js';

const page = (code: (typeof CODES)[number]) => readFileSync(join(ROOT, codeDocPath(code)), 'utf8');
const policyCodes = CODES.filter((c) => c.startsWith('parse/') || c.startsWith('check/'));

/** Every list of words the language knows, by its name in vocabulary.ts. */
const WORD_LISTS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(vocabulary as Record<string, unknown>).filter((e): e is [string, readonly string[]] => Array.isArray(e[1])),
);

/**
 * The runs of three or more backticked names written as a list (`a`, `b` or
 * `c`) in a text, except those introduced as examples ("such as", "e.g.").
 */
function namedLists(text: string): string[][] {
  const lists: string[][] = [];
  for (const m of text.matchAll(/(?:`[a-z_]+`(?:,? (?:or|and) |, ))+`[a-z_]+`/g)) {
    const before = text.slice(Math.max(0, m.index - 14), m.index);
    if (/(such as|e\.g\.|for example|like) $/.test(before)) continue;
    const names = [...m[0].matchAll(/`([a-z_]+)`/g)].map((n) => n[1]!);
    if (names.length >= 3) lists.push(names);
  }
  return lists;
}

describe('diagnostic pages of policies', () => {
  it.each(policyCodes.filter((c) => page(c).includes('```policy')))('the example on the page of %s triggers it', (code) => {
    const text = page(code);
    const example = /```policy\n([\s\S]*?)```/.exec(text)![1]!;
    const severity = /Severity: \*\*(\w+)\*\*/.exec(text)?.[1];
    const { diagnostics } = checkText(example, 'example.policy');
    expect(diagnostics.map((d) => `${d.code} ${d.severity}`)).toContain(`${code} ${severity}`);
  });

  it('finds the lists it checks', () => {
    expect(namedLists('one of `a`, `b` or `c`; such as `d`, `e`, `f`')).toEqual([['a', 'b', 'c']]);
  });

  it('gives every list of the language\'s words in full, on every page', () => {
    const wrong: string[] = [];
    for (const file of readdirSync(join(ROOT, 'docs/diagnostics')).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(ROOT, 'docs/diagnostics', file), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const names of namedLists(text)) {
        const owners = Object.entries(WORD_LISTS).filter(([, words]) => names.every((n) => words.includes(n)));
        if (owners.length === 0) continue;
        const whole = owners.some(([, words]) => words.length === new Set(names).size);
        if (!whole) {
          const [name, words] = owners.reduce((a, b) => (b[1].length < a[1].length ? b : a));
          wrong.push(`${file}: lists ${names.join(', ')}; ${name} is ${words.join(', ')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
