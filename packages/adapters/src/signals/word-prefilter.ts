import { SyntaxKind, type BlacklistedTerm, type Node, type TransformerContainer, type TransformerFn } from 'obscenity';

/**
 * Tells, cheaply and exactly, which of obscenity's terms could match a text,
 * so its matcher (which runs each of its ~120 word patterns separately,
 * copying each on every call) runs only the few terms that do, and only on
 * the few utterances that hold one. Built once from the same terms and
 * transformers the matcher is given: the text is transformed as the matcher
 * transforms it (look-alike characters, leetspeak, case, repeated letters),
 * then searched by one regex that is the alternation of every term's
 * pattern, compiled as obscenity compiles it; only when that finds
 * something is each term's own pattern tried. A term is a candidate exactly
 * when the matcher would match it before its whitelist, which only removes
 * matches, so no word is lost.
 */
export class WordPrefilter<T> {
  readonly #gate: RegExp;
  readonly #terms: readonly { readonly regex: RegExp; readonly value: T }[];
  /** The leading transformers that map one character to one, whatever came before (all but the repeated letters). */
  readonly #simple: readonly TransformerFn[];
  /**
   * What the simple transformers make of each character of the Basic
   * Multilingual Plane seen so far ({@link UNKNOWN} if not yet seen,
   * {@link DROPPED} if they drop it): they are pure, so each is worked out once.
   */
  readonly #simpleOf = new Int32Array(0x10000).fill(UNKNOWN);
  readonly #stateful: readonly TransformerContainer[];

  /** `terms` pairs each term with what {@link candidates} returns for it (its own matcher, say). */
  constructor(terms: readonly { readonly term: BlacklistedTerm; readonly value: T }[], transformers: readonly TransformerContainer[]) {
    this.#terms = terms.map(({ term, value }) => ({ regex: new RegExp(patternSource(term.pattern), 's'), value }));
    this.#gate = new RegExp(this.#terms.map(({ regex }) => `(?:${regex.source})`).join('|'), 's');
    const firstStateful = transformers.findIndex((t) => 'factory' in t);
    const cut = firstStateful === -1 ? transformers.length : firstStateful;
    this.#simple = transformers.slice(0, cut).map((t) => ('factory' in t ? t.factory().transform : t.transform));
    this.#stateful = transformers.slice(cut);
  }

  /** The values of the terms that match `text` once transformed, in the order the terms were given. */
  candidates(text: string): T[] {
    const transformed = this.#transform(text);
    if (!this.#gate.test(transformed)) return [];
    return this.#terms.filter(({ regex }) => regex.test(transformed)).map(({ value }) => value);
  }

  /** `text` as the matcher's transformers turn it, code point by code point, in their order. */
  #transform(text: string): string {
    // Stateful transformers (repeated letters) start afresh for each text.
    const steps = this.#stateful.map((t) => ('factory' in t ? t.factory() : t));
    let transformed = '';
    for (let i = 0; i < text.length; i++) {
      const point = text.codePointAt(i) ?? 0;
      if (point > 0xffff) i++;
      let code = this.#simpleTransform(point);
      for (let s = 0; s < steps.length && code !== undefined; s++) code = steps[s]?.transform(code);
      if (code !== undefined) transformed += String.fromCodePoint(code);
    }
    return transformed;
  }

  #simpleTransform(code: number): number | undefined {
    const known = code < 0x10000 ? (this.#simpleOf[code] ?? UNKNOWN) : UNKNOWN;
    if (known !== UNKNOWN) return known === DROPPED ? undefined : known;
    let transformed: number | undefined = code;
    for (let i = 0; i < this.#simple.length && transformed !== undefined; i++) transformed = this.#simple[i]?.(transformed);
    if (code < 0x10000) this.#simpleOf[code] = transformed ?? DROPPED;
    return transformed;
  }
}

const UNKNOWN = -2;
const DROPPED = -1;

/** A parsed obscenity pattern as regex source, the way obscenity's own matcher compiles it. */
function patternSource(pattern: BlacklistedTerm['pattern']): string {
  const body = pattern.nodes.map(nodeSource).join('');
  return `${pattern.requireWordBoundaryAtStart ? '\\b' : ''}${body}${pattern.requireWordBoundaryAtEnd ? '\\b' : ''}`;
}

function nodeSource(node: Node): string {
  switch (node.kind) {
    case SyntaxKind.Literal:
      return String.fromCodePoint(...node.chars).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    case SyntaxKind.Optional:
      return `(?:${nodeSource(node.childNode)})?`;
    case SyntaxKind.Wildcard:
      return '.';
  }
}
