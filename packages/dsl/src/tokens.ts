/**
 * Token definitions and the one lexer instance (see docs/grammar.md, "Lexical
 * structure"). Line and column are derived from offsets by `Source`, so the
 * lexer tracks offsets only.
 */
import { Lexer, createToken } from 'chevrotain';
import type { ILexingResult, TokenType } from 'chevrotain';

// Everything from U+0080 up may start a name (the pattern decides which do);
// chevrotain buckets these hints, so the lexer keeps its first-char table.
const NON_ASCII: number[] = Array.from({ length: 0x10000 - 0x80 }, (_, i) => i + 0x80);
const NAME_START_HINT: (string | number)[] = [
  '_',
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...NON_ASCII,
];

const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /[ \t\r\n]+/,
  group: Lexer.SKIPPED,
});

/** Kept in their own group so the formatter can put them back. */
export const Comment = createToken({ name: 'Comment', pattern: /#[^\r\n]*/, group: 'comments' });

// Chevrotain drops a pattern's `u` flag, so names use a custom matcher.
const NAME_PATTERN = /[\p{L}_][\p{L}\p{M}\p{Nd}_]*/uy;

/**
 * What the `Name` matcher returns, reused: the lexer reads only `[0]` before
 * the next match, and most tokens are names (reserved words are read as
 * names too, see `tokenize`), so a fresh `exec` result each time was garbage.
 */
const NAME_MATCH: [string] = [''];

/** A hyphen then a letter or digit: a lowercase word so followed is the start of a {@link CodeName}. */
const HYPHENATED = /-[a-z0-9]/y;
const CODE_WORD = /^[a-z][a-z0-9]*$/;

export const Name = createToken({
  name: 'Name',
  pattern: (text: string, offset: number) => {
    NAME_PATTERN.lastIndex = offset;
    if (!NAME_PATTERN.test(text)) return null;
    NAME_MATCH[0] = text.slice(offset, NAME_PATTERN.lastIndex);
    HYPHENATED.lastIndex = NAME_PATTERN.lastIndex;
    if (HYPHENATED.test(text) && CODE_WORD.test(NAME_MATCH[0])) return null;
    return NAME_MATCH;
  },
  line_breaks: false,
  start_chars_hint: NAME_START_HINT,
});

/**
 * A diagnostic's name, lowercase words joined by hyphens, as codes print it:
 * `no-vulnerable-rule` in `acknowledge no-vulnerable-rule "..."`. Tried only
 * where `Name` declined, so plain names cost nothing more.
 */
export const CodeName = createToken({
  name: 'CodeName',
  pattern: /[a-z][a-z0-9]*(?:-[a-z0-9]+)+/,
  start_chars_hint: [...'abcdefghijklmnopqrstuvwxyz'],
});

export const StringLit = createToken({
  name: 'String',
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/,
});

/**
 * A string whose closing quote is missing on its line. It matches wherever a
 * string does, so the parser carries on; `parse` reports it.
 */
export const UnterminatedString = createToken({
  name: 'UnterminatedString',
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*\\?/,
  categories: [StringLit],
});

/**
 * A string in curly or single quotes, as pasted from a word processor. Lexed as
 * a string so one wrong pair of quotes is one diagnostic; `parse` reports it.
 */
export const WrongQuotesString = createToken({
  name: 'WrongQuotesString',
  pattern: /[\u201c\u201d\u201e\u2018\u2019'][^\u201c\u201d\u201e\u2018\u2019'"\r\n]*[\u201c\u201d\u201e\u2018\u2019']/,
  categories: [StringLit],
});

// Runs of characters that start no token, and stray quotes. Matching them
// as a token (rather than through the lexer's error path, which is slow)
// keeps binary input fast; `parse` reports each run once.
const UNKNOWN_PATTERN =
  /(?:[^ \t\r\n#"'\u2018\u2019\u201c\u201d\u201e\p{L}0-9_{}(),.:=!<>-]|!(?!=)|-(?!\d))+|['\u2018\u2019\u201c\u201d\u201e]/uy;

export const Unknown = createToken({
  name: 'Unknown',
  pattern: (text: string, offset: number) => {
    UNKNOWN_PATTERN.lastIndex = offset;
    return UNKNOWN_PATTERN.exec(text);
  },
  line_breaks: false,
  start_chars_hint: Array.from({ length: 0x10000 }, (_, i) => i),
  group: 'unknown',
});

export const DateLit = createToken({ name: 'Date', pattern: /\d{4}-\d{2}-\d{2}/ });
/** A time of day, `HH:MM`; any digits around `:` lex as a time that the checker may reject (`9:00`). */
export const TimeLit = createToken({ name: 'Time', pattern: /\d+:\d+/ });
/** Any letters after digits make a duration; the checker rejects bad units. */
export const Duration = createToken({ name: 'Duration', pattern: /-?\d+(?:\.\d+)?[A-Za-z_][A-Za-z0-9_]*/ });
export const NumberLit = createToken({ name: 'Number', pattern: /-?\d+(?:\.\d+)?/ });

export const LBrace = createToken({ name: 'LBrace', pattern: '{' });
export const RBrace = createToken({ name: 'RBrace', pattern: '}' });
export const LParen = createToken({ name: 'LParen', pattern: '(' });
export const RParen = createToken({ name: 'RParen', pattern: ')' });
export const Comma = createToken({ name: 'Comma', pattern: ',' });
export const Dot = createToken({ name: 'Dot', pattern: '.' });
/** After an assert's title: `assert "title": never end_call`. */
export const Colon = createToken({ name: 'Colon', pattern: ':' });
export const NotEquals = createToken({ name: 'NotEquals', pattern: '!=' });
export const LessEquals = createToken({ name: 'LessEquals', pattern: '<=' });
export const GreaterEquals = createToken({ name: 'GreaterEquals', pattern: '>=' });
export const Equals = createToken({ name: 'Equals', pattern: '=' });
export const Less = createToken({ name: 'Less', pattern: '<' });
export const Greater = createToken({ name: 'Greater', pattern: '>' });

/** Reserved words by their text, for `tokenize`. */
const KEYWORD_BY_WORD = new Map<string, TokenType>();

/**
 * A reserved word; named with a capital so it cannot clash with a grammar
 * rule. Its pattern is never tried: `tokenize` reads it as a name first.
 */
function keyword(word: string): TokenType {
  const type = createToken({ name: word[0]!.toUpperCase() + word.slice(1), pattern: word });
  KEYWORD_BY_WORD.set(word, type);
  return type;
}

export const Policy = keyword('policy');
export const Extends = keyword('extends');
export const Version = keyword('version');
export const Owner = keyword('owner');
export const Effective = keyword('effective');
export const Stance = keyword('stance');
export const Description = keyword('description');
export const Threshold = keyword('threshold');
export const ZeroTolerance = keyword('zero_tolerance');
export const Group = keyword('group');
export const Script = keyword('script');
export const Rule = keyword('rule');
export const Override = keyword('override');
export const On = keyword('on');
export const When = keyword('when');
export const Do = keyword('do');
export const Then = keyword('then');
export const Duties = keyword('duties');
export const And = keyword('and');
export const Or = keyword('or');
export const Not = keyword('not');
export const With = keyword('with');
export const Up = keyword('up');
export const To = keyword('to');
export const Times = keyword('times');
export const Within = keyword('within');
export const Immediately = keyword('immediately');
export const For = keyword('for');
export const Approved = keyword('approved');
export const By = keyword('by');
export const Roles = keyword('roles');
export const Teams = keyword('teams');
export const Record = keyword('record');
export const Expires = keyword('expires');
export const After = keyword('after');
export const Require = keyword('require');
export const Restriction = keyword('restriction');
export const Kind = keyword('kind');
export const Scope = keyword('scope');
export const Channels = keyword('channels');
export const Lasts = keyword('lasts');
export const Reviewed = keyword('reviewed');
export const Independently = keyword('independently');
export const Lifted = keyword('lifted');
export const Appeal = keyword('appeal');
export const Must = keyword('must');
export const Via = keyword('via');
export const Between = keyword('between');
export const Per = keyword('per');
export const Assert = keyword('assert');
export const Placeholder = keyword('placeholder');
export const From = keyword('from');
export const Any = keyword('any');
export const Of = keyword('of');
/** A rung that permits without recommending: `then may end_call`. */
export const May = keyword('may');
/** `then at once end_call`: the rung follows the one before on the same event. */
export const At = keyword('at');
export const Once = keyword('once');
export const Acknowledge = keyword('acknowledge');
export const Behaviour = keyword('behaviour');

/** Reserved words, in the order they are declared above. */
const KEYWORDS: readonly TokenType[] = [...KEYWORD_BY_WORD.values()];

/** The token types the lexer tries, in order. Reserved words are read as names first (see `tokenize`). */
const LEXED_TOKENS: readonly TokenType[] = [
  WhiteSpace,
  Comment,
  StringLit,
  UnterminatedString,
  WrongQuotesString,
  DateLit,
  TimeLit,
  Duration,
  NumberLit,
  Name,
  CodeName,
  LBrace,
  RBrace,
  LParen,
  RParen,
  Comma,
  Dot,
  Colon,
  NotEquals,
  LessEquals,
  GreaterEquals,
  Equals,
  Less,
  Greater,
  Unknown,
];

/** Every token type the parser knows. */
export const ALL_TOKENS: readonly TokenType[] = [...LEXED_TOKENS, ...KEYWORDS];

/** The one lexer instance; chevrotain lexers are stateless between inputs. */
const lexer = new Lexer(LEXED_TOKENS as TokenType[], {
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
});

/**
 * Lexes `text`. A name that is exactly a reserved word becomes that word's
 * token, so `within` is a keyword and `withheld` a name: the same tokens as
 * giving each reserved word a pattern with `Name` as its longer
 * alternative, without trying up to a dozen reserved words on every name.
 */
export function tokenize(text: string): ILexingResult {
  const lexed = lexer.tokenize(text);
  const tokens = lexed.tokens;
  // By index: `for...of` cost an iterator result per token.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.tokenType !== Name) continue;
    const keyword = KEYWORD_BY_WORD.get(token.image);
    if (keyword === undefined) continue;
    token.tokenType = keyword;
    // `createToken` gave every token type its index; the parser matches on it.
    token.tokenTypeIdx = keyword.tokenTypeIdx!;
  }
  return lexed;
}
