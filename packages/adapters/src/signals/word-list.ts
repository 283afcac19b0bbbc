import naughtyWords from 'naughty-words';
import { fold } from './fold.js';
import type { Language } from './language.js';
import { SLUR_SCORES, type WordHit, type WordScores } from './lexicon.js';
import { lowerCase } from './normalize.js';

/**
 * Which words of a language's list count as what. The list is the
 * maintained List of Dirty, Naughty, Obscene and Otherwise Bad Words
 * (`naughty-words`), made for content filters: it mixes swearing with
 * sexual and drug vocabulary and plain words ("martillo", "女の子"), and has
 * no categories. So, as for English, the tiers are ours and name the list's
 * own entries; entries not named here are not read. A word may sit in
 * several tiers ("pendejo" is strong and an insult).
 */
interface Tiers {
  /** Strong swear words: profanity anywhere, more when aimed. */
  readonly strong: readonly string[];
  /** Mild words: profanity only when aimed at someone. */
  readonly mild: readonly string[];
  /** Insults: rudeness when aimed at someone. */
  readonly insult: readonly string[];
  /** Racial and ethnic slurs. */
  readonly slur: readonly string[];
  /** Homophobic and misogynist slurs: hate speech. */
  readonly hate: readonly string[];
  /** Sexual vocabulary: sexual harassment when aimed at someone. */
  readonly sexual: readonly string[];
}

const TIERS: Readonly<Record<Exclude<Language, 'en'>, Tiers>> = {
  es: {
    strong: [
      'Cabrón', 'Coño', 'Gilipollas', 'Hija de puta', 'Hijaputa', 'Hijo de puta', 'Hijoputa', 'Jilipollas', 'Kapullo',
      'Mierda', 'Pendejo', 'Puta', 'Soplapollas', 'Chupapollas', 'vete a la mierda', 'Verga', 'Lameculos', 'Maricón',
    ],
    mild: ['Culo', 'maldito', 'Pinche'],
    insult: [
      'Cabrón', 'Gilipollas', 'Hija de puta', 'Hijaputa', 'Hijo de puta', 'Hijoputa', 'Jilipollas', 'Kapullo', 'Pendejo',
      'Soplapollas', 'Chupapollas', 'Lameculos', 'Idiota', 'Imbécil', 'Maricón',
    ],
    slur: [],
    hate: ['Maricón', 'Marica', 'Mariconazo', 'Bollera'],
    sexual: ['Mamada', 'Follar', 'Sexo oral', 'Tetas grandes', 'Macizorra', 'Tía buena'],
  },
  ja: {
    strong: ['ファック', 'マザー・ファッカー'],
    mild: [],
    insult: ['ビッチ', 'マザー・ファッカー', 'デブ', '変態'],
    slur: ['ニガー'],
    hate: ['オカマ', 'ホモ'],
    sexual: ['おっぱい', 'まんこ', 'ちんこ', 'セックス', 'パンティー', 'オナニー', 'ヌード'],
  },
  ko: {
    strong: ['씨발', '씨팔', '씨발놈', '개새끼', '개자식', '좆', '개좆', '병신', '씹새끼', '미친새끼', '니기미', '염병', '옘병', '쌍놈', '후레아들', '좆만', '잡년'],
    mild: [],
    insult: ['씨발놈', '개새끼', '개자식', '병신', '씹새끼', '미친새끼', '쌍놈', '또라이', '후레아들', '잡년'],
    slur: ['짱깨', '쪽바리', '뙤놈'],
    hate: [],
    sexual: ['보지', '자지', '섹스', '딸딸이', '후장'],
  },
};

/** The scores of each tier, as in the English lexicon (`lexicon.ts`). */
const TIER_SCORES: Readonly<Record<Exclude<keyof Tiers, 'slur'>, WordScores>> = {
  strong: { profanity: { plain: 0.75, directed: 0.95 } },
  mild: { profanity: { plain: 0.3, directed: 0.7 } },
  insult: { rudeness: { plain: 0.3, directed: 0.75 } },
  hate: { hate_speech: { plain: 0.75, directed: 0.9 } },
  sexual: { sexual_harassment: { plain: 0.3, directed: 0.75 } },
};

/**
 * Finds the words of one language's tiers in the folded, lowercased text
 * the patterns read: Spanish on word boundaries, Japanese and Korean (no
 * spaces between words, or particles glued on) anywhere.
 */
export class WordList {
  readonly #regex: RegExp;
  readonly #scores: ReadonlyMap<string, WordScores>;

  constructor(language: Exclude<Language, 'en'>) {
    const listed = new Set<string>(naughtyWords[language]);
    const scores = new Map<string, WordScores>();
    for (const [tier, words] of Object.entries(TIERS[language]) as [keyof Tiers, readonly string[]][]) {
      for (const word of words) {
        if (!listed.has(word)) throw new Error(`\`${word}\` is not in naughty-words' ${language} list`);
        const key = fold(lowerCase(word.normalize('NFKC')), language);
        scores.set(key, merge(scores.get(key), tier === 'slur' ? SLUR_SCORES : TIER_SCORES[tier]));
      }
    }
    const alternatives = [...scores.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
    this.#regex = new RegExp(language === 'es' ? `\\b(?:${alternatives})\\b` : `(?:${alternatives})`, 'gu');
    this.#scores = scores;
  }

  /** The words in `folded`, in order of position. */
  find(folded: string): WordHit[] {
    const hits: WordHit[] = [];
    for (const match of folded.matchAll(this.#regex)) {
      const scores = this.#scores.get(match[0]);
      if (scores !== undefined) hits.push({ start: match.index, end: match.index + match[0].length, scores });
    }
    return hits;
  }
}

function merge(a: WordScores | undefined, b: WordScores): WordScores {
  return a === undefined ? b : { ...a, ...b };
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
