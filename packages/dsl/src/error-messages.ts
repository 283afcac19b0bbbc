/**
 * Syntax error messages in the policy author's words: what was expected where,
 * what was found, and often a help line. No grammar-rule or token-type names
 * reach the author. Chevrotain wants one string per error, so the help travels
 * after a separator and `splitMessage` takes it apart again.
 */
import { EOF, tokenMatcher } from 'chevrotain';
import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { didYouMean } from './check/suggest.js';
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

/** Words that start a policy item, and words that start a part of a rule. */
const ITEM_WORDS = [
  'version', 'owner', 'effective', 'stance', 'description', 'threshold',
  'zero_tolerance', 'group', 'script', 'roles', 'teams', 'record', 'require',
  'restriction', 'rule', 'override', 'on',
] as const;
const CLAUSE_WORDS = ['channels', 'when', 'do', 'must', 'duties'] as const;
const SETTING_WORDS = ['kind', 'scope', 'channels', 'lasts', 'reviewed', 'lifted', 'approved', 'appeal'] as const;

const UNKNOWN_WORD: Readonly<Record<'item' | 'clause' | 'setting', readonly [string, readonly string[]]>> = {
  item: ['a rule, script, group, restriction, threshold or header such as `version`', ITEM_WORDS],
  clause: ['`when`, `do`, `must`, `duties`, `channels` or `}` in the rule body', CLAUSE_WORDS],
  setting: ['a restriction setting such as `kind`, `scope` or `lasts up to`, or `}`', SETTING_WORDS],
};

/** The message for an unknown word where an item, a rule part or a restriction setting should start. */
export function unknownWordMessage(word: IToken, where: 'item' | 'clause' | 'setting'): string {
  const [expected, words] = UNKNOWN_WORD[where];
  return withHelp(`expected ${expected}, found ${quote(word.image)}`, didYouMean(word.image, words));
}

function after(previous: IToken): string {
  return tokenMatcher(previous, EOF) || previous.image === '' ? '' : ` after ${quote(previous.image)}`;
}

/** Messages for one expected token in one grammar rule, by `rule:token`. */
function mismatch(expected: TokenType, previous: IToken, ruleName: string): [string, string?] {
  const prev = previous.tokenType;
  switch (`${ruleName}:${expected.name}`) {
    case 'policy:String':
      return prev === t.Extends
        ? ['expected the base policy\'s name in quotes after `extends`']
        : ['expected the policy name in quotes after `policy`', 'for example `policy "acme-standard" { ... }`'];
    case 'policy:LBrace':
      return ['expected `{` after the policy name', 'the policy\'s contents go between `{` and `}`'];
    case 'policy:RBrace':
      return ['expected `}` to close the policy', 'every `{` needs a matching `}`'];
    case 'rule:Name':
      return prev === t.On
        ? ['expected an event name after `on`, such as `line_dropped`']
        : ['expected a rule name after `rule`', 'for example `rule abuse "title" { ... }`'];
    case 'rule:LBrace':
      return ['expected a rule body in `{ }`', 'for example `{ when customer abusive do warn }`'];
    case 'rule:RBrace':
      return ['expected `}` to close the rule', 'every `{` needs a matching `}`'];
    case 'script:Name':
      return ['expected a script name after `script`', 'for example `script calm "I understand."`'];
    case 'script:String':
      return ['expected the script\'s words in quotes', 'for example `script calm "I understand."`'];
    case 'group:Name':
      return prev === t.Group ? ['expected a group name after `group`'] : [`expected a behaviour name${after(previous)}`];
    case 'group:Equals':
      return ['expected `=` after the group name', 'for example `group abusive = profanity or slur`'];
    case 'zeroTolerance:Name':
      return [`expected a behaviour name${after(previous)}`];
    case 'threshold:Number':
      return [`expected a number from 0 to 1${after(previous)}`, 'for example `threshold 0.7` or `threshold threat 0.8`'];
    case 'header:String':
      return [`expected a quoted string${after(previous)}`];
    case 'header:Date':
      return ['expected a date such as `2026-12-01` after `effective`'];
    case 'atom:RParen':
      return ['expected `)` to close `(`'];
    case 'atom:Name':
      return [`expected a field name${after(previous)}`, 'for example `caller.incidents_30d`'];
    case 'count:Times':
    case 'count:Within':
    case 'count:Duration':
      return [`expected ${describeExpected(expected)}${after(previous)}`, 'a count reads `3 times within 10m`'];
    case 'modifier:Name':
      return prev === t.Via
        ? ['expected how the call ends after `via`', 'for example `via recorded_message`']
        : [`expected a name${after(previous)}`];
    case 'modifier:Time':
    case 'modifier:And':
      return [`expected ${describeExpected(expected)}${after(previous)}`, 'calling hours read `between 09:00 and 20:00`'];
    case 'modifier:Number':
      return [`expected a number${after(previous)}`, 'for example `up to 2 times` or `up to 3 per day`'];
    case 'duty:Name':
      return [`expected a duty such as \`document\`${after(previous)}`];
    case 'roles:Name':
      return [`expected a role name${after(previous)}`, 'for example `roles line_manager, equality_office`'];
    case 'teams:Name':
      return [`expected a team name${after(previous)}`, 'for example `teams complaints_team, billing_team`'];
    case 'recordExpiry:Name':
      return ['expected a kind of record after `record`', 'for example `record warning expires after 365d`'];
    case 'recordExpiry:Expires':
    case 'recordExpiry:After':
    case 'recordExpiry:Duration':
      return [`expected ${describeExpected(expected)}${after(previous)}`, 'a record line reads `record warning expires after 365d`'];
    case 'requirement:Name':
      return ['expected what is required after `require`', 'for example `require callback_number`'];
    case 'restriction:Name':
      return ['expected a restriction name after `restriction`', 'for example `restriction written_only "Written contact only" { ... }`'];
    case 'restriction:LBrace':
      return ['expected the restriction\'s settings in `{ }`', 'for example `{ kind written_only scope organisation ... }`'];
    case 'restriction:RBrace':
      return ['expected `}` to close the restriction', 'every `{` needs a matching `}`'];
    case 'setting:Up':
    case 'setting:To':
      return [`expected ${describeExpected(expected)}${after(previous)}`, 'for example `lasts up to 365d`'];
    case 'setting:After':
      return [`expected \`after\`${after(previous)}`, 'for example `reviewed after 90d, independently`'];
    case 'setting:Independently':
      return ['expected `independently` after the comma', 'for example `reviewed after 90d, independently`'];
    case 'setting:When':
      return ['expected `when` after `lifted`', 'for example `lifted when "No incidents for 90 days"`'];
    case 'setting:Within':
    case 'setting:Number':
      return [`expected ${describeExpected(expected)}${after(previous)}`, 'for example `appeal within 10 working_days`'];
    case 'setting:Duration':
      return [`expected a duration such as \`90d\`${after(previous)}`];
    case 'setting:Name':
      return prev === t.NumberLit
        ? [`expected a unit such as \`working_days\`${after(previous)}`, 'for example `appeal within 10 working_days`']
        : [`expected a name${after(previous)}`];
    default:
      return [`expected ${describeExpected(expected)}${after(previous)}`];
  }
}

/** What an alternative or a repetition in a grammar rule must start with. */
const ALTERNATIVES: Readonly<Record<string, [string, string?]>> = {
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
]);

function alternativeMessage(ruleName: string, actual: IToken | undefined, previous: IToken): string {
  const [what, help] =
    // After `up to 2`, only `times` or `per` can follow.
    ruleName === 'modifier' && tokenMatcher(previous, t.NumberLit)
      ? ['`times` or `per day`', 'for example `up to 2 times` or `up to 3 per day`']
      : (LIST_STARTS.get(previous.tokenType) ?? ALTERNATIVES[ruleName] ?? ['something else']);
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
