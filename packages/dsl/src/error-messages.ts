/**
 * Syntax error messages in the policy author's words: what was expected where,
 * what was found, and often a help line. No grammar-rule or token-type names
 * reach the author. Chevrotain wants one string per error, so the help travels
 * after a separator and `splitMessage` takes it apart again.
 */
import { EOF, tokenMatcher } from 'chevrotain';
import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { didYouMean } from './check/suggest.js';
import type { KeywordGroup } from './grammar/kit.js';
import * as t from './tokens.js';

const HELP_SEPARATOR = '\u001f';

/** Splits a message built here into the message and its help. */
export function splitMessage(text: string): { message: string; help: string | undefined } {
  const at = text.indexOf(HELP_SEPARATOR);
  if (at < 0) return { message: text, help: undefined };
  return { message: text.slice(0, at), help: text.slice(at + 1) };
}

function withHelp(message: string, help: string | undefined): string {
  return help === undefined ? message : `${message}${HELP_SEPARATOR}${help}`;
}

const DESCRIPTIONS = new Map<TokenType, string>([
  [t.Name, 'a name'],
  [t.StringLit, 'a quoted string'],
  [t.NumberLit, 'a number'],
  [t.Duration, 'a duration such as `10m`'],
  [t.DateLit, 'a date such as `2026-12-01`'],
  [t.TimeLit, 'a time such as `09:00`'],
  [EOF, 'the end of the file'],
]);

/** How an author would name what a token type stands for. */
function describeExpected(type: TokenType): string {
  const known = DESCRIPTIONS.get(type);
  if (known !== undefined) return known;
  return typeof type.PATTERN === 'string' ? `\`${type.PATTERN}\`` : type.name;
}

/** Shows a token as written, shortened and with invisible characters escaped. */
export function quote(text: string, max = 30): string {
  const chars = [...text];
  const short = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
  // eslint-disable-next-line no-control-regex
  const visible = short.replace(/[\u0000-\u001f\u007f-\u009f`]/g, (c) =>
    c === '`' ? "'" : `\\u{${c.charCodeAt(0).toString(16)}}`,
  );
  return `\`${visible}\``;
}

function describeFound(token: IToken): string {
  return tokenMatcher(token, EOF) ? 'the end of the file' : quote(token.image);
}

/** The message for an unknown word where a line of `group` (an item, a clause, a restriction setting) should start. */
export function unknownWordMessage(word: IToken, group: KeywordGroup): string {
  return withHelp(`expected ${group.expected}, found ${quote(word.image)}`, didYouMean(word.image, group.words));
}

function after(previous: IToken): string {
  return tokenMatcher(previous, EOF) || previous.image === '' ? '' : ` after ${quote(previous.image)}`;
}

/** Builds a message for an expected token from the token before it (and the expected token itself). */
type Mismatch = (previous: IToken, expected: TokenType) => [string, string?];

/** `expected <what the token is>` with `help`, for the tokens of one line that share an example. */
const expecting = (help: string): Mismatch => (previous, expected) => [`expected ${describeExpected(expected)}${after(previous)}`, help];

const APPEAL_EXAMPLE = 'for example `appeal within 10 working_days, reply within 20 working_days`';

/** `appeal within N working_days[, reply within M working_days]`, in a restriction or on a `record` line. */
const APPEAL_MESSAGES = new Map<TokenType, Mismatch>([
  [t.Within, expecting(APPEAL_EXAMPLE)],
  [t.NumberLit, expecting(APPEAL_EXAMPLE)],
  [t.Name, (previous) =>
    previous.tokenType === t.NumberLit
      ? [`expected a unit such as \`working_days\`${after(previous)}`, APPEAL_EXAMPLE]
      : ['expected `reply` after the comma', APPEAL_EXAMPLE]],
]);

/**
 * Messages for a missing or wrong token, by grammar rule name and the token
 * the rule expected there; anything not listed gets `expected <token>`.
 * `error-messages.test.ts` checks that each rule exists and consumes each
 * token listed under it.
 */
export const MISMATCH_MESSAGES: Readonly<Record<string, ReadonlyMap<TokenType, Mismatch>>> = {
  policy: new Map<TokenType, Mismatch>([
    [t.StringLit, (previous) =>
      previous.tokenType === t.Extends
        ? ['expected the base policy\'s name in quotes after `extends`']
        : ['expected the policy name in quotes after `policy`', 'for example `policy "acme-standard" { ... }`']],
    [t.LBrace, () => ['expected `{` after the policy name', 'the policy\'s contents go between `{` and `}`']],
    [t.RBrace, () => ['expected `}` to close the policy', 'every `{` needs a matching `}`']],
  ]),
  rule: new Map<TokenType, Mismatch>([
    [t.Name, (previous) =>
      previous.tokenType === t.On
        ? ['expected an event name after `on`, such as `line_dropped`']
        : ['expected a rule name after `rule`', 'for example `rule abuse "title" { ... }`']],
    [t.LBrace, () => ['expected a rule body in `{ }`', 'for example `{ when customer abusive do warn }`']],
    [t.RBrace, () => ['expected `}` to close the rule', 'every `{` needs a matching `}`']],
  ]),
  script: new Map<TokenType, Mismatch>([
    [t.Name, () => ['expected a script name after `script`', 'for example `script calm "I understand."`']],
    [t.StringLit, () => ['expected the script\'s words in quotes', 'for example `script calm "I understand."`']],
  ]),
  placeholder: new Map<TokenType, Mismatch>([
    [t.Name, (previous) =>
      previous.tokenType === t.From
        ? ['expected `call` or `caller` after `from`', 'for example `placeholder case_reference from call`']
        : ['expected a placeholder name after `placeholder`', 'for example `placeholder case_reference from call`']],
  ]),
  group: new Map<TokenType, Mismatch>([
    [t.Name, (previous) => previous.tokenType === t.Group ? ['expected a group name after `group`'] : [`expected a behaviour name${after(previous)}`]],
    [t.Equals, () => ['expected `=` after the group name', 'for example `group abusive = profanity or slur`']],
  ]),
  zeroTolerance: new Map<TokenType, Mismatch>([
    [t.Name, (previous) => [`expected a behaviour name${after(previous)}`]],
  ]),
  threshold: new Map<TokenType, Mismatch>([
    [t.NumberLit, (previous) => [`expected a number from 0 to 1${after(previous)}`, 'for example `threshold 0.7` or `threshold threat 0.8`']],
  ]),
  header: new Map<TokenType, Mismatch>([
    [t.StringLit, (previous) => [`expected a quoted string${after(previous)}`]],
    [t.DateLit, () => ['expected a date such as `2026-12-01` after `effective`']],
  ]),
  atom: new Map<TokenType, Mismatch>([
    [t.RParen, () => ['expected `)` to close `(`']],
    [t.Name, (previous) => [`expected a field name${after(previous)}`, 'for example `caller.incidents_30d`']],
  ]),
  count: new Map<TokenType, Mismatch>([
    [t.Times, expecting('a count reads `3 times within 10m`')],
    [t.Within, expecting('a count reads `3 times within 10m`')],
    [t.Duration, expecting('a count reads `3 times within 10m`')],
  ]),
  modifier: new Map<TokenType, Mismatch>([
    [t.Name, (previous) =>
      previous.tokenType === t.Via
        ? ['expected how the call ends after `via`', 'for example `via recorded_message`']
        : [`expected a name${after(previous)}`]],
    [t.TimeLit, expecting('calling hours read `between 09:00 and 20:00`')],
    [t.And, expecting('calling hours read `between 09:00 and 20:00`')],
    [t.NumberLit, (previous) => [`expected a number${after(previous)}`, 'for example `up to 2 times` or `up to 3 per day`']],
  ]),
  duty: new Map<TokenType, Mismatch>([
    [t.Name, (previous) => [`expected a duty such as \`document\`${after(previous)}`]],
  ]),
  roles: new Map<TokenType, Mismatch>([
    [t.Name, (previous) => [`expected a role name${after(previous)}`, 'for example `roles line_manager, equality_office`']],
  ]),
  teams: new Map<TokenType, Mismatch>([
    [t.Name, (previous) => [`expected a team name${after(previous)}`, 'for example `teams complaints_team, billing_team`']],
  ]),
  recordExpiry: new Map<TokenType, Mismatch>([
    [t.Name, () => ['expected a kind of record after `record`', 'for example `record warning expires after 365d`']],
    [t.Expires, expecting('a record line reads `record warning expires after 365d`')],
    [t.After, expecting('a record line reads `record warning expires after 365d`')],
    [t.Duration, expecting('a record line reads `record warning expires after 365d`')],
  ]),
  requirement: new Map<TokenType, Mismatch>([
    [t.Name, () => ['expected what is required after `require`', 'for example `require callback_number`']],
  ]),
  restriction: new Map<TokenType, Mismatch>([
    [t.Name, () => ['expected a restriction name after `restriction`', 'for example `restriction written_only "Written contact only" { ... }`']],
    [t.LBrace, () => ['expected the restriction\'s settings in `{ }`', 'for example `{ kind written_only scope organisation ... }`']],
    [t.RBrace, () => ['expected `}` to close the restriction', 'every `{` needs a matching `}`']],
  ]),
  setting: new Map<TokenType, Mismatch>([
    [t.Up, expecting('for example `lasts up to 365d`')],
    [t.To, expecting('for example `lasts up to 365d`')],
    [t.After, (previous) => [`expected \`after\`${after(previous)}`, 'for example `reviewed after 90d, independently`']],
    [t.Independently, () => ['expected `independently` after the comma', 'for example `reviewed after 90d, independently`']],
    [t.Then, () => ['expected `independently` or `then every` after the comma', 'for example `reviewed after 90d, independently, then every 180d`']],
    [t.When, () => ['expected `when` after `lifted`', 'for example `lifted when "No incidents for 90 days"`']],
    [t.Duration, (previous) => [`expected a duration such as \`90d\`${after(previous)}`]],
    [t.Name, (previous) =>
      previous.tokenType === t.Then
        ? ['expected `every` after `then`', 'for example `reviewed after 90d, then every 180d`']
        : [`expected a name${after(previous)}`]],
  ]),
  restrictionAppeal: APPEAL_MESSAGES,
  recordAppeal: APPEAL_MESSAGES,
};

/** The message for `expected` missing in `ruleName` after `previous`. */
function mismatch(expected: TokenType, previous: IToken, ruleName: string): [string, string?] {
  const message = MISMATCH_MESSAGES[ruleName]?.get(expected);
  return message ? message(previous, expected) : [`expected ${describeExpected(expected)}${after(previous)}`];
}

/**
 * What an alternative or a repetition in a grammar rule must start with, by
 * rule name (checked against the grammar by `error-messages.test.ts`).
 */
export const ALTERNATIVE_MESSAGES: Readonly<Record<string, [string, string?]>> = {
  item: ['a rule, script, group, threshold or header such as `version`'],
  header: ['a stance such as `warn_then_end`'],
  rule: ['`rule` or `on`', 'for example `override rule abuse { ... }`'],
  atom: ['a condition such as `customer abusive` or `caller.warnings > 0`'],
  notCondition: ['a condition such as `customer abusive` or `caller.warnings > 0`'],
  andCondition: ['a condition such as `customer abusive` or `caller.warnings > 0`'],
  condition: ['a condition such as `customer abusive` or `caller.warnings > 0`'],
  compareOp: ['a comparison such as `>=`'],
  value: ['a number, duration, quoted string or name'],
  ladder: ['an action such as `warn` or `end_call`'],
  step: ['an action such as `warn` or `end_call`'],
  choice: ['an action such as `warn` or `end_call`'],
  modifier: ['a detail such as `with`, `to`, `by`, `for` or `up to 2 times`'],
  setting: ['a restriction setting such as `kind`, `scope` or `lasts up to`'],
  roles: ['a role name'],
  teams: ['a team name'],
  zeroTolerance: ['a behaviour name'],
  group: ['a behaviour name'],
  duty: ['a duty such as `document`'],
  file: ['`policy`'],
  policy: ['a policy item'],
};

/** What must follow a word that starts a list: `channels`, `must`, `duties`, `approved by`. */
const LIST_STARTS = new Map<TokenType, [string, string]>([
  [t.Channels, ['a channel such as `phone` or `chat`', 'for example `channels phone, chat`']],
  [t.Must, ['a duty such as `alert security`', 'for example `must alert security, document`']],
  [t.Duties, ['a duty such as `document`', 'for example `duties document, notify supervisor`']],
  [t.By, ['a role such as `supervisor`', 'for example `approved by supervisor` or `approved by manager and director`']],
  [t.With, ['a script name', 'for example `with warn_abuse`, or a choice: `with any 2 of (calm_a, calm_b, calm_c)`']],
]);

function alternativeMessage(ruleName: string, actual: IToken | undefined, previous: IToken): string {
  const [what, help] =
    // After `up to 2`, only `times` or `per` can follow.
    ruleName === 'modifier' && tokenMatcher(previous, t.NumberLit)
      ? ['`times` or `per day`', 'for example `up to 2 times` or `up to 3 per day`']
      : (LIST_STARTS.get(previous.tokenType) ?? ALTERNATIVE_MESSAGES[ruleName] ?? ['something else']);
  const found = actual === undefined ? '' : `, found ${describeFound(actual)}`;
  return withHelp(`expected ${what}${after(previous)}${found}`, help);
}

export const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
    const [message, help] = mismatch(expected, previous, ruleName);
    return withHelp(`${message}, found ${describeFound(actual)}`, help);
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    if (tokenMatcher(firstRedundant, t.Name)) {
      const hint = didYouMean(firstRedundant.image, ['policy']);
      if (hint !== undefined) {
        return withHelp(`expected \`policy\` at the start of the file, found ${quote(firstRedundant.image)}`, hint);
      }
    }
    return withHelp(
      `unexpected ${describeFound(firstRedundant)} after the policy`,
      'a file holds one policy, from `policy "name" {` to its closing `}`',
    );
  },
  buildNoViableAltMessage({ actual, previous, ruleName }) {
    return alternativeMessage(ruleName, actual[0], previous);
  },
  buildEarlyExitMessage({ actual, previous, ruleName }) {
    return alternativeMessage(ruleName, actual[0], previous);
  },
};
