import type { Source } from './source.js';

/**
 * A range of a source, as UTF-16 offsets `[start, end)`. Line and column are
 * computed from the source on demand, so nodes stay small.
 */
export interface Span {
  readonly source: Source;
  readonly start: number;
  readonly end: number;
}

/** The span that covers both `a` and `b` (which must share a source). */
export function joinSpans(a: Span, b: Span): Span {
  return { source: a.source, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/**
 * The text of a 1-based line without the blanks around it: where a problem
 * with a whole line of a file (a transcript line, a JSONL event) points.
 */
export function lineSpan(source: Source, line: number): Span {
  const range = source.lineRange(Math.max(1, line));
  const text = source.body.slice(range.start, range.end);
  return { source, start: range.start + (text.length - text.trimStart().length), end: range.start + text.trimEnd().length };
}
