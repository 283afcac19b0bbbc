import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from './fold.js';
import type { Language } from './language.js';
import { lowerCase, normalize } from './normalize.js';
import { PatternSet } from './pattern-set.js';
import { PATTERNS } from './patterns/catalogue.js';
import { ES_PATTERNS } from './patterns/es.js';
import { JA_PATTERNS } from './patterns/ja.js';
import { KO_PATTERNS } from './patterns/ko.js';
import { re, type Catalogue, type Pattern } from './patterns/pattern.js';
import { parseLabelledSamples } from './samples.js';

// The gates must be exact: a match a gate hides is a threat or an insult the
// detector stops seeing. Checked against running every pattern, on the
// development sets and on texts shuffled together from their words.

const CATALOGUES: Readonly<Record<Language, Catalogue>> = {
  en: PATTERNS,
  es: ES_PATTERNS,
  ja: JA_PATTERNS,
  ko: KO_PATTERNS,
};

/** Every match of every pattern, found one pattern at a time. */
function everyMatch(catalogue: Catalogue, read: string): string[] {
  const found: string[] = [];
  for (const [behaviour, patterns] of Object.entries(catalogue)) {
    for (const { id, regex } of patterns) {
      for (const match of read.matchAll(regex)) found.push(`${behaviour}/${id}@${match.index}+${match[0].length}`);
    }
  }
  return found.sort();
}

function gatedMatches(set: PatternSet, read: string): string[] {
  const found: string[] = [];
  set.forEachMatch(read, (behaviour, { id }, start, end) => found.push(`${behaviour}/${id}@${start}+${end - start}`));
  return found.sort();
}

describe.each(Object.keys(CATALOGUES) as Language[])('PatternSet (%s)', (language) => {
  const catalogue = CATALOGUES[language];
  const set = new PatternSet(catalogue);
  const reads = parseLabelledSamples(
    readFileSync(new URL(`../../../../test/fixtures/utterances/${language}/labelled.jsonl`, import.meta.url), 'utf8'),
  ).map(({ text }) => fold(lowerCase(normalize(text)), language));

  it('finds every match of every pattern on the development set', () => {
    for (const read of reads) expect(gatedMatches(set, read), read).toEqual(everyMatch(catalogue, read));
  });

  it('finds every match of every pattern on texts made from the development set\'s words', () => {
    const pieces = [...new Set(reads.flatMap((read) => read.split(/(?<=\s)/u)))];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (read) => {
        expect(gatedMatches(set, read)).toEqual(everyMatch(catalogue, read));
      }),
      { numRuns: 300 },
    );
  });
});

describe('PatternSet', () => {
  const only = (pattern: Pattern) => ({ ...PATTERNS, threat: [pattern] });

  it('refuses a pattern its gate could not stand for', () => {
    expect(() => new PatternSet(only({ id: 'echo', regex: re('(kill)\\s+\\1'), weight: 0.9 }))).toThrow(/backreference/);
    expect(() => new PatternSet(only({ id: 'flags', regex: /kill/giu, weight: 0.9 }))).toThrow(/flags gu/);
  });
});
