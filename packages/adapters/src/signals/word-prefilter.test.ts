import fc from 'fast-check';
import {
  RegExpMatcher,
  compareMatchByPositionAndId,
  englishDataset,
  englishRecommendedBlacklistMatcherTransformers,
  englishRecommendedTransformers,
} from 'obscenity';
import { describe, expect, it } from 'vitest';
import { WordPrefilter } from './word-prefilter.js';

// The prefilter must be exact: a term it leaves out is a swear word, slur or
// threat word the detector silently stops seeing. Checked against
// obscenity's own matcher on texts built from pieces of listed words,
// look-alike characters, leetspeak, repeated letters and whitelisted words,
// and on arbitrary strings.

const { blacklistedTerms, whitelistedTerms = [] } = englishDataset.build();
const PIECES = [
  'fuck', 'fu', 'f*ck', 'fuuuck', 'sh1t', 'shit', 'a$$', 'ass', 'assess', 'bitch', 'b1tch', 'cunt', 'nigg', 'er', 'a',
  'dyke', 'van ', 'pen is', 'penis', 'cockpit', 'cock', 'scunthorpe', 'tit', 'title', 'chink', 'chin k', 'anal', 'analog',
  'retard', 'rape', 'grape', 'sex', 'sexy', 'cum', 'cumulus', 'porn', 'p0rn', 'orgy', 'gasm', 'hentai', 'dick', 'dickens',
  'u', 'uu', 'c', 'k', 'b', 'bb', 'o', 'oo', 'e', 'ee', 'l', 'll', 'i', 's', 't', 'n', 'g', 'h', 'p', 'r',
  '@', '4', '0', '1', '3', '$', '5', '7', '!', '|', '.', ',', ' ', '  ', '\n', "'", 'ｆ', 'Ｕ', 'ᴄ', '𝐤', '🅰', 'ı', 'É', 'SH', 'IT',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((pieces) => pieces.join('')),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

describe('WordPrefilter', () => {
  it('names exactly the terms obscenity matches before its whitelist', () => {
    const prefilter = new WordPrefilter(
      blacklistedTerms.map((term) => ({ term, value: term.id })),
      englishRecommendedBlacklistMatcherTransformers,
    );
    const matcher = new RegExpMatcher({ blacklistedTerms, ...englishRecommendedTransformers });
    fc.assert(
      fc.property(text, (t) => {
        const matched = [...new Set(matcher.getAllMatches(t).map((match) => match.termId))].sort((a, b) => a - b);
        expect(prefilter.candidates(t).sort((a, b) => a - b)).toEqual(matched);
      }),
      { numRuns: 3000 },
    );
  });

  it('lets per-term matchers, run on its candidates only, find what one matcher of every term finds', () => {
    const prefilter = new WordPrefilter(
      blacklistedTerms.map((term) => ({
        term,
        value: new RegExpMatcher({ blacklistedTerms: [term], whitelistedTerms, ...englishRecommendedTransformers }),
      })),
      englishRecommendedBlacklistMatcherTransformers,
    );
    const matcher = new RegExpMatcher({ blacklistedTerms, whitelistedTerms, ...englishRecommendedTransformers });
    fc.assert(
      fc.property(text, (t) => {
        const found = prefilter.candidates(t).flatMap((one) => one.getAllMatches(t));
        expect(found.sort(compareMatchByPositionAndId)).toEqual(matcher.getAllMatches(t, true));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads stretched, leetspeak and look-alike spellings as the matcher does', () => {
    const prefilter = new WordPrefilter(
      blacklistedTerms.map((term) => ({ term, value: term.id })),
      englishRecommendedBlacklistMatcherTransformers,
    );
    for (const spelling of ['fuuuuck', 'sh1t', 'ｆｕｃｋ', 'B1TCH']) expect(prefilter.candidates(spelling), spelling).not.toEqual([]);
    expect(prefilter.candidates('my router keeps dropping the line')).toEqual([]);
  });
});
