import type { Behaviour } from '@callguard/dsl';
import {
  DataSet,
  RegExpMatcher,
  englishDataset,
  englishRecommendedTransformers,
  englishRecommendedBlacklistMatcherTransformers,
  type EnglishProfaneWord,
} from 'obscenity';
import { EXTRA_SLUR_PHRASES } from './patterns/slur.js';
import { WordPrefilter } from './word-prefilter.js';

/**
 * What a word from the lexicon signals: for each behaviour, the confidence
 * when the word is not aimed at anyone and when it is ("you ..." nearby).
 */
export type WordScores = Partial<Record<Behaviour, { readonly plain: number; readonly directed: number }>>;

/** One word found in an utterance. */
export interface WordHit {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly scores: WordScores;
}

// Tiers of obscenity's English dataset, by the dataset's own word ids. The
// dataset has no category metadata, so the split is ours. Words not listed
// here are strong swear words. The ids name slurs: they are the library's
// identifiers, checked against its `EnglishProfaneWord` type, not patterns.

/** Racial and ethnic slurs: a slur whether aimed or not. */
const SLURS = new Set<EnglishProfaneWord>([
  'abo', 'abeed', 'africoon', 'arabush', 'boonga', 'chingchong', 'chink', 'kike', 'negro', 'nigger',
]);
/** Homophobic, transphobic and ableist slurs: hate speech by the domain's definition. */
const HATE_WORDS = new Set<EnglishProfaneWord>(['fag', 'dyke', 'tranny', 'retard', 'spastic']);
/** Mild swear words: cursing at the agent only when aimed at someone. */
const MILD = new Set<EnglishProfaneWord>(['arse', 'ass', 'bollocks', 'piss', 'turd']);
/** Sexual vocabulary: not swearing; sexual harassment when aimed at the agent. */
const SEXUAL = new Set<EnglishProfaneWord>([
  'anal', 'anus', 'bestiality', 'blowjob', 'boob', 'buttplug', 'cum', 'deepthroat', 'dildo', 'doggystyle',
  'double penetration', 'ejaculate', 'felch', 'fellatio', 'finger bang', 'fisting', 'gangbang', 'handjob',
  'hentai', 'hooker', 'incest', 'jizz', 'lubejob', 'masturbate', 'orgasm', 'orgy', 'penis', 'porn', 'rape',
  'scat', 'semen', 'sex', 'tit', 'vagina',
]);
/** Swear words that are insults when aimed at someone ("you prick"): rudeness too. */
const INSULTS = new Set<EnglishProfaneWord>([
  'ass', 'arse', 'bastard', 'bitch', 'cunt', 'dick', 'prick', 'twat', 'wank', 'whore', 'slut', 'cuck',
]);

/** A slur's scores, in every language. */
export const SLUR_SCORES: WordScores = { slur: { plain: 0.9, directed: 0.95 } };

function scoresOf(word: EnglishProfaneWord): WordScores {
  if (SLURS.has(word)) return SLUR_SCORES;
  if (HATE_WORDS.has(word)) return { hate_speech: { plain: 0.75, directed: 0.9 } };
  if (SEXUAL.has(word)) return { sexual_harassment: { plain: 0.3, directed: 0.75 } };
  const insult = INSULTS.has(word) ? { rudeness: { plain: 0.3, directed: 0.7 } } : {};
  if (MILD.has(word)) return { profanity: { plain: 0.3, directed: 0.7 }, ...insult };
  return { profanity: { plain: 0.75, directed: 0.95 }, ...insult };
}

/**
 * Innocent words and names that contain a listed word, each seen misfiring
 * with the plain dataset (obscenity's own patterns already spare "Scunthorpe",
 * "assassin", "cocktail"). A hit inside one of these spans is dropped.
 */
const WHITELIST = ['cockpit', 'cock-up', 'shiitake', 'retardant', 'cum laude', "dick's sporting"];

/** obscenity's metadata for its own phrases, or ours for the slurs it lacks. */
type Metadata = { readonly originalWord: EnglishProfaneWord } | { readonly extraSlur: true };

/**
 * Finds swear words, slurs and sexual words with obscenity (which reads
 * leetspeak, look-alike characters and stretched letters) and scores them by
 * tier. One instance per detector: building the matchers compiles every pattern.
 */
export class Lexicon {
  readonly #dataset: DataSet<Metadata>;
  /** One matcher per term, so only the terms that could match are run. */
  readonly #prefilter: WordPrefilter<RegExpMatcher>;

  constructor() {
    const dataset = new DataSet<Metadata>().addAll(englishDataset);
    for (const phrase of EXTRA_SLUR_PHRASES) {
      dataset.addPhrase((p) => p.setMetadata({ extraSlur: true }).addPattern(phrase));
    }
    const built = dataset.build();
    this.#dataset = dataset;
    const whitelistedTerms = [...(built.whitelistedTerms ?? []), ...WHITELIST];
    const terms = built.blacklistedTerms.map((term) => ({
      term,
      value: new RegExpMatcher({ blacklistedTerms: [term], whitelistedTerms, ...englishRecommendedTransformers }),
    }));
    this.#prefilter = new WordPrefilter(terms, englishRecommendedBlacklistMatcherTransformers);
  }

  /**
   * Words in `text`, in order of position. A long text is read in pieces of
   * about {@link CHUNK} characters cut at a space: obscenity's matcher slows
   * down more than linearly on texts of many kilobytes. Each piece is read
   * only for the terms {@link WordPrefilter} says could match it.
   */
  find(text: string): WordHit[] {
    const hits: WordHit[] = [];
    for (let from = 0; from < text.length; ) {
      let to = Math.min(text.length, from + CHUNK);
      const space = to < text.length ? text.lastIndexOf(' ', to) : -1;
      if (space > from) to = space + 1;
      const piece = text.slice(from, to);
      for (const matcher of this.#prefilter.candidates(piece)) hits.push(...this.#findIn(matcher, piece, from));
      from = to;
    }
    return hits.sort((a, b) => a.start - b.start);
  }

  #findIn(matcher: RegExpMatcher, text: string, offset: number): WordHit[] {
    return matcher.getAllMatches(text).flatMap((match) => {
      const metadata = this.#dataset.getPayloadWithPhraseMetadata(match).phraseMetadata;
      if (metadata === undefined) return [];
      const scores = 'extraSlur' in metadata ? SLUR_SCORES : scoresOf(metadata.originalWord);
      return [{ start: offset + match.startIndex, end: offset + match.endIndex + 1, scores }];
    });
  }
}

/** The longest piece of text handed to obscenity's matcher at once. */
const CHUNK = 2_000;
