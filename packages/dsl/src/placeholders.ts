/**
 * Placeholders in a script's words: `{callback_number}`, `{customer_name}`,
 * or any name a policy declares with `placeholder`. A placeholder is a name
 * (as the language writes names) between braces; any other brace is text.
 */
import type { Text } from './ast.js';
import type { Span } from './span.js';

/** One placeholder written in a text: its name and the offsets of `{name}`. */
export interface PlaceholderUse {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const PLACEHOLDER = /\{([\p{L}_][\p{L}\p{M}\p{Nd}_]*)\}/gu;

/** The placeholders in `text`, in order, repeats included. */
export function placeholdersIn(text: string): PlaceholderUse[] {
  const uses: PlaceholderUse[] = [];
  // Most scripts have none: skip the expression for them.
  if (!text.includes('{')) return uses;
  for (const m of text.matchAll(PLACEHOLDER)) uses.push({ name: m[1]!, start: m.index, end: m.index + m[0].length });
  return uses;
}

/**
 * Each placeholder of a quoted text with the span of its `{name}` in the
 * source. Escapes never touch a placeholder, so the placeholders of the
 * source between the quotes are those of the value, in the same order;
 * should they differ, each is given the whole text's span.
 */
export function placeholderSpans(text: Text): { readonly name: string; readonly span: Span }[] {
  const { source, start, end } = text.span;
  const uses = placeholdersIn(text.value);
  if (uses.length === 0) return [];
  const written = placeholdersIn(source.body.slice(start, end));
  const exact = written.length === uses.length && written.every((w, i) => w.name === uses[i]!.name);
  return uses.map((use, i) => ({
    name: use.name,
    span: exact ? { source, start: start + written[i]!.start, end: start + written[i]!.end } : text.span,
  }));
}
