import type { ContextCues } from './context-cues.js';

/**
 * What around a match changes how much it counts, read once per utterance:
 * negation ("I would never hurt you"), reported or quoted speech ("my ex said
 * he'd kill me", `the game says "you will die"`), hedging ("lol") and whether
 * a word is aimed at someone ("fuck you" vs "this fucking phone"). The words
 * that signal each are the language's {@link ContextCues}.
 * Deliberately shallow: a few words either side within the clause, no parsing.
 */
export class UtteranceContext {
  readonly #text: string;
  readonly #cues: ContextCues;
  readonly #quotes: readonly (readonly [number, number])[];
  readonly #hedged: boolean;

  /** `text` is the utterance as the patterns read it: normalized and lowercased. */
  constructor(text: string, cues: ContextCues) {
    this.#text = text;
    this.#cues = cues;
    this.#quotes = [...text.matchAll(cues.quoted)].map((m) => [m.index, m.index + m[0].length] as const);
    this.#hedged = cues.hedge.test(text);
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

  /**
   * Whether a second-person word is near, within the clause: among the six
   * words before or the three after, or in a language written without spaces
   * within twelve characters before or eight after.
   */
  directed(start: number, end: number): boolean {
    const { secondPerson, spaced } = this.#cues;
    if (!spaced) return secondPerson.test(this.#clauseBefore(start).slice(-12)) || secondPerson.test(this.#clauseAfter(end).slice(0, 8));
    // Counted from the edges of the words the match sits in ("pissed" for "piss").
    const before = words(this.#clauseBefore(start).replace(/\p{L}+$/u, '')).slice(-6).join(' ');
    const after = words(this.#clauseAfter(end).replace(/^\p{L}+/u, '')).slice(0, 3).join(' ');
    return secondPerson.test(before) || secondPerson.test(after);
  }

  #negated(start: number, end: number): boolean {
    const { negation, negationAfter, spaced } = this.#cues;
    const clause = this.#clauseBefore(start);
    const before = spaced ? words(clause).slice(-3).join(' ') : clause.slice(-4);
    if (negation.test(`${before} ${this.#text.slice(start, end)}`)) return true;
    return negationAfter !== undefined && negationAfter.test(this.#clauseAfter(end).slice(0, 8));
  }

  #reported(start: number): boolean {
    const { reporting, reportingAfter } = this.#cues;
    if (this.#quoted(start) || reporting.test(this.#clauseBefore(start))) return true;
    return reportingAfter !== undefined && reportingAfter.test(this.#clauseAfter(start));
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
    for (const c of this.#cues.boundaries) boundary = Math.max(boundary, text.lastIndexOf(c));
    return text.slice(boundary + 1);
  }

  #clauseAfter(end: number): string {
    const text = this.#text.slice(end, end + WINDOW);
    const found = text.search(this.#cues.boundary);
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
