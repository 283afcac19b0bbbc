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
    return this.#quoted(start) || REPORTING.test(this.#clauseBefore(start));
  }

  /** Whether `start` is inside a quoted span: a binary search, the spans being sorted and disjoint. */
  #quoted(start: number): boolean {
    let low = 0;
    let high = this.#quotes.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [from, to] = this.#quotes[middle] ?? [0, 0];
      if (start < from) high = middle - 1;
      else if (start >= to) low = middle + 1;
      else return true;
    }
    return false;
  }

  // Clauses are read at most WINDOW characters from the match, so each
  // match costs the same however long the utterance is.

  #clauseBefore(start: number): string {
    const text = this.#text.slice(Math.max(0, start - WINDOW), start);
    let boundary = -1;
    for (const c of BOUNDARIES) boundary = Math.max(boundary, text.lastIndexOf(c));
    return text.slice(boundary + 1);
  }

  #clauseAfter(end: number): string {
    const text = this.#text.slice(end, end + WINDOW);
    const found = text.search(BOUNDARY);
    return found === -1 ? text : text.slice(0, found);
  }
}

/** How far before or after a match its clause is read, in characters. */
const WINDOW = 120;

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
/** Double-quoted spans, and single-quoted ones (up to 200 characters) whose quotes are not apostrophes. */
const QUOTED = /"[^"]*"|(?<![\p{L}\p{N}])'.{0,200}?'(?![\p{L}\p{N}])/gu;
/** A reporting verb whose subject is not the speaker or the listener. */
const REPORTING = /(?<!\b(?:i|we|you)\s+)\b(?:said|says|told|tells|telling|saying|texted|wrote|writes|yelled|yells|shouted|shouts|shouting|screamed|threatened|goes)\b/i;
const HEDGE = /\b(?:lol|lmao|rofl|haha\w*|jk|just (?:kidding|joking)|only joking)\b/i;
const SECOND_PERSON = /\b(?:you|your|you're|youre|ya|u|ur|yourself|yourselves|yours)\b/i;
