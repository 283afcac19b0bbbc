import { describe, expect, it } from 'vitest';
import { diagnostic, formatDiagnostic, printable } from './diagnostic.js';
import { MAX_FRAME_WIDTH } from './limits.js';
import { Source } from './source.js';

function frame(body: string, start: number, end: number): string[] {
  const source = new Source(body, 'p.policy');
  return formatDiagnostic(diagnostic('check/unknown-script', 'error', 'unknown script `x`', { source, start, end })).split('\n');
}

describe('formatDiagnostic', () => {
  it('cuts a long line around the span and keeps the exact column in the heading', () => {
    const body = `${'a'.repeat(1_000_000)}BAD${'b'.repeat(1_000_000)}`;
    const [head, , line, caret] = frame(body, 1_000_000, 1_000_003);
    expect(head).toBe('p.policy:1:1000001: error[check/unknown-script]: unknown script `x`');
    expect(line).toBe(`1 | …${'a'.repeat(40)}BAD${'b'.repeat(MAX_FRAME_WIDTH - 43)}…`);
    expect(caret).toBe(`  |  ${' '.repeat(40)}^^^`);
  });

  it('shows the end of a long line whole when the span is there', () => {
    const body = `${'a'.repeat(500)}END`;
    const [, , line, caret] = frame(body, 500, 503);
    expect(line).toBe(`1 | …${'a'.repeat(MAX_FRAME_WIDTH - 3)}END`);
    expect(caret).toBe(`  |  ${' '.repeat(MAX_FRAME_WIDTH - 3)}^^^`);
  });

  it('prints control, bidirectional and invisible characters as visible ones, one column each', () => {
    const body = 'script s "\u001b[2J\u202etxt\u200b" bad';
    const [, , line, caret] = frame(body, body.indexOf('bad'), body.length);
    expect(line).toBe('1 | script s "\u241b[2J\ufffdtxt\ufffd" bad');
    expect(caret).toBe(`  | ${' '.repeat(body.indexOf('bad'))}^^^`);
    expect(line).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
  });
});

describe('printable', () => {
  it('keeps ordinary text, tabs and line breaks as they are', () => {
    const text = 'Caller said:\t"fix it"\nnext line — 日本語';
    expect(printable(text)).toBe(text);
  });

  it('shows escape sequences, bidirectional overrides and invisible characters instead of obeying them', () => {
    expect(printable('\u001b]0;owned\u0007\u001b[2Jhi\u202e\u2066\u200b\u0085\r')).toBe('\u241b]0;owned\u2407\u241b[2Jhi\ufffd\ufffd\ufffd\ufffd\u240d');
  });
});
