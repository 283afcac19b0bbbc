/**
 * `assert ["title":] <property>`: a promise the policy makes about every
 * call, in the words `callguard verify --assert` takes:
 *
 *     never end_call unless warned at least 2 times (or twice, or 2 times)
 *     never end_call unless escalated
 *     never end_call in the first 60s
 *     never end_call when caller.vulnerable
 *     block_caller always approved by supervisor
 *     end_call always owes document
 *
 * The words before `when` are read here, by `readProperty`, as words in
 * context (`never`, `unless`, `warned` are not reserved, so a policy may
 * still name a rule `first`); the condition after `when` is the policy
 * language's own. `parseProperty` reads `--assert` text through this same
 * rule.
 */
import type { IOrAlt, IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real, realTokens } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import type { BuiltCondition, ConditionOwner } from './condition.js';
import type { ItemConstruct } from './kit.js';
import { itemRule } from './policy.js';

class AssertDraft implements ConditionOwner {
  keyword: IToken | undefined = undefined;
  title: IToken | undefined = undefined;
  colon: IToken | undefined = undefined;
  /** The property's words up to `when`. */
  words: IToken[] = [];
  when: IToken | undefined = undefined;
  condition: BuiltCondition | undefined = undefined;
}

/** The assert, unless its property does not read (the reason is reported at the word). */
function buildAssert(b: AstBuilder, draft: AssertDraft): ast.AssertDef | undefined {
  const keyword = real(draft.keyword);
  if (!keyword) return undefined;
  // Without its `:` (reported by the parser), the title is not kept either.
  const title = real(draft.colon) ? b.text(real(draft.title)) : undefined;
  const when = real(draft.when);
  const property = readProperty(b, realTokens(draft.words), when, draft.condition?.node, real(draft.colon) ?? keyword);
  if (!property) return undefined;
  return { kind: 'AssertDef', title, property, span: b.cover(keyword, property) };
}

/** Words in context, read in order; `at` is the next one. */
class Words {
  private i = 0;

  constructor(
    private readonly b: AstBuilder,
    private readonly tokens: readonly IToken[],
    /** The token after the last word (`when`), or the one before the first, for "at the end". */
    private readonly after: IToken,
  ) {}

  get at(): IToken | undefined {
    return this.tokens[this.i];
  }

  /** Where the next word is, for `since`. */
  get next(): number {
    return this.i;
  }

  /** The words read since `from`, as written, one space apart. */
  since(from: number): string {
    return this.tokens
      .slice(from, this.i)
      .map((token) => token.image)
      .join(' ');
  }

  /** The last word read. */
  get last(): IToken | undefined {
    return this.tokens[this.i - 1];
  }

  accept(word: string): IToken | undefined {
    const token = this.at;
    if (token?.image !== word) return undefined;
    this.i++;
    return token;
  }

  /** A word of any kind matching `test`, or a syntax error saying what was expected. */
  take(what: string, test: (token: IToken) => boolean, help: string): IToken | undefined {
    const token = this.at;
    if (token !== undefined && test(token)) {
      this.i++;
      return token;
    }
    this.fail(`expected ${what}${this.found()}`, help);
    return undefined;
  }

  expect(word: string, help: string): IToken | undefined {
    return this.take(`\`${word}\``, (token) => token.image === word, help);
  }

  fail(message: string, help: string): void {
    this.b.syntax(this.at ?? this.endToken(), message, help);
  }

  private found(): string {
    return this.at === undefined ? ' at the end' : `, found \`${this.at.image}\``;
  }

  /** Where "at the end" points: the last word (past it may be past the file's end). */
  private endToken(): IToken {
    return this.tokens[this.tokens.length - 1] ?? this.after;
  }
}

const NAME = (token: IToken): boolean => token.tokenType === t.Name;
const PROPERTY_HELP = 'a property reads `never end_call unless warned`, `never end_call in the first 60s`, `block_caller always approved by supervisor` or `end_call always owes document`';

/**
 * Reads a property from its words (and the condition after `when`, already
 * read by the condition grammar); reports the first word that does not fit.
 */
function readProperty(b: AstBuilder, tokens: readonly IToken[], when: IToken | undefined, condition: ast.Condition | undefined, before: IToken): ast.Property | undefined {
  const words = new Words(b, tokens, when ?? before);
  const start = words.at;
  if (start === undefined) {
    words.fail('expected a property after `assert`', PROPERTY_HELP);
    return undefined;
  }
  if (words.accept('never')) {
    const action = words.take('an action such as `end_call`', NAME, PROPERTY_HELP);
    if (!action) return undefined;
    let unless: ast.NeverProperty['unless'];
    const unlessWord = words.accept('unless');
    if (unlessWord) {
      const escalated = words.accept('escalated');
      if (escalated) unless = { escalated: true, warnings: 0, written: '', span: b.cover(unlessWord, escalated) };
      else {
        if (!words.expect('warned', 'write `unless warned`, `unless warned twice`, `unless warned at least 3 times` or `unless escalated`')) return undefined;
        const from = words.next;
        const warnings = readTimes(words);
        if (warnings === undefined) return undefined;
        unless = { escalated: false, warnings, written: words.since(from), span: b.cover(unlessWord, words.last) };
      }
    }
    let first: ast.DurationLiteral | undefined;
    if (words.accept('in')) {
      const help = 'write `in the first 60s`';
      if (!words.expect('the', help) || !words.expect('first', help)) return undefined;
      const duration = words.take('a duration such as `60s` or `2m`', (token) => token.tokenType === t.Duration, help);
      if (!duration) return undefined;
      first = b.duration(duration);
    }
    if (words.at !== undefined) {
      words.fail(`unexpected \`${words.at.image}\` in a \`never\` property`, 'after `never <action>` come `unless ...`, `in the first ...` and `when ...`, in that order');
      return undefined;
    }
    if (when && !condition) return undefined;
    return { kind: 'NeverProperty', action: b.name(action), unless, first, when: condition, span: b.cover(start, words.last, condition) };
  }
  const action = words.take('`never` or an action such as `block_caller`', NAME, PROPERTY_HELP);
  if (!action) return undefined;
  if (!words.expect('always', PROPERTY_HELP)) return undefined;
  let approvedBy: IToken | undefined;
  let article = '';
  let owes: IToken | undefined;
  if (words.at?.tokenType === t.Approved) {
    words.take('`approved`', () => true, PROPERTY_HELP);
    if (!words.take('`by`', (token) => token.tokenType === t.By, 'write `approved by supervisor`')) return undefined;
    article = (words.accept('a') ?? words.accept('an'))?.image ?? '';
    approvedBy = words.take('a role such as `supervisor`', NAME, 'write `approved by supervisor`');
    if (!approvedBy) return undefined;
  } else {
    if (!words.expect('owes', 'write `always approved by <role>` or `always owes <duty>`')) return undefined;
    owes = words.take('a duty such as `document`', NAME, 'write `always owes document`');
    if (!owes) return undefined;
  }
  if (words.at !== undefined || when) {
    words.fail(`unexpected \`${words.at?.image ?? 'when'}\` after the property`, 'an `always` property ends with its role or duty');
    return undefined;
  }
  return { kind: 'AlwaysProperty', action: b.name(action), approvedBy: b.name(approvedBy), article, owes: b.name(owes), span: b.cover(start, words.last) };
}

/** `once`, `twice`, `N times`, `at least once`, `at least N times`; nothing means once. */
function readTimes(words: Words): number | undefined {
  if (words.accept('once')) return 1;
  if (words.accept('twice')) return 2;
  const help = 'write `at least once`, `at least twice` or `at least 3 times`';
  if (words.accept('at')) {
    if (!words.expect('least', help)) return undefined;
    if (words.accept('once')) return 1;
    if (words.accept('twice')) return 2;
  } else if (words.at?.tokenType !== t.NumberLit) return 1;
  const n = words.take('a whole number from 1', (token) => token.tokenType === t.NumberLit && /^[1-9]\d*$/.test(token.image), help);
  if (!n) return undefined;
  if (!words.take('`times`', (token) => token.tokenType === t.Times || token.image === 'time', help)) return undefined;
  return Number(n.image);
}

export const assertion: ItemConstruct = {
  keywords: [t.Assert],
  define: (g, { condition }) => {
    const word: IOrAlt<IToken>[] = [t.Name, t.NumberLit, t.Duration, t.Approved, t.By, t.Times, t.At, t.Once].map((type) => ({ ALT: () => g.CONSUME(type) }));
    const words = () => {
      const token = g.OR(word);
      if (!g.RECORDING_PHASE) g.drafts.top(AssertDraft).words.push(token);
    };
    return itemRule(g, 'assert', {
      draft: AssertDraft,
      read: (draft) => {
        draft.keyword = g.CONSUME(t.Assert);
        g.OPTION(() => {
          draft.title = g.CONSUME(t.StringLit);
          draft.colon = g.CONSUME(t.Colon);
        });
        g.MANY(words);
        g.OPTION2(() => {
          draft.when = g.CONSUME(t.When);
          g.SUBRULE(condition);
        });
      },
      build: buildAssert,
    });
  },
};
