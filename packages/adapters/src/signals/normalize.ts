/**
 * Rewrites an utterance into the form the curated patterns are written
 * against: curly quotes made straight, look-alike digits and symbols inside
 * words read as letters ("k1ll" → "kill"), and letters spelled out with
 * spaces or dots joined ("f u c k" → "fuck"). Case is kept (shouting is read
 * from the original text anyway) and the patterns are case-insensitive.
 * obscenity resolves leetspeak itself but not spacing, so it reads this form too.
 */
export function normalize(text: string): string {
  const straight = text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201F]/g, '"');
  // Most utterances have no look-alike character at all: skip the word-by-word pass for them.
  const unleet = LEET_CHAR_ANYWHERE.test(straight)
    ? straight.replace(WORD_WITH_LEET, (word) => (/\p{L}/u.test(word) ? word.replace(LEET_CHAR, (c) => LEET[c] ?? c) : word))
    : straight;
  return unleet.replace(SPACED_LETTERS, (run) => run.replace(/[\s.\-_]+/g, ''));
}

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

/** A word mixing letters with digits or symbols; "!" only between letters, so "now!" stays. */
const WORD_WITH_LEET = /[\p{L}0-9@$]+(?:!+[\p{L}0-9@$]+)*/gu;
const LEET_CHAR = /[013457@$!]/g;
const LEET_CHAR_ANYWHERE = /[013457@$!]/;

/** Three or more single letters separated by spaces, dots, dashes or underscores. */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_]\p{L}){2,}(?![\p{L}\p{N}])/gu;

/**
 * The utterance in lower case, character for character, so a match's offsets
 * are offsets in `text` too. The few characters whose lower case is longer
 * ("İ") are kept as they are.
 */
export function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/./gsu, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  });
}
