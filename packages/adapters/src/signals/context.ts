/**
 * What around a match changes how much it counts, read once per utterance:
 * negation ("I would never hurt you"), reported or quoted speech ("my ex said
 * he'd kill me", `the game says "you will die"`), hedging ("lol") and whether
 * a word is aimed at someone ("fuck you" vs "this fucking phone").
 * Deliberately shallow: a few words either side within the clause, no parsing.
 */
export class UtteranceContext {
  readonly #text: string;
  readonly #quotes: readonly (readonly [number, number])[];
  readonly #hedged: boolean;

  constructor(text: string) {
    this.#text = text;
    this.#quotes = [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
    this.#hedged = HEDGE.test(text);
  }

  /**
   * The factor a match's weight is multiplied by: {@link NEGATED} when
   * `negatable` and a negation is inside the match or among the three words
   * before it, {@link REPORTED} inside quotes or after a reporting verb
   * ("said", "told me") with someone else as its subject, {@link HEDGED} when
   * the utterance is marked as a joke. Factors multiply.
   */
  factor(start: number, end: number, negatable: boolean): number {
    let factor = 1;
    if (negatable && this.#negated(start, end)) factor *= NEGATED;
    if (this.#reported(start)) factor *= REPORTED;
    if (this.#hedged) factor *= HEDGED;
    return factor;
  }

  /** Whether a second-person word is among the six words before or the three after, within the clause. */
  directed(start: number, end: number): boolean {
    // Counted from the edges of the words the match sits in ("pissed" for "piss").
    const before = words(this.#clauseBefore(start).replace(/\p{L}+$/u, '')).slice(-6).join(' ');
    const after = words(this.#clauseAfter(end).replace(/^\p{L}+/u, '')).slice(0, 3).join(' ');
    return SECOND_PERSON.test(before) || SECOND_PERSON.test(after);
  }

  #negated(start: number, end: number): boolean {
    const before = words(this.#clauseBefore(start)).slice(-3).join(' ');
    return NEGATION.test(`${before} ${this.#text.slice(start, end)}`);
  }

  #reported(start: number): boolean {
    if (this.#quotes.some(([from, to]) => start >= from && start < to)) return true;
    return REPORTING.test(this.#clauseBefore(start));
  }

  #clauseBefore(start: number): string {
    const text = this.#text.slice(0, start);
    const boundary = Math.max(...[...BOUNDARIES].map((c) => text.lastIndexOf(c)));
    return text.slice(boundary + 1);
  }

  #clauseAfter(end: number): string {
    const text = this.#text.slice(end);
    const found = text.search(BOUNDARY);
    return found === -1 ? text : text.slice(0, found);
  }
}

function words(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}

/** Weight factor for a negated match. */
const NEGATED = 0.2;
/** Weight factor for quoted or reported speech. */
const REPORTED = 0.3;
/** Weight factor for an utterance marked as a joke. */
const HEDGED = 0.5;

const BOUNDARIES = '.,;:!?"';
const BOUNDARY = /[.,;:!?"]/;
/** Negation cues; "don't make me" and "don't you dare" are commands, not negations. */
const NEGATION = /\b(?:not|never|no|nobody|nothing|no one|neither|nor)\b|n't\b(?!\s+(?:make me|you dare|push me))/i;
/** Double-quoted spans, and single-quoted ones whose quotes are not apostrophes. */
const QUOTED = /"[^"]*"|(?<![\p{L}\p{N}])'.*?'(?![\p{L}\p{N}])/gu;
/** A reporting verb whose subject is not the speaker or the listener. */
const REPORTING = /(?<!\b(?:i|we|you)\s+)\b(?:said|says|told|tells|telling|saying|texted|wrote|writes|yelled|yells|shouted|shouts|shouting|screamed|threatened|goes)\b/i;
const HEDGE = /\b(?:lol|lmao|rofl|haha\w*|jk|just (?:kidding|joking)|only joking)\b/i;
const SECOND_PERSON = /\b(?:you|your|you're|youre|ya|u|ur|yourself|yourselves|yours)\b/i;
