import type { Language } from './language.js';

/**
 * The words and marks that tell, in one language, whether a match is
 * negated, reported, joked about or aimed at someone (see `context.ts`). All
 * are matched against the text the patterns read: normalized, lowercased,
 * with Spanish accents and Japanese katakana folded (see `fold.ts`).
 */
export interface ContextCues {
  /** Whether words are separated by spaces; if not, windows are counted in characters. */
  readonly spaced: boolean;
  /** Clause boundaries, as characters and as a regex finding the first. */
  readonly boundaries: string;
  readonly boundary: RegExp;
  /** A negation among the words before a match or inside it. */
  readonly negation: RegExp;
  /** A negation right after a match, for languages that negate with a verb ending. */
  readonly negationAfter?: RegExp;
  /** Quoted spans (global). */
  readonly quoted: RegExp;
  /** A reporting verb before a match, with someone else as its subject. */
  readonly reporting: RegExp;
  /** A reporting verb after a match, for languages that put it there ("…と言われた"). */
  readonly reportingAfter?: RegExp;
  /** A mark that the utterance is a joke. */
  readonly hedge: RegExp;
  /** A word addressing the listener. */
  readonly secondPerson: RegExp;
}

const EN: ContextCues = {
  spaced: true,
  boundaries: '.,;:!?"',
  boundary: /[.,;:!?"]/,
  // "Don't make me", "don't you dare" and "don't be surprised if" are commands or warnings, and
  // "why don't you" a suggestion, not negations.
  negation: /\b(?:not|never|no|nobody|nothing|no one|neither|nor)\b|(?<!\bwhy (?:do|wo))n't\b(?!\s+(?:make me|you dare|push me|be surprised|say i didn't warn))/i,
  // Single-quoted spans (up to 200 characters) only when the quotes are not apostrophes.
  quoted: /"[^"]*"|(?<![\p{L}\p{N}])'.{0,200}?'(?![\p{L}\p{N}])/gu,
  reporting: /(?<!\b(?:i|we|you)\s+)\b(?:said|says|told|tells|telling|saying|texted|wrote|writes|yelled|yells|shouted|shouts|shouting|screamed|threatened|goes)\b/i,
  hedge: /\b(?:lol|lmao|rofl|haha\w*|jk|just (?:kidding|joking)|only joking)\b/i,
  secondPerson: /\b(?:you|your|you're|youre|ya|u|ur|yourself|yourselves|yours)\b/i,
};

// Spanish: accents are folded ("tú" reads "tu"), so the cues are written without them.
const ES: ContextCues = {
  spaced: true,
  boundaries: '.,;:!?"¿¡«»',
  boundary: /[.,;:!?"¿¡«»]/,
  negation: /\b(?:no|nunca|jamas|ni|nadie|nada|tampoco)\b/,
  quoted: /"[^"]*"|«[^»]*»/gu,
  // "Me dijo", "dice que", "me amenazo": someone else speaking; "yo dije" is the speaker.
  reporting: /(?<!\byo\s+)\b(?:dijo|dice|decia|dijeron|escribio|grito|amenazo|me ha dicho|me dijo)\b/,
  hedge: /\b(?:ja(?:ja)+|je(?:je)+|xd|es broma|bromeando|de broma)\b/,
  secondPerson: /\b(?:tu|tus|te|ti|contigo|usted|ustedes|vosotros|os|eres|estas|sois|vos)\b/,
};

// Japanese: no spaces and katakana folded to hiragana, so the cues are kana or kanji.
const JA: ContextCues = {
  spaced: false,
  boundaries: '。、.,!?「」『』"',
  boundary: /[。、.,!?「」『』"]/,
  // "決して…ない": the adverb alone announces the negation.
  negation: /決して/,
  // Verb endings: "殺さない", "殴りません", "するつもりはない".
  negationAfter: /^(?:ない|ません|ず|ぬ|なかった|つもりはない|気はない)/,
  quoted: /「[^」]*」|『[^』]*』|"[^"]*"/gu,
  reporting: /(?:が言った|に言われ|によると)/,
  // "…と言われた", "…って言われて", "…と脅された".
  reportingAfter: /(?:(?<!こ)と|って)(?:言われ|言って|言った|脅され|書かれ|書いて)/,
  hedge: /(?:\(笑\)|笑$|ww|冗談)/,
  secondPerson: /(?:お前|おまえ|てめえ|てめー|あんた|あなた|貴様|きさま|君|おたく|そっち)/,
};

// Korean: words are spaced, but a negation or a quotation is a particle or an ending.
const KO: ContextCues = {
  spaced: true,
  boundaries: '.,!?"',
  boundary: /[.,!?"]/,
  // "안 때려", "못 해": the adverb before the verb.
  negation: /(?:^|\s)(?:안|못)\s/,
  negationAfter: /^[^\s]*(?:지 않|지 않아|지는 않|진 않|지 못)/,
  quoted: /"[^"]*"|'[^']*'|“[^”]*”/gu,
  reporting: /(?:가 말하길|이 말하길|에 따르면)/,
  // "…라고 했다", "…고 협박했", "…다고 하더라".
  reportingAfter: /(?:라고|이라고|다고|고)\s*(?:했|하더|말했|협박|들었)/,
  hedge: /(?:ㅋㅋ|ㅎㅎ|농담)/,
  secondPerson: /(?:너|니가|네가|넌|당신|너희|니네|너네|그쪽)/,
};

/** The cues of each language. */
export const CONTEXT_CUES: Readonly<Record<Language, ContextCues>> = { en: EN, es: ES, ja: JA, ko: KO };
