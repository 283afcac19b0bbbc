import { SIGNAL_BEHAVIOURS, type Behaviour } from '@callguard/dsl';
import { CONTEXT_CUES } from './context-cues.js';
import { UtteranceContext } from './context.js';
import type { Signals } from '@callguard/contract';
import type { SignalDetector, SignalsDraft } from './detector.js';
import { fold } from './fold.js';
import { languageOf, type DetectOptions, type Language } from './language.js';
import { Lexicon, type WordHit } from './lexicon.js';
import { lowerCase, normalize } from './normalize.js';
import { PATTERNS } from './patterns/catalogue.js';
import { ES_PATTERNS } from './patterns/es.js';
import { JA_PATTERNS } from './patterns/ja.js';
import { KO_PATTERNS } from './patterns/ko.js';
import { PatternSet } from './pattern-set.js';
import { shoutingScore } from './shouting.js';
import { WordList } from './word-list.js';

/**
 * The transcript detector's version. Bump it whenever a pattern, a weight, a
 * word list or the scoring changes: decisions record it, and the same text
 * must give the same signals under the same version.
 */
export const TRANSCRIPT_DETECTOR_VERSION = '2.1.0';

/** Right after a word: its plural ending, then "like you". */
const LIKE_YOU = /^\p{L}*\s+like\s+you\b/u;

/** The curated patterns of each language, compiled once. */
const PATTERN_SETS: Readonly<Record<Language, PatternSet>> = {
  en: new PatternSet(PATTERNS),
  es: new PatternSet(ES_PATTERNS),
  ja: new PatternSet(JA_PATTERNS),
  ko: new PatternSet(KO_PATTERNS),
};

/**
 * CallGuard's own detector: turns a customer utterance's text into behaviour
 * confidences, with no I/O and no model, in English, Spanish, Japanese and
 * Korean, the language chosen per utterance (`language.ts`).
 *
 * How a confidence is computed: every word of the language's list
 * (obscenity's English dataset, tiered in `lexicon.ts`; naughty-words for
 * the others, tiered in `word-list.ts`) and every curated pattern of the
 * language (`patterns/`) that matches gives a weight, chosen by whether the match is aimed at
 * someone where that matters (profanity, insults, sexual words); the weight
 * is multiplied by the context factors of `context.ts` (negated ×0.2, quoted
 * or reported ×0.3, joking ×0.5). A behaviour's confidence is the strongest
 * of its matches: more matches do not add up, so a long rant does not reach
 * a confidence no single phrase earned. Shouting (`shouting.ts`) adds to
 * aggression the same way. Confidences are rounded to two decimals; a
 * behaviour with no match is absent.
 */
export class TranscriptDetector implements SignalDetector {
  readonly name = 'callguard-transcript';
  readonly version = TRANSCRIPT_DETECTOR_VERSION;
  readonly #words: Readonly<Record<Language, { find(text: string): WordHit[] }>> = {
    en: new Lexicon(),
    es: new WordList('es'),
    ja: new WordList('ja'),
    ko: new WordList('ko'),
  };

  /**
   * The behaviours detected in `text`, each with a confidence from its
   * strongest pattern. `options.language` is the call's language, where the
   * platform gives one; the script of the text overrides it for Japanese
   * and Korean.
   */
  detect(text: string, options: DetectOptions = {}): Signals {
    const language = languageOf(text, options.language);
    const read = fold(lowerCase(normalize(text)), language);
    const context = new UtteranceContext(read, CONTEXT_CUES[language]);
    const found = new Map<Behaviour, number>();
    const raise = (behaviour: Behaviour, confidence: number): void => {
      if (confidence > (found.get(behaviour) ?? 0)) found.set(behaviour, confidence);
    };

    for (const hit of this.#words[language].find(read)) {
      const directed = context.directed(hit.start, hit.end);
      const factor = context.factor(hit.start, hit.end, false);
      for (const behaviour of SIGNAL_BEHAVIOURS) {
        const scores = hit.scores[behaviour];
        if (scores !== undefined) raise(behaviour, (directed ? scores.directed : scores.plain) * factor);
      }
      // A slur generalised onto the agent ("... like you") is an attack on the group too.
      if (hit.scores.slur !== undefined && LIKE_YOU.test(read.slice(hit.end, hit.end + 40))) raise('hate_speech', 0.85 * factor);
    }
    PATTERN_SETS[language].forEachMatch(read, (behaviour, pattern, start, end) => {
      const weight = pattern.directedWeight !== undefined && context.directed(start, end) ? pattern.directedWeight : pattern.weight;
      raise(behaviour, weight * context.factor(start, end, pattern.negatable === true));
    });
    raise('aggression', shoutingScore(text.normalize('NFKC')));

    const signals: SignalsDraft = {};
    for (const [behaviour, confidence] of found) {
      const rounded = Math.round(confidence * 100) / 100;
      if (rounded > 0) signals[behaviour] = rounded;
    }
    return signals;
  }
}
