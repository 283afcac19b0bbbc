/**
 * Aggression read from the form of the raw text: shouting in capitals and
 * runs of exclamation marks. Speech transcripts rarely carry either; chat
 * transcripts and some analytics exports do.
 *
 * A word counts as shouted when it has four or more letters, all capitals
 * (shorter ones, "TV", "PIN", "SIM", are too often acronyms). Shouting is at
 * least two shouted words making up 70% of the words of four or more
 * letters, or three making up 60%: 0.7, or 0.8 with a "!". One shouted word
 * of three or more letters right before a "!" ("I said NOW!") gives 0.6. A
 * run of "!!!" alone gives 0.6; "!!" gives 0.4, below the default threshold,
 * because customers also write "it works now!!".
 */
export function shoutingScore(text: string): number {
  const words = text.match(LONG_WORD) ?? [];
  const shouted = words.filter((word) => word === word.toUpperCase() && word !== word.toLowerCase()).length;
  const share = words.length === 0 ? 0 : shouted / words.length;
  const shouting = (shouted >= 2 && share >= 0.7) || (shouted >= 3 && share >= 0.6);
  if (shouting) return text.includes('!') ? 0.8 : 0.7;
  if (EMPHASIS.test(text)) return 0.7;
  if (/!{3,}/.test(text)) return 0.6;
  if (/!!/.test(text)) return 0.4;
  return 0;
}

/** Words of four or more letters; apostrophes kept inside ("DON'T" has four letters). */
const LONG_WORD = /\p{L}(?:'?\p{L}){3,}/gu;
/** A capitalised word of three or more letters right before "!". */
const EMPHASIS = /(?<!\p{L})\p{Lu}{3,}!/u;
