/**
 * Turns the parser's CST into the AST of `ast.ts`. The CST may be partial
 * after error recovery: an item missing a required part is left out rather
 * than given an invented name, and tokens the parser inserted to recover are
 * treated as missing.
 *
 * This runs once per CST node of a policy (a 1,000-rule policy has about
 * 60,000), so the walks over children below are plain loops that allocate
 * only what the AST keeps.
 */
import type { CstElement, CstNode, IToken } from 'chevrotain';
import type * as ast from './ast.js';
import { diagnostic } from './diagnostic.js';
import { durationMs } from './duration.js';
import type { Diagnostic } from './diagnostic.js';
import type { Source } from './source.js';
import type { Span } from './span.js';

type Part = IToken | { readonly span: Span } | undefined;

function isToken(part: IToken | { readonly span: Span }): part is IToken {
  return 'image' in part;
}

function isCstNode(element: CstElement): element is CstNode {
  return 'children' in element;
}

/** Modifiers by CST key, with the words that introduce each. */
const MODIFIERS: readonly (readonly [string, string])[] = [
  ['Immediately', 'immediately'],
  ['mode', 'via'],
  ['withinDuration', 'within'],
  ['to', 'to'],
  ['scriptName', 'with'],
  ['by', 'by'],
  ['Times', 'up to ... times'],
  ['Per', 'up to ... per'],
  ['forDuration', 'for'],
  ['from', 'between'],
  ['approver', 'approved by'],
];

/** The tokens read along with a modifier's keyword. */
const MODIFIER_PARTS = ['upTo', 'per', 'until'] as const;

/** The modifiers a duty can take (a step takes them all). */
const DUTY_MODIFIERS = new Set(['withinDuration', 'to', 'scriptName', 'by', 'Per', 'forDuration', 'from']);

/** Restriction settings by keyword, in the order docs/language.md lists them. */
const SETTINGS = ['kind', 'scope', 'channels', 'lasts', 'reviewed', 'lifted', 'approved', 'appeal'] as const;

/**
 * Builds the AST of one file. Items are built one by one as the parser
 * finishes them (`item`), then the file around them (`file`). Syntax problems
 * found here go to `diagnostics`.
 */
export class AstBuilder {
  constructor(
    private readonly source: Source,
    private readonly diagnostics: Diagnostic[],
  ) {}

  // --- CST access -----------------------------------------------------------

  /** The first real token under `key`; tokens inserted by recovery do not count. */
  token(node: CstNode, key: string): IToken | undefined {
    const first = node.children[key]?.[0];
    return first && !isCstNode(first) && !first.isInsertedInRecovery ? first : undefined;
  }

  tokens(node: CstNode, key: string): IToken[] {
    const elements = node.children[key];
    if (elements === undefined) return [];
    return elements.filter((e): e is IToken => !isCstNode(e) && !e.isInsertedInRecovery);
  }

  node(node: CstNode, key: string): CstNode | undefined {
    const first = node.children[key]?.[0];
    return first && isCstNode(first) ? first : undefined;
  }

  /** The CST nodes under `key`; the parser's own array when they all are (read only). */
  nodes(node: CstNode, key: string): readonly CstNode[] {
    const elements = node.children[key];
    if (elements === undefined) return [];
    return elements.every(isCstNode) ? elements : elements.filter(isCstNode);
  }

  // --- spans and leaves -----------------------------------------------------

  span(token: IToken): Span {
    return { source: this.source, start: token.startOffset, end: token.startOffset + token.image.length };
  }

  /** The span from the first to the last of the parts that are present. */
  cover(...parts: Part[]): Span {
    let start = Infinity;
    let end = -Infinity;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (part === undefined) continue;
      let partStart: number;
      let partEnd: number;
      if (isToken(part)) {
        partStart = part.startOffset;
        partEnd = part.startOffset + part.image.length;
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
  coverWith(span: Span, list: readonly { readonly span: Span }[] | undefined): Span {
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

  name(token: IToken | undefined): ast.Name | undefined {
    return token && { kind: 'Name', value: token.image, span: this.span(token) };
  }

  number(token: IToken | undefined): ast.NumberLiteral | undefined {
    return token && { kind: 'Number', value: Number(token.image), raw: token.image, span: this.span(token) };
  }

  duration(token: IToken | undefined): ast.DurationLiteral | undefined {
    return token && { kind: 'Duration', raw: token.image, ms: durationMs(token.image), span: this.span(token) };
  }

  date(token: IToken | undefined): ast.DateLiteral | undefined {
    return token && { kind: 'Date', raw: token.image, span: this.span(token) };
  }

  time(token: IToken | undefined): ast.TimeLiteral | undefined {
    return token && { kind: 'Time', raw: token.image, span: this.span(token) };
  }

  names(node: CstNode, key: string): ast.Name[] {
    return this.tokens(node, key).map((t) => this.name(t)!);
  }

  text(token: IToken | undefined): ast.Text | undefined {
    return token && { kind: 'Text', value: this.decode(token), span: this.span(token) };
  }

  /** Decodes a string's escapes, reporting bad ones. Wrong or missing quotes were reported by `parse`. */
  decode(token: IToken): string {
    const raw = token.image;
    const closed = token.tokenType.name !== 'UnterminatedString';
    const body = raw.slice(1, closed ? -1 : undefined);
    if (!body.includes('\\')) return body;
    const base = token.startOffset + 1;
    return body.replace(/\\(u\{([0-9A-Fa-f]{1,6})\}|[^])?/g, (escape: string, what: string | undefined, hex: string | undefined, at: number) => {
      if (what === '"') return '"';
      if (what === '\\') return '\\';
      if (what === 'n') return '\n';
      if (what === 't') return '\t';
      if (hex !== undefined && parseInt(hex, 16) <= 0x10ffff) return String.fromCodePoint(parseInt(hex, 16));
      this.diagnostics.push(
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

  // --- the policy and its items -----------------------------------------------

  /** The file, given its CST (if any), comments and the items already built. */
  file(cst: CstNode | undefined, comments: readonly IToken[], items: readonly ast.PolicyItem[]): ast.PolicyFile {
    const policyCst = cst && this.node(cst, 'policy');
    return {
      kind: 'PolicyFile',
      policy: policyCst && this.policy(policyCst, items),
      comments: comments.map((c) => ({ kind: 'Comment', text: c.image.slice(1), span: this.span(c) })),
      span: { source: this.source, start: 0, end: this.source.body.length },
    };
  }

  policy(node: CstNode, items: readonly ast.PolicyItem[]): ast.Policy | undefined {
    const keyword = this.token(node, 'Policy');
    const name = this.text(this.token(node, 'name'));
    if (!keyword || !name) return undefined;
    const last = items[items.length - 1];
    return {
      kind: 'Policy',
      name,
      extends: this.text(this.token(node, 'extends')),
      items,
      span: this.cover(keyword, name, this.token(node, 'extends'), last, this.token(node, 'RBrace')),
    };
  }

  item(node: CstNode): ast.PolicyItem | undefined {
    let key: string | undefined;
    for (key in node.children) break; // the first key only
    const inner = key === undefined ? undefined : node.children[key]?.[0];
    if (!inner || !isCstNode(inner)) return undefined;
    switch (key) {
      case 'header':
        return this.header(inner);
      case 'threshold':
        return this.threshold(inner);
      case 'zeroTolerance':
        return this.zeroTolerance(inner);
      case 'group':
        return this.group(inner);
      case 'script':
        return this.script(inner);
      case 'roles':
      case 'teams':
        return this.nameList(inner, key);
      case 'recordExpiry':
        return this.recordExpiry(inner);
      case 'requirement':
        return this.requirement(inner);
      case 'restriction':
        return this.restriction(inner);
      case 'rule':
        return this.rule(inner);
      default:
        return undefined; // an unknown word, already reported
    }
  }

  header(node: CstNode): ast.HeaderField | undefined {
    const field = this.token(node, 'field');
    const valueToken = this.token(node, 'value');
    if (!field || !valueToken) return undefined;
    const word = field.image as ast.HeaderField['field'];
    const value =
      word === 'effective' ? this.date(valueToken) : word === 'stance' ? this.name(valueToken) : this.text(valueToken);
    if (!value) return undefined;
    return { kind: 'HeaderField', field: word, value, span: this.cover(field, value) };
  }

  threshold(node: CstNode): ast.Threshold | undefined {
    const value = this.number(this.token(node, 'value'));
    if (!value) return undefined;
    return {
      kind: 'Threshold',
      behaviour: this.name(this.token(node, 'behaviour')),
      value,
      span: this.cover(this.token(node, 'Threshold'), value),
    };
  }

  zeroTolerance(node: CstNode): ast.ZeroTolerance | undefined {
    const behaviours = this.tokens(node, 'behaviours').map((t) => this.name(t)!);
    if (behaviours.length === 0) return undefined;
    return {
      kind: 'ZeroTolerance',
      behaviours,
      span: this.cover(this.token(node, 'Zero_tolerance'), ...behaviours),
    };
  }

  group(node: CstNode): ast.GroupDef | undefined {
    const name = this.name(this.token(node, 'name'));
    const members = this.tokens(node, 'members').map((t) => this.name(t)!);
    if (!name || members.length === 0) return undefined;
    return { kind: 'GroupDef', name, members, span: this.cover(this.token(node, 'Group'), ...members) };
  }

  script(node: CstNode): ast.ScriptDef | undefined {
    const name = this.name(this.token(node, 'name'));
    const text = this.text(this.token(node, 'text'));
    if (!name || !text) return undefined;
    return { kind: 'ScriptDef', name, text, span: this.cover(this.token(node, 'Script'), text) };
  }

  nameList(node: CstNode, key: 'roles' | 'teams'): ast.RolesDecl | ast.TeamsDecl | undefined {
    const names = this.names(node, 'names');
    if (names.length === 0) return undefined;
    const span = this.cover(this.token(node, key === 'roles' ? 'Roles' : 'Teams'), ...names);
    return key === 'roles' ? { kind: 'RolesDecl', names, span } : { kind: 'TeamsDecl', names, span };
  }

  recordExpiry(node: CstNode): ast.RecordExpiry | undefined {
    const record = this.name(this.token(node, 'record'));
    const after = this.duration(this.token(node, 'after'));
    if (!record || !after) return undefined;
    return { kind: 'RecordExpiry', record, after, span: this.cover(this.token(node, 'Record'), after) };
  }

  requirement(node: CstNode): ast.Requirement | undefined {
    const what = this.name(this.token(node, 'what'));
    return what && { kind: 'Requirement', what, span: this.cover(this.token(node, 'Require'), what) };
  }

  restriction(node: CstNode): ast.RestrictionDef | undefined {
    const name = this.name(this.token(node, 'name'));
    if (!name) return undefined;
    const settings = new Map<string, CstNode>();
    for (const setting of this.nodes(node, 'settings')) {
      const key = this.token(setting, 'key');
      if (!key) continue;
      if (settings.has(key.image)) this.syntax(key, `a restriction has only one \`${key.image}\` line`, 'keep one of the two');
      else settings.set(key.image, setting);
    }
    const get = (key: (typeof SETTINGS)[number]): CstNode | undefined => settings.get(key);
    const first = (key: (typeof SETTINGS)[number]): ast.Name | undefined => {
      const setting = get(key);
      return setting && this.name(this.token(setting, 'names'));
    };
    const lasts = get('lasts');
    const approvers = get('approved');
    const approvedBy = approvers ? this.names(approvers, 'names') : [];
    if (approvedBy.length > 2) this.syntax(this.tokens(approvers!, 'names')[2]!, 'a restriction is approved by one or two roles', 'two roles mean two people must agree: `approved by manager and director`');
    const lifted = get('lifted');
    const channels = get('channels');
    return {
      kind: 'RestrictionDef',
      name,
      title: this.text(this.token(node, 'title')),
      restrictionKind: first('kind'),
      scope: first('scope'),
      channels: channels ? this.names(channels, 'names') : [],
      lasts: lasts && this.duration(this.token(lasts, 'duration')),
      review: this.review(get('reviewed')),
      liftedWhen: lifted && this.text(this.token(lifted, 'text')),
      approvedBy,
      appeal: this.appeal(get('appeal')),
      span: this.cover(this.token(node, 'Restriction'), name, this.token(node, 'title'), ...this.nodes(node, 'settings').flatMap((n) => this.leaves(n)), this.token(node, 'RBrace')),
    };
  }

  review(node: CstNode | undefined): ast.Review | undefined {
    const after = node && this.duration(this.token(node, 'duration'));
    if (!node || !after) return undefined;
    const independently = this.token(node, 'Independently');
    return { kind: 'Review', after, independently: independently !== undefined, span: this.cover(after, independently) };
  }

  appeal(node: CstNode | undefined): ast.Appeal | undefined {
    const within = node && this.number(this.token(node, 'number'));
    const unit = node && this.name(this.token(node, 'unit'));
    if (!within || !unit) return undefined;
    return { kind: 'Appeal', within, unit, span: this.cover(within, unit) };
  }

  // --- rules ----------------------------------------------------------------

  rule(node: CstNode): ast.Rule | undefined {
    const on = this.name(this.token(node, 'event'));
    const name = on ?? this.name(this.token(node, 'name'));
    if (!name) return undefined;
    let channels: ast.Name[] | undefined;
    let when: ast.Condition | undefined;
    let ladder: ast.Ladder | undefined;
    let must: ast.Duty[] | undefined;
    let duties: ast.Duty[] | undefined;
    const seen = new Set<string>();
    let rank = 0;
    for (const clause of this.nodes(node, 'clauses')) {
      let keyword: IToken | undefined;
      for (let i = 0; i < CLAUSES.length && !keyword; i++) keyword = this.token(clause, CLAUSES[i]!);
      if (!keyword) continue;
      const word = keyword.image;
      if (seen.has(word)) {
        this.syntax(keyword, `a rule has only one \`${word}\``, 'merge the two into one');
        continue;
      }
      seen.add(word);
      const clauseRank = CLAUSES.indexOf(keyword.tokenType.name) + 1;
      if (clauseRank < rank) {
        this.syntax(keyword, `\`${word}\` must come earlier in the rule`, 'a rule reads `channels ... when ... do ... must ... duties ...`');
      }
      rank = Math.max(rank, clauseRank);
      if (word === 'channels') {
        channels = this.names(clause, 'channelList');
      } else if (word === 'when') {
        const condition = this.node(clause, 'condition');
        when = condition && this.condition(condition)?.node;
      } else if (word === 'do') {
        const ladderNode = this.node(clause, 'ladder');
        ladder = ladderNode && this.ladder(ladderNode);
      } else {
        const list: ast.Duty[] = [];
        for (const d of this.nodes(clause, 'dutyList')) {
          const duty = this.duty(d);
          if (duty) list.push(duty);
        }
        if (word === 'must') must = list;
        else duties = list;
      }
    }
    return {
      kind: 'Rule',
      override: this.token(node, 'Override') !== undefined,
      on,
      name,
      title: on ? undefined : this.text(this.token(node, 'title')),
      channels: channels ?? [],
      when,
      ladder,
      must: must ?? [],
      duties: duties ?? [],
      span: this.coverWith(
        this.coverWith(
          this.coverWith(
            this.cover(this.token(node, 'Override') ?? this.token(node, 'Rule') ?? this.token(node, 'On'), name, this.token(node, 'title'), when, ladder, this.token(node, 'RBrace')),
            channels,
          ),
          must,
        ),
        duties,
      ),
    };
  }

  syntax(token: IToken, message: string, help: string): void {
    this.diagnostics.push(diagnostic('parse/syntax', 'error', message, this.span(token), { help }));
  }

  // --- conditions: each returns the node and its span with any parentheses ---

  condition(node: CstNode): { node: ast.Condition; outer: Span } | undefined {
    return this.fold(this.nodes(node, 'operands'), 'Or', (n) => this.andCondition(n));
  }

  andCondition(node: CstNode): { node: ast.Condition; outer: Span } | undefined {
    return this.fold(this.nodes(node, 'operands'), 'And', (n) => this.notCondition(n));
  }

  /** Left-associative binary nodes over the operands that survived recovery, built in order. */
  fold(
    nodes: readonly CstNode[],
    kind: 'And' | 'Or',
    build: (node: CstNode) => { node: ast.Condition; outer: Span } | undefined,
  ): { node: ast.Condition; outer: Span } | undefined {
    let result: { node: ast.Condition; outer: Span } | undefined;
    for (const n of nodes) {
      const operand = build(n);
      if (!operand) continue;
      if (!result) {
        result = operand;
        continue;
      }
      const span = this.cover({ span: result.outer }, { span: operand.outer });
      result = { node: { kind, left: result.node, right: operand.node, span }, outer: span };
    }
    return result;
  }

  notCondition(node: CstNode): { node: ast.Condition; outer: Span } | undefined {
    const atomNode = this.node(node, 'atom');
    let result = atomNode && this.atom(atomNode);
    if (node.children['nots'] === undefined) return result;
    const nots = this.tokens(node, 'nots');
    for (let i = nots.length - 1; i >= 0 && result; i--) {
      const span = this.cover(nots[i], { span: result.outer });
      result = { node: { kind: 'Not', operand: result.node, span }, outer: span };
    }
    return result;
  }

  atom(node: CstNode): { node: ast.Condition; outer: Span } | undefined {
    const inner = this.node(node, 'inner');
    if (inner) {
      const result = this.condition(inner);
      if (!result) return undefined;
      return { node: result.node, outer: this.cover(this.token(node, 'LParen'), { span: result.outer }, this.token(node, 'RParen')) };
    }
    const first = this.name(this.token(node, 'first'));
    if (!first) return undefined;
    const condition = this.token(node, 'Dot') ? this.field(node, first) : this.behaviour(node, first);
    return condition && { node: condition, outer: condition.span };
  }

  field(node: CstNode, root: ast.Name): ast.FieldCondition | undefined {
    const member = this.name(this.token(node, 'member'));
    if (!member) return undefined;
    const key = this.name(this.token(node, 'key'));
    const path: ast.FieldPath = { kind: 'FieldPath', root, member, key, span: this.cover(root, member, key) };
    const opNode = this.node(node, 'op');
    const valueNode = this.node(node, 'value');
    if (!opNode) return { kind: 'Field', field: path, op: undefined, value: undefined, span: path.span };
    const op = this.token(opNode, 'op')?.image as ast.ComparisonOp | undefined;
    const value = valueNode && this.value(valueNode);
    if (!op || !value) return undefined;
    return { kind: 'Field', field: path, op, value, span: this.cover(path, value) };
  }

  value(node: CstNode): ast.FieldCondition['value'] {
    const token = this.token(node, 'value');
    if (!token) return undefined;
    switch (token.tokenType.name) {
      case 'Number':
        return this.number(token);
      case 'Duration':
        return this.duration(token);
      case 'Name':
        return this.name(token);
      default:
        return this.text(token);
    }
  }

  behaviour(node: CstNode, first: ast.Name): ast.BehaviourCondition | undefined {
    const second = this.name(this.token(node, 'second'));
    const countNode = this.node(node, 'count');
    const count = countNode && this.count(countNode);
    if (countNode && !count) return undefined;
    return {
      kind: 'Behaviour',
      speaker: second ? first : undefined,
      name: second ?? first,
      count,
      span: this.cover(first, second, count),
    };
  }

  count(node: CstNode): ast.Count | undefined {
    const times = this.number(this.token(node, 'n'));
    const within = this.duration(this.token(node, 'window'));
    if (!times || !within) return undefined;
    return { kind: 'Count', times, within, span: this.cover(times, within) };
  }

  // --- ladders and duties -----------------------------------------------------

  ladder(node: CstNode): ast.Ladder | undefined {
    const steps: ast.Step[] = [];
    for (const s of this.nodes(node, 'steps')) {
      const step = this.step(s);
      if (step) steps.push(step);
    }
    if (steps.length === 0) return undefined;
    return { kind: 'Ladder', steps, span: this.cover(steps[0], steps[steps.length - 1]) };
  }

  /** A rung: its first choice, carrying the others as alternatives. */
  step(node: CstNode): ast.Step | undefined {
    let first: ast.Step | undefined;
    const alternatives: ast.Step[] = [];
    for (const c of this.nodes(node, 'choices')) {
      const choice = this.choice(c);
      if (!choice) continue;
      if (first) alternatives.push(choice);
      else first = choice;
    }
    if (!first) return undefined;
    if (alternatives.length === 0) return first;
    return { ...first, alternatives, span: this.cover(first, ...alternatives) };
  }

  choice(node: CstNode): ast.Step | undefined {
    const action = this.name(this.token(node, 'action'));
    if (!action) return undefined;
    const { first, approvers, end } = this.modifiers(this.nodes(node, 'modifiers'), 'step');
    return {
      kind: 'Step',
      action,
      immediately: first.has('Immediately'),
      via: this.name(first.get('mode')),
      within: this.duration(first.get('withinDuration')),
      to: this.name(first.get('to')),
      script: this.name(first.get('scriptName')),
      by: this.name(first.get('by')),
      upTo: first.has('Times') ? this.number(first.get('upTo')) : undefined,
      for: this.duration(first.get('forDuration')),
      window: this.window(first),
      cap: this.cap(first),
      approvedBy: approvers.map((t) => this.name(t)!),
      alternatives: [],
      span: { source: this.source, start: action.span.start, end: Math.max(action.span.end, end) },
    };
  }

  duty(node: CstNode): ast.Duty | undefined {
    const name = this.name(this.token(node, 'name'));
    if (!name) return undefined;
    const target = this.name(this.token(node, 'target'));
    const { first, end } = this.modifiers(this.nodes(node, 'modifiers'), 'duty');
    return {
      kind: 'Duty',
      name,
      target,
      script: this.name(first.get('scriptName')),
      owner: this.name(first.get('by')),
      within: this.duration(first.get('withinDuration')),
      for: this.duration(first.get('forDuration')),
      to: this.name(first.get('to')),
      window: this.window(first),
      cap: this.cap(first),
      span: { source: this.source, start: name.span.start, end: Math.max((target ?? name).span.end, end) },
    };
  }

  /**
   * The first token of each modifier given (keyed as in {@link MODIFIERS},
   * plus the tokens the builders read), and where the last one ends. Each
   * modifier may be given once, and a duty takes only some: anything else
   * is an error rather than silently dropped, so formatting can never lose
   * what the author wrote.
   */
  modifiers(nodes: readonly CstNode[], owner: 'step' | 'duty'): { first: Map<string, IToken>; approvers: IToken[]; end: number } {
    const first = new Map<string, IToken>();
    let approvers: IToken[] = [];
    let end = -Infinity;
    for (const modifier of nodes) {
      for (const [key, keyword] of MODIFIERS) {
        if (modifier.children[key] === undefined) continue; // most keys are absent: skip the lookups below
        const token = this.token(modifier, key);
        if (!token) continue;
        // `up to 3 times` is reported at its number, as written first.
        const at = this.token(modifier, 'upTo') ?? token;
        if (owner === 'duty' && !DUTY_MODIFIERS.has(key)) {
          this.syntax(at, `a duty takes no \`${keyword}\``, 'it belongs on a step of the `do` line');
        } else if (first.has(key) || (key === 'Times' && first.has('Per')) || (key === 'Per' && first.has('Times'))) {
          this.syntax(at, `a ${owner} takes \`${keyword}\` only once`, owner === 'step' ? 'remove the repeated part, or split the step in two with `then`' : 'remove the repeated part');
        } else {
          first.set(key, token);
          // The tokens the builders read with it.
          for (const part of MODIFIER_PARTS) {
            const t = this.token(modifier, part);
            if (t) first.set(part, t);
          }
          if (key === 'approver') approvers = this.tokens(modifier, 'approver');
          if (approvers.length > 2) this.syntax(approvers[2]!, 'a step is approved by one or two roles', 'two roles mean two people must agree: `approved by manager and director`');
        }
      }
      end = Math.max(end, this.leavesEnd(modifier));
    }
    return { first, approvers, end };
  }

  /** The real tokens directly under a CST node. */
  leaves(node: CstNode): IToken[] {
    const out: IToken[] = [];
    for (const elements of Object.values(node.children)) {
      for (const e of elements) if (!isCstNode(e) && !e.isInsertedInRecovery) out.push(e);
    }
    return out;
  }

  /** Where the last of {@link leaves} ends; -Infinity when there are none. */
  leavesEnd(node: CstNode): number {
    let end = -Infinity;
    const children = node.children;
    for (const key in children) {
      const elements = children[key]!;
      for (let i = 0; i < elements.length; i++) {
        const e = elements[i]!;
        if (!isCstNode(e) && !e.isInsertedInRecovery) end = Math.max(end, e.startOffset + e.image.length);
      }
    }
    return end;
  }

  window(first: ReadonlyMap<string, IToken>): ast.Window | undefined {
    const from = this.time(first.get('from'));
    const to = this.time(first.get('until'));
    if (!from || !to) return undefined;
    return { kind: 'Window', from, to, span: this.cover(from, to) };
  }

  cap(first: ReadonlyMap<string, IToken>): ast.DailyCap | undefined {
    if (!first.has('Per')) return undefined;
    const count = this.number(first.get('upTo'));
    const per = this.name(first.get('per'));
    if (!count || !per) return undefined;
    return { kind: 'DailyCap', count, per, span: this.cover(count, per) };
  }
}

/** Rule clauses by token name, in the order a rule reads. */
const CLAUSES = ['Channels', 'When', 'Do', 'Must', 'Duties'];
