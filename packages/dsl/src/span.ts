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
