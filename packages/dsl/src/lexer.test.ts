import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

const lex = (text: string): string[] => tokenize(text).tokens.map((t) => `${t.tokenType.name}:${t.image}`);

describe('lexer', () => {
  it('tells keywords from names that start with them', () => {
    expect(lex('with within withheld or order on one do document')).toEqual([
      'With:with', 'Within:within', 'Name:withheld', 'Or:or', 'Name:order', 'On:on', 'Name:one', 'Do:do', 'Name:document',
    ]);
  });

  it('reads dates, durations and numbers', () => {
    expect(lex('2026-12-01 30s 10m 10x 1.5h 3 0.7 -1')).toEqual([
      'Date:2026-12-01', 'Duration:30s', 'Duration:10m', 'Duration:10x', 'Duration:1.5h', 'Number:3', 'Number:0.7', 'Number:-1',
    ]);
  });

  it('reads a diagnostic\'s code as one word, and leaves other hyphens as they were', () => {
    expect(lex('acknowledge no-vulnerable-rule shadowed-rule')).toEqual(['Acknowledge:acknowledge', 'CodeName:no-vulnerable-rule', 'CodeName:shadowed-rule']);
    // The hyphens go to the unknown characters, as before: `parse` reports each.
    expect(lex('Foo-bar a_b-c')).toEqual(['Name:Foo', 'Name:bar', 'Name:a_b', 'Name:c']);
  });

  it('reads names in any script', () => {
    expect(lex('警告 avertissement_1 gruppe_ä नमस्ते')).toEqual([
      'Name:警告', 'Name:avertissement_1', 'Name:gruppe_ä', 'Name:नमस्ते',
    ]);
  });

  it('reads strings, keeps comments aside and marks bad quotes', () => {
    const result = tokenize('"a \\" b" # note\n"open\n\u201ccurly\u201d');
    expect(result.tokens.map((t) => t.tokenType.name)).toEqual(['String', 'UnterminatedString', 'WrongQuotesString']);
    expect(result.groups['comments']?.map((t) => t.image)).toEqual(['# note']);
  });

  it('matches runs of unknown characters as one token', () => {
    const result = tokenize('a @@;; b ! c - d \u00a0');
    expect(result.errors).toEqual([]);
    expect(result.groups['unknown']?.map((t) => t.image)).toEqual(['@@;;', '!', '-', '\u00a0']);
    expect(result.tokens.map((t) => t.image)).toEqual(['a', 'b', 'c', 'd']);
  });
});
