/** Spans for words the syntax tree does not keep a node for, such as `immediately`. */
import type { Comment } from '../ast.js';
import type { Span } from '../span.js';

/** The span of the keyword `word` within `span` (outside comments), else `span` itself. */
export function keywordSpan(span: Span, word: string, comments: readonly Comment[]): Span {
  const text = span.source.body.slice(span.start, span.end);
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{Nd}_])${word}(?![\\p{L}\\p{M}\\p{Nd}_])`, 'gu');
  for (const m of text.matchAll(pattern)) {
    const start = span.start + m.index;
    if (!comments.some((c) => c.span.start <= start && start < c.span.end)) {
      return { source: span.source, start, end: start + word.length };
    }
  }
  return span;
}

/**
 * `span` widened to take in the words written just before and after it:
 * `supervisor` becomes `to supervisor`, `2` becomes `up to 2 times`.
 */
export function widen(span: Span, before: RegExp, after?: RegExp): Span {
  const body = span.source.body;
  const from = Math.max(0, span.start - 40);
  const lead = new RegExp(`(?:${before.source})\\s*$`).exec(body.slice(from, span.start));
  const trail = after ? new RegExp(`^\\s*(?:${after.source})`).exec(body.slice(span.end, span.end + 40)) : null;
  return {
    source: span.source,
    start: lead ? from + lead.index : span.start,
    end: trail ? span.end + trail[0].length : span.end,
  };
}
