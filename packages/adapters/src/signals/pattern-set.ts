import { SIGNAL_BEHAVIOURS, type Behaviour } from '@callguard/dsl';
import type { Catalogue, Pattern } from './patterns/pattern.js';

/** Called for every match of a curated pattern: its behaviour, the pattern, and the match's offsets (end exclusive). */
export type PatternVisitor = (behaviour: Behaviour, pattern: Pattern, start: number, end: number) => void;

/**
 * One language's curated patterns, compiled once for the detector's hot
 * path. Most utterances match no pattern of most behaviours, and running a
 * hundred regexes one after another over each utterance is where the time
 * went; so each behaviour also gets a gate, one regex that is the
 * alternation of all its patterns, and its patterns run only when the gate
 * finds something. A gate matches exactly when one of its patterns does
 * (same sources, same flags, no backreferences), so no match is lost.
 */
export class PatternSet {
  readonly #groups: readonly { readonly behaviour: Behaviour; readonly gate: RegExp; readonly patterns: readonly Pattern[] }[];

  constructor(catalogue: Catalogue) {
    this.#groups = SIGNAL_BEHAVIOURS.flatMap((behaviour) => {
      const patterns = catalogue[behaviour];
      if (patterns.length === 0) return [];
      for (const { id, regex } of patterns) {
        if (regex.flags !== 'gu' || /\\[1-9k]/.test(regex.source)) {
          throw new Error(`pattern \`${behaviour}/${id}\` must be built by \`re\` (flags gu) and use no backreference`);
        }
      }
      const gate = new RegExp(patterns.map(({ regex }) => `(?:${regex.source})`).join('|'), 'u');
      return [{ behaviour, gate, patterns }];
    });
  }

  /** Visits every match of every pattern in `read` (the normalized, lowercased, folded utterance). */
  forEachMatch(read: string, visit: PatternVisitor): void {
    for (const { behaviour, gate, patterns } of this.#groups) {
      if (!gate.test(read)) continue;
      for (const pattern of patterns) {
        const { regex } = pattern;
        regex.lastIndex = 0;
        // exec on the shared regex rather than matchAll, which copies the regex on every call.
        for (let match = regex.exec(read); match !== null; match = regex.exec(read)) {
          const start = match.index;
          const end = start + match[0].length;
          if (end === start) regex.lastIndex++;
          visit(behaviour, pattern, start, end);
        }
      }
    }
  }
}
