import type { Behaviour } from '@callguard/dsl';

/**
 * One curated pattern. Patterns are matched against the normalized,
 * lowercased utterance (see `normalize.ts`); `weight` is the confidence a
 * plain, unqualified match gives its behaviour.
 */
export interface Pattern {
  /** Stable id, unique within its behaviour, for tests and explanations. */
  readonly id: string;
  readonly regex: RegExp;
  readonly weight: number;
  /**
   * The confidence when the match is aimed at a person ("damn you" vs "this
   * damn printer"). Only profanity patterns set it: they need an addressee to
   * count as cursing at the agent.
   */
  readonly directedWeight?: number;
  /**
   * Whether a negation just before or inside the match ("I would never hurt
   * you") cancels most of it. Off for patterns that are negative by nature
   * ("I'm not giving you my date of birth", "your kids aren't safe").
   */
  readonly negatable?: boolean;
}

/**
 * Builds a global, unicode regex from source fragments, so shared word lists
 * can be spliced into patterns. Patterns match the normalized, lowercased
 * utterance (see `normalize.ts`), so the source is normalized (NFKC: "ㅅ"
 * reads as the jamo "ᄉ", as in the text) and lowercased here too, all
 * but its escapes (`\S`, `\p{L}`): in V8 a case-insensitive unicode regex
 * runs several times slower than a case-sensitive one over lowercase text.
 */
export function re(...parts: readonly string[]): RegExp {
  const source = parts
    .join('')
    .normalize('NFKC')
    .replace(SOURCE_TOKEN, (token) => (token.startsWith('\\') ? token : token.toLowerCase()));
  return new RegExp(source, 'gu');
}

/** An escape (`\p{...}` or a backslash and one character), or a run of anything else. */
const SOURCE_TOKEN = /\\[pP]\{[^}]*\}|\\.|[^\\]+/gsu;

/** One language's curated patterns, keyed by the whole vocabulary. */
export type Catalogue = Readonly<Record<Behaviour, readonly Pattern[]>>;

/**
 * A language's catalogue from the patterns of each behaviour it must decide
 * on. Keyed by every behaviour but two, so a new behaviour cannot be added
 * without deciding how each language detects it: `slur` may be left out
 * (slurs are words, found by the word lists) and `repeated_request` always
 * is (the engine works it out from the utterances' request labels, not
 * from words).
 */
export function catalogue(
  patterns: Readonly<Record<Exclude<Behaviour, 'slur' | 'repeated_request'>, readonly Pattern[]>> & { readonly slur?: readonly Pattern[] },
): Catalogue {
  return { slur: [], ...patterns, repeated_request: [] };
}
