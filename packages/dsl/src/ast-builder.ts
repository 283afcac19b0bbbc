/**
 * Makes the nodes of `ast.ts` from the drafts the parser's actions fill
 * (`drafts.ts`), one rule at a time as each ends. A draft may be partial
 * after error recovery: an item missing a required part is left out rather
 * than given an invented name, and tokens the parser inserted to recover are
 * treated as missing.
 *
 * Syntax problems found here (a repeated clause, a duty with a step's
 * modifier, a bad escape) are held until the parser keeps the item they are
 * in (`commit`): the parser may still abandon it, or find it to be a repeated
 * clause or a rule without a name, and then what it reported goes too.
 */
import type { IToken, TokenType } from 'chevrotain';
import type * as ast from './ast.js';
import { diagnostic } from './diagnostic.js';
import type { Diagnostic } from './diagnostic.js';
import type {
  AtomDraft,
  BuiltCondition,
  ChoiceDraft,
  ClauseDraft,
  DutyDraft,
  FoldDraft,
  LadderDraft,
  ModifierDraft,
  ModifierKind,
  NotDraft,
  PolicyDraft,
  RestrictionDraft,
  RuleDraft,
  SettingDraft,
  StepDraft,
} from './drafts.js';
import { durationMs } from './duration.js';
import type { Source } from './source.js';
import type { Span } from './span.js';
import * as t from './tokens.js';

type Part = IToken | { readonly span: Span } | undefined;

function isToken(part: IToken | { readonly span: Span }): part is IToken {
  return 'image' in part;
}

/** The token, unless the parser made it up to recover. */
function real(token: IToken | undefined): IToken | undefined {
  return token && !token.isInsertedInRecovery ? token : undefined;
}

function realTokens(tokens: readonly IToken[]): IToken[] {
  return tokens.filter((token) => !token.isInsertedInRecovery);
}

function endOf(token: IToken): number {
  return token.startOffset + token.image.length;
}

/** The modifiers a duty can take (a step takes them all). */
const DUTY_MODIFIERS = new Set<ModifierKind>(['within', 'to', 'with', 'by', 'up to ... per', 'for', 'between']);

/** The keywords of rule clauses, in the order a rule reads. */
const CLAUSES: readonly TokenType[] = [t.Channels, t.When, t.Do, t.Must, t.Duties];

/** What a step or duty keeps of its modifiers: the first of each kind, with the parts read along with it. */
class Modifiers implements Record<ModifierKind, IToken | undefined> {
  immediately: IToken | undefined = undefined;
  via: IToken | undefined = undefined;
  within: IToken | undefined = undefined;
  to: IToken | undefined = undefined;
  with: IToken | undefined = undefined;
  by: IToken | undefined = undefined;
  'up to ... times': IToken | undefined = undefined;
  'up to ... per': IToken | undefined = undefined;
  for: IToken | undefined = undefined;
  between: IToken | undefined = undefined;
  'approved by': IToken | undefined = undefined;
  upTo: IToken | undefined = undefined;
  period: IToken | undefined = undefined;
  until: IToken | undefined = undefined;
  approvers: readonly IToken[] = [];
  /** Where the last token of any modifier ends; -Infinity when there is none. */
  end = -Infinity;
}

/** What a step or duty without modifiers keeps (shared: nothing changes it). */
const NO_MODIFIERS: Readonly<Modifiers> = Object.freeze(new Modifiers());

/** Builds the nodes of one file. */
export class AstBuilder {
  /** Diagnostics of the item being built, until it is kept. */
  readonly #pending: Diagnostic[] = [];

  constructor(
    private readonly source: Source,
    private readonly diagnostics: Diagnostic[],
  ) {}

  // --- held diagnostics -----------------------------------------------------

  /** Where the diagnostics of what is built next will start. */
  mark(): number {
    return this.#pending.length;
  }

  /** Drops the diagnostics raised since `mark`. */
  private rollback(mark: number): void {
    this.#pending.length = mark;
  }

  /** Keeps the diagnostics raised so far: their item is in the tree. */
  commit(): void {
    for (const d of this.#pending) this.diagnostics.push(d);
    this.#pending.length = 0;
  }

  private syntax(token: IToken, message: string, help: string): void {
    this.#pending.push(diagnostic('parse/syntax', 'error', message, this.span(token), { help }));
  }

  // --- spans and leaves -----------------------------------------------------

  private span(token: IToken): Span {
    return { source: this.source, start: token.startOffset, end: endOf(token) };
  }

  /** The span from the first to the last of the parts that are present. */
  private cover(...parts: Part[]): Span {
    let start = Infinity;
    let end = -Infinity;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (part === undefined) continue;
      let partStart: number;
      let partEnd: number;
      if (isToken(part)) {
        partStart = part.startOffset;
        partEnd = endOf(part);
      } else {
        partStart = part.span.start;
        partEnd = part.span.end;
      }
      start = Math.min(start, partStart);
      end = Math.max(end, partEnd);
    }
    return { source: this.source, start, end };
  }

  /** The span covering `span` and every node of `list`, without gathering them into one array for {@link cover}. */
  private coverWith(span: Span, list: readonly { readonly span: Span }[] | undefined): Span {
    if (list === undefined || list.length === 0) return span;
    let start = span.start;
    let end = span.end;
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!.span;
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
    return { source: this.source, start, end };
  }

  private name(token: IToken): ast.Name;
  private name(token: IToken | undefined): ast.Name | undefined;
  private name(token: IToken | undefined): ast.Name | undefined {
    return token && { kind: 'Name', value: token.image, span: this.span(token) };
  }

  private number(token: IToken | undefined): ast.NumberLiteral | undefined {
    return token && { kind: 'Number', value: Number(token.image), raw: token.image, span: this.span(token) };
  }

  private duration(token: IToken | undefined): ast.DurationLiteral | undefined {
    return token && { kind: 'Duration', raw: token.image, ms: durationMs(token.image), span: this.span(token) };
  }

  private date(token: IToken | undefined): ast.DateLiteral | undefined {
    return token && { kind: 'Date', raw: token.image, span: this.span(token) };
  }

  private time(token: IToken | undefined): ast.TimeLiteral | undefined {
    return token && { kind: 'Time', raw: token.image, span: this.span(token) };
  }

  /** Names for the tokens that were really read. */
  private names(tokens: readonly IToken[]): ast.Name[] {
    return realTokens(tokens).map((token) => this.name(token));
  }

  private text(token: IToken | undefined): ast.Text | undefined {
    return token && { kind: 'Text', value: this.decode(token), span: this.span(token) };
  }

  /** Decodes a string's escapes, reporting bad ones. Wrong or missing quotes were reported by `parse`. */
  private decode(token: IToken): string {
    const raw = token.image;
    const closed = token.tokenType !== t.UnterminatedString;
    const body = raw.slice(1, closed ? -1 : undefined);
    if (!body.includes('\\')) return body;
    const base = token.startOffset + 1;
    return body.replace(/\\(u\{([0-9A-Fa-f]{1,6})\}|[^])?/g, (escape: string, what: string | undefined, hex: string | undefined, at: number) => {
      if (what === '"') return '"';
      if (what === '\\') return '\\';
      if (what === 'n') return '\n';
      if (what === 't') return '\t';
      if (hex !== undefined && parseInt(hex, 16) <= 0x10ffff) return String.fromCodePoint(parseInt(hex, 16));
      this.#pending.push(
        diagnostic(
          'parse/invalid-escape',
          'error',
          `unknown escape ${'`'}${escape}${'`'} in a string`,
          { source: this.source, start: base + at, end: base + at + Math.max(escape.length, 1) },
          { help: 'the escapes are `\\"`, `\\\\`, `\\n`, `\\t` and `\\u{1F600}`' },
        ),
      );
      return escape;
    });
  }

  // --- the file, the policy and its items ------------------------------------

  file(policy: ast.Policy | undefined, comments: readonly IToken[]): ast.PolicyFile {
    return {
      kind: 'PolicyFile',
      policy,
      comments: comments.map((c) => ({ kind: 'Comment', text: c.image.slice(1), span: this.span(c) })),
      span: { source: this.source, start: 0, end: this.source.body.length },
    };
  }

  /** The policy around the items kept. Held diagnostics left by an item the parser abandoned are dropped. */
  policy(draft: PolicyDraft): ast.Policy | undefined {
    this.rollback(0);
    const keyword = real(draft.keyword);
    const name = this.text(real(draft.name));
    let policy: ast.Policy | undefined;
    if (keyword && name) {
      const items = draft.items;
      policy = {
        kind: 'Policy',
        name,
        extends: this.text(real(draft.extends)),
        items,
        span: this.cover(keyword, name, real(draft.extends), items[items.length - 1], real(draft.rbrace)),
      };
    }
    this.commit();
    return policy;
  }

  header(fieldToken: IToken, valueToken: IToken): ast.HeaderField | undefined {
    const field = real(fieldToken);
    const token = real(valueToken);
    if (!field || !token) return undefined;
    const word = field.image as ast.HeaderField['field'];
    const value = word === 'effective' ? this.date(token) : word === 'stance' ? this.name(token) : this.text(token);
    if (!value) return undefined;
    return { kind: 'HeaderField', field: word, value, span: this.cover(field, value) };
  }

  threshold(keyword: IToken, behaviour: IToken | undefined, valueToken: IToken): ast.Threshold | undefined {
    const value = this.number(real(valueToken));
    if (!value) return undefined;
    return {
      kind: 'Threshold',
      behaviour: this.name(real(behaviour)),
      value,
      span: this.cover(real(keyword), value),
    };
  }

  zeroTolerance(keyword: IToken, behaviourTokens: readonly IToken[]): ast.ZeroTolerance | undefined {
    const behaviours = this.names(behaviourTokens);
    if (behaviours.length === 0) return undefined;
    return { kind: 'ZeroTolerance', behaviours, span: this.cover(real(keyword), ...behaviours) };
  }

  group(keyword: IToken, nameToken: IToken | undefined, memberTokens: readonly IToken[]): ast.GroupDef | undefined {
    const name = this.name(real(nameToken));
    const members = this.names(memberTokens);
    if (!name || members.length === 0) return undefined;
    return { kind: 'GroupDef', name, members, span: this.cover(real(keyword), ...members) };
  }

  script(keyword: IToken, nameToken: IToken, textToken: IToken): ast.ScriptDef | undefined {
    const name = this.name(real(nameToken));
    const text = this.text(real(textToken));
    if (!name || !text) return undefined;
    return { kind: 'ScriptDef', name, text, span: this.cover(real(keyword), text) };
  }

  nameList(list: 'roles' | 'teams', keyword: IToken, nameTokens: readonly IToken[]): ast.RolesDecl | ast.TeamsDecl | undefined {
    const names = this.names(nameTokens);
    if (names.length === 0) return undefined;
    const span = this.cover(real(keyword), ...names);
    return list === 'roles' ? { kind: 'RolesDecl', names, span } : { kind: 'TeamsDecl', names, span };
  }

  recordExpiry(keyword: IToken, recordToken: IToken, afterToken: IToken): ast.RecordExpiry | undefined {
    const record = this.name(real(recordToken));
    const after = this.duration(real(afterToken));
    if (!record || !after) return undefined;
    return { kind: 'RecordExpiry', record, after, span: this.cover(real(keyword), after) };
  }

  requirement(keyword: IToken, whatToken: IToken): ast.Requirement | undefined {
    const what = this.name(real(whatToken));
    return what && { kind: 'Requirement', what, span: this.cover(real(keyword), what) };
  }

  restriction(draft: RestrictionDraft): ast.RestrictionDef | undefined {
    const name = this.name(real(draft.name));
    if (!name) return undefined;
    // The first of each setting counts; the span covers them all.
    const settings = new Map<string, SettingDraft>();
    let start = Infinity;
    let end = -Infinity;
    for (const setting of draft.settings) {
      const key = real(setting.key);
      if (!key) continue; // an unknown word, already reported
      start = Math.min(start, key.startOffset);
      end = Math.max(end, setting.last ? endOf(setting.last) : -Infinity);
      if (settings.has(key.image)) this.syntax(key, `a restriction has only one \`${key.image}\` line`, 'keep one of the two');
      else settings.set(key.image, setting);
    }
    const first = (key: string): ast.Name | undefined => {
      const setting = settings.get(key);
      return setting && this.name(real(setting.names[0]));
    };
    const lasts = settings.get('lasts');
    const approvers = settings.get('approved');
    const approverTokens = approvers ? realTokens(approvers.names) : [];
    const approvedBy = approverTokens.map((token) => this.name(token));
    if (approvedBy.length > 2) this.syntax(approverTokens[2]!, 'a restriction is approved by one or two roles', 'two roles mean two people must agree: `approved by manager and director`');
    const lifted = settings.get('lifted');
    const channels = settings.get('channels');
    return {
      kind: 'RestrictionDef',
      name,
      title: this.text(real(draft.title)),
      restrictionKind: first('kind'),
      scope: first('scope'),
      channels: channels ? this.names(channels.names) : [],
      lasts: lasts && this.duration(real(lasts.duration)),
      review: this.review(settings.get('reviewed')),
      liftedWhen: lifted && this.text(real(lifted.text)),
      approvedBy,
      appeal: this.appeal(settings.get('appeal')),
      span: this.cover(
        real(draft.keyword),
        name,
        real(draft.title),
        start <= end ? { span: { source: this.source, start, end } } : undefined,
        real(draft.rbrace),
      ),
    };
  }

  private review(setting: SettingDraft | undefined): ast.Review | undefined {
    const after = setting && this.duration(real(setting.duration));
    if (!setting || !after) return undefined;
    const independently = real(setting.independently);
    return { kind: 'Review', after, independently: independently !== undefined, span: this.cover(after, independently) };
  }

  private appeal(setting: SettingDraft | undefined): ast.Appeal | undefined {
    const within = setting && this.number(real(setting.number));
    const unit = setting && this.name(real(setting.unit));
    if (!within || !unit) return undefined;
    return { kind: 'Appeal', within, unit, span: this.cover(within, unit) };
  }

  // --- rules ----------------------------------------------------------------

  /**
   * Takes a clause into its rule, in the order written: only the first of
   * each kind counts, and clauses out of order are reported.
   */
  clause(rule: RuleDraft, clause: ClauseDraft): void {
    const keyword = real(clause.keyword);
    if (!keyword) return; // an unknown word, already reported
    if (!real(rule.event) && !real(rule.name)) return; // the rule is left out (see `rule`)
    const word = keyword.image;
    if (rule.seen.has(word)) {
      this.rollback(clause.mark);
      this.syntax(keyword, `a rule has only one \`${word}\``, 'merge the two into one');
      return;
    }
    rule.seen.add(word);
    const rank = CLAUSES.indexOf(keyword.tokenType) + 1;
    if (rank < rule.rank) {
      this.syntax(keyword, `\`${word}\` must come earlier in the rule`, 'a rule reads `channels ... when ... do ... must ... duties ...`');
    }
    rule.rank = Math.max(rule.rank, rank);
    if (word === 'channels') rule.channels = this.names(clause.channels);
    else if (word === 'when') rule.when = clause.condition?.node;
    else if (word === 'do') rule.ladder = clause.ladder;
    else if (word === 'must') rule.must = clause.duties;
    else rule.duties = clause.duties;
  }

  /** The rule, or nothing (and none of its diagnostics) when it has no name. */
  rule(draft: RuleDraft): ast.Rule | undefined {
    const on = this.name(real(draft.event));
    const name = on ?? this.name(real(draft.name));
    if (!name) {
      this.rollback(draft.mark);
      return undefined;
    }
    const { channels, when, ladder, must, duties } = draft;
    const override = real(draft.override);
    return {
      kind: 'Rule',
      override: override !== undefined,
      on,
      name,
      title: on ? undefined : this.text(real(draft.title)),
      channels: channels ?? [],
      when,
      ladder,
      must: must ?? [],
      duties: duties ?? [],
      span: this.coverWith(
        this.coverWith(
          this.coverWith(
            this.cover(override ?? real(draft.keyword), name, real(draft.title), when, ladder, real(draft.rbrace)),
            channels,
          ),
          must,
        ),
        duties,
      ),
    };
  }

  // --- conditions -----------------------------------------------------------

  /** Joins `operand` onto what `into` holds so far: binary nodes, left-associative, over the operands that survived recovery. */
  fold(into: FoldDraft, kind: 'And' | 'Or', operand: BuiltCondition | undefined): void {
    if (!operand) return;
    const left = into.result;
    if (!left) {
      into.result = operand;
      return;
    }
    const span = this.cover({ span: left.outer }, { span: operand.outer });
    into.result = { node: { kind, left: left.node, right: operand.node, span }, outer: span };
  }

  not(draft: NotDraft): BuiltCondition | undefined {
    let result = draft.atom;
    if (!draft.nots) return result;
    const nots = realTokens(draft.nots);
    for (let i = nots.length - 1; i >= 0 && result; i--) {
      const span = this.cover(nots[i], { span: result.outer });
      result = { node: { kind: 'Not', operand: result.node, span }, outer: span };
    }
    return result;
  }

  atom(draft: AtomDraft): BuiltCondition | undefined {
    if (draft.lparen) {
      const inner = draft.condition;
      if (!inner) return undefined;
      return { node: inner.node, outer: this.cover(real(draft.lparen), { span: inner.outer }, real(draft.rparen)) };
    }
    const first = this.name(real(draft.first));
    if (!first) return undefined;
    const condition = real(draft.dot) ? this.field(draft, first) : this.behaviour(draft, first);
    return condition && { node: condition, outer: condition.span };
  }

  private field(draft: AtomDraft, root: ast.Name): ast.FieldCondition | undefined {
    const member = this.name(real(draft.member));
    if (!member) return undefined;
    const key = this.name(real(draft.key));
    const path: ast.FieldPath = { kind: 'FieldPath', root, member, key, span: this.cover(root, member, key) };
    if (!draft.compared) return { kind: 'Field', field: path, op: undefined, value: undefined, span: path.span };
    const op = real(draft.op)?.image as ast.ComparisonOp | undefined;
    const value = this.value(real(draft.value));
    if (!op || !value) return undefined;
    return { kind: 'Field', field: path, op, value, span: this.cover(path, value) };
  }

  private value(token: IToken | undefined): ast.FieldCondition['value'] {
    if (!token) return undefined;
    switch (token.tokenType) {
      case t.NumberLit:
        return this.number(token);
      case t.Duration:
        return this.duration(token);
      case t.Name:
        return this.name(token);
      default:
        return this.text(token);
    }
  }

  private behaviour(draft: AtomDraft, first: ast.Name): ast.BehaviourCondition | undefined {
    const second = this.name(real(draft.second));
    const count = draft.count;
    if (draft.counted && !count) return undefined;
    return {
      kind: 'Behaviour',
      speaker: second ? first : undefined,
      name: second ?? first,
      count,
      span: this.cover(first, second, count),
    };
  }

  count(n: IToken, window: IToken): ast.Count | undefined {
    const times = this.number(real(n));
    const within = this.duration(real(window));
    if (!times || !within) return undefined;
    return { kind: 'Count', times, within, span: this.cover(times, within) };
  }

  // --- ladders and duties -----------------------------------------------------

  ladder(draft: LadderDraft): ast.Ladder | undefined {
    const steps = draft.steps;
    if (steps.length === 0) return undefined;
    return { kind: 'Ladder', steps, span: this.cover(steps[0], steps[steps.length - 1]) };
  }

  /** A rung: its first choice, carrying the others as alternatives. */
  step(draft: StepDraft): ast.Step | undefined {
    const { first, alternatives } = draft;
    if (!first) return undefined;
    if (alternatives.length === 0) return first;
    return { ...first, alternatives, span: this.cover(first, ...alternatives) };
  }

  choice(draft: ChoiceDraft): ast.Step | undefined {
    const action = this.name(real(draft.action));
    if (!action) return undefined;
    const m = this.modifiers(draft.modifiers, 'step');
    return {
      kind: 'Step',
      action,
      immediately: m.immediately !== undefined,
      via: this.name(m.via),
      within: this.duration(m.within),
      to: this.name(m.to),
      script: this.name(m.with),
      by: this.name(m.by),
      upTo: m['up to ... times'] ? this.number(m.upTo) : undefined,
      for: this.duration(m.for),
      window: this.window(m),
      cap: this.cap(m),
      approvedBy: m.approvers.map((token) => this.name(token)),
      alternatives: [],
      span: { source: this.source, start: action.span.start, end: Math.max(action.span.end, m.end) },
    };
  }

  duty(draft: DutyDraft): ast.Duty | undefined {
    const name = this.name(real(draft.name));
    if (!name) return undefined;
    const target = this.name(real(draft.target));
    const m = this.modifiers(draft.modifiers, 'duty');
    return {
      kind: 'Duty',
      name,
      target,
      script: this.name(m.with),
      owner: this.name(m.by),
      within: this.duration(m.within),
      for: this.duration(m.for),
      to: this.name(m.to),
      window: this.window(m),
      cap: this.cap(m),
      span: { source: this.source, start: name.span.start, end: Math.max((target ?? name).span.end, m.end) },
    };
  }

  /**
   * The first of each modifier given, the parts read along with it, and
   * where the last modifier ends. Each modifier may be given once, and a
   * duty takes only some: anything else is an error rather than silently
   * dropped, so formatting can never lose what the author wrote.
   */
  private modifiers(drafts: readonly ModifierDraft[] | undefined, owner: 'step' | 'duty'): Readonly<Modifiers> {
    if (!drafts) return NO_MODIFIERS;
    const m = new Modifiers();
    for (const modifier of drafts) {
      const kind = modifier.kind;
      const token = real(modifier.token);
      if (kind !== undefined && token) {
        // `up to 3 times` is reported at its number, as written first.
        const at = real(modifier.upTo) ?? token;
        if (owner === 'duty' && !DUTY_MODIFIERS.has(kind)) {
          this.syntax(at, `a duty takes no \`${kind}\``, 'it belongs on a step of the `do` line');
        } else if (m[kind] || (kind === 'up to ... times' && m['up to ... per']) || (kind === 'up to ... per' && m['up to ... times'])) {
          this.syntax(at, `a ${owner} takes \`${kind}\` only once`, owner === 'step' ? 'remove the repeated part, or split the step in two with `then`' : 'remove the repeated part');
        } else {
          m[kind] = token;
          m.upTo = real(modifier.upTo) ?? m.upTo;
          m.period = real(modifier.period) ?? m.period;
          m.until = real(modifier.until) ?? m.until;
          if (kind === 'approved by') {
            m.approvers = realTokens(modifier.approvers ?? []);
            const third = m.approvers[2];
            if (third) this.syntax(third, 'a step is approved by one or two roles', 'two roles mean two people must agree: `approved by manager and director`');
          }
        }
      }
      // A modifier that read nothing leaves `last` where it was before it.
      if (modifier.last && modifier.last !== modifier.before) m.end = Math.max(m.end, endOf(modifier.last));
    }
    return m;
  }

  private window(m: Readonly<Modifiers>): ast.Window | undefined {
    const from = this.time(m.between);
    const to = this.time(m.until);
    if (!from || !to) return undefined;
    return { kind: 'Window', from, to, span: this.cover(from, to) };
  }

  private cap(m: Readonly<Modifiers>): ast.DailyCap | undefined {
    if (!m['up to ... per']) return undefined;
    const count = this.number(m.upTo);
    const per = this.name(m.period);
    if (!count || !per) return undefined;
    return { kind: 'DailyCap', count, per, span: this.cover(count, per) };
  }
}

