/**
 * Turns the parser's CST into the AST of `ast.ts`. The CST may be partial
 * after error recovery: an item missing a required part is left out rather
 * than given an invented name, and tokens the parser inserted to recover are
 * treated as missing.
 */
import type { CstElement, CstNode, IToken } from 'chevrotain';
import type * as ast from './ast.js';
import { diagnostic } from './diagnostic.js';
import type { Diagnostic } from './diagnostic.js';
import type { Source } from './source.js';
import type { Span } from './span.js';

type Part = IToken | { readonly span: Span } | undefined;

const DURATION_UNITS: Readonly<Record<string, number>> = {
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

function isToken(part: IToken | { readonly span: Span }): part is IToken {
  return 'image' in part;
}

function isCstNode(element: CstElement): element is CstNode {
  return 'children' in element;
}

/** Step modifiers by CST key, with the keyword that introduces each. */
const STEP_MODIFIERS: readonly (readonly [string, string])[] = [
  ['Immediately', 'immediately'],
  ['role', 'to'],
  ['scriptName', 'with'],
  ['upTo', 'up to'],
  ['forDuration', 'for'],
  ['withinDuration', 'within'],
  ['approver', 'approved by'],
];

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
    return (node.children[key] ?? []).filter(
      (e): e is IToken => !isCstNode(e) && !e.isInsertedInRecovery,
    );
  }

  node(node: CstNode, key: string): CstNode | undefined {
    const first = node.children[key]?.[0];
    return first && isCstNode(first) ? first : undefined;
  }

  nodes(node: CstNode, key: string): CstNode[] {
    return (node.children[key] ?? []).filter(isCstNode);
  }

  // --- spans and leaves -----------------------------------------------------

  span(token: IToken): Span {
    return { source: this.source, start: token.startOffset, end: token.startOffset + token.image.length };
  }

  /** The span from the first to the last of the parts that are present. */
  cover(...parts: Part[]): Span {
    let start = Infinity;
    let end = -Infinity;
    for (const part of parts) {
      if (part === undefined) continue;
      const span = isToken(part) ? this.span(part) : part.span;
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
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
    if (!token) return undefined;
    const match = /^(\d+)([smhdw])$/.exec(token.image);
    const ms = match ? Number(match[1]) * DURATION_UNITS[match[2]!]! : undefined;
    return { kind: 'Duration', raw: token.image, ms, span: this.span(token) };
  }

  date(token: IToken | undefined): ast.DateLiteral | undefined {
    return token && { kind: 'Date', raw: token.image, span: this.span(token) };
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
    const [key, child] = Object.entries(node.children)[0] ?? [];
    const inner = child?.[0];
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

  // --- rules ----------------------------------------------------------------

  rule(node: CstNode): ast.Rule | undefined {
    const on = this.name(this.token(node, 'event'));
    const name = on ?? this.name(this.token(node, 'name'));
    if (!name) return undefined;
    let when: ast.Condition | undefined;
    let ladder: ast.Ladder | undefined;
    let duties: ast.Duty[] | undefined;
    let rank = 0;
    for (const clause of this.nodes(node, 'clauses')) {
      const keyword = this.token(clause, 'When') ?? this.token(clause, 'Do') ?? this.token(clause, 'Duties');
      if (!keyword) continue;
      const seen = keyword.image === 'when' ? when : keyword.image === 'do' ? ladder : duties;
      const clauseRank = ['when', 'do', 'duties'].indexOf(keyword.image) + 1;
      if (seen !== undefined) {
        this.syntax(keyword, `a rule has only one \`${keyword.image}\``, 'merge the two into one');
        continue;
      }
      if (clauseRank < rank) {
        this.syntax(keyword, `\`${keyword.image}\` must come earlier in the rule`, 'a rule reads `when ... do ... duties ...`');
      }
      rank = Math.max(rank, clauseRank);
      if (keyword.image === 'when') {
        const condition = this.node(clause, 'condition');
        when = condition && this.condition(condition)?.node;
      } else if (keyword.image === 'do') {
        const ladderNode = this.node(clause, 'ladder');
        ladder = ladderNode && this.ladder(ladderNode);
      } else {
        duties = this.nodes(clause, 'dutyList').flatMap((d) => this.duty(d) ?? []);
      }
    }
    return {
      kind: 'Rule',
      override: this.token(node, 'Override') !== undefined,
      on,
      name,
      title: on ? undefined : this.text(this.token(node, 'title')),
      when,
      ladder,
      duties: duties ?? [],
      span: this.cover(
        this.token(node, 'Override') ?? this.token(node, 'Rule') ?? this.token(node, 'On'),
        name,
        this.token(node, 'title'),
        when,
        ladder,
        ...(duties ?? []),
        this.token(node, 'RBrace'),
      ),
    };
  }

  syntax(token: IToken, message: string, help: string): void {
    this.diagnostics.push(diagnostic('parse/syntax', 'error', message, this.span(token), { help }));
  }

  // --- conditions: each returns the node and its span with any parentheses ---

  condition(node: CstNode): { node: ast.Condition; outer: Span } | undefined {
    return this.fold(this.nodes(node, 'operands').map((n) => this.andCondition(n)), 'Or');
  }

  andCondition(node: CstNode): { node: ast.Condition; outer: Span } | undefined {
    return this.fold(this.nodes(node, 'operands').map((n) => this.notCondition(n)), 'And');
  }

  /** Left-associative binary nodes over the operands that survived recovery. */
  fold(
    operands: ({ node: ast.Condition; outer: Span } | undefined)[],
    kind: 'And' | 'Or',
  ): { node: ast.Condition; outer: Span } | undefined {
    let result: { node: ast.Condition; outer: Span } | undefined;
    for (const operand of operands) {
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
    const path: ast.FieldPath = { kind: 'FieldPath', root, member, span: this.cover(root, member) };
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
    const steps = this.nodes(node, 'steps').flatMap((s) => this.step(s) ?? []);
    if (steps.length === 0) return undefined;
    return { kind: 'Ladder', steps, span: this.cover(steps[0], steps[steps.length - 1]) };
  }

  step(node: CstNode): ast.Step | undefined {
    const action = this.name(this.token(node, 'action'));
    if (!action) return undefined;
    const modifiers = this.nodes(node, 'modifiers');
    // Each modifier may be given once: a repeat is an error rather than
    // silently dropped, so formatting can never lose what the author wrote.
    const seen = new Map<string, IToken>();
    for (const modifier of modifiers) {
      for (const [key, keyword] of STEP_MODIFIERS) {
        const token = this.token(modifier, key);
        if (!token || token.isInsertedInRecovery) continue;
        if (seen.has(key)) {
          this.syntax(token, `a step takes \`${keyword}\` only once`, 'remove the repeated part, or split the step in two with `then`');
        } else seen.set(key, token);
      }
    }
    const first = (key: string): IToken | undefined => seen.get(key);
    let end = action.span.end;
    for (const modifier of modifiers) {
      for (const elements of Object.values(modifier.children)) {
        for (const e of elements) {
          if (!isCstNode(e) && !e.isInsertedInRecovery) end = Math.max(end, e.startOffset + e.image.length);
        }
      }
    }
    return {
      kind: 'Step',
      action,
      immediately: first('Immediately') !== undefined,
      to: this.name(first('role')),
      script: this.name(first('scriptName')),
      upTo: this.number(first('upTo')),
      for: this.duration(first('forDuration')),
      within: this.duration(first('withinDuration')),
      approvedBy: this.name(first('approver')),
      span: { source: this.source, start: action.span.start, end },
    };
  }

  duty(node: CstNode): ast.Duty | undefined {
    const name = this.name(this.token(node, 'name'));
    if (!name) return undefined;
    const target = this.name(this.token(node, 'target'));
    const script = this.name(this.token(node, 'scriptName'));
    const within = this.duration(this.token(node, 'withinDuration'));
    return { kind: 'Duty', name, target, script, within, span: this.cover(name, target, script, within) };
  }
}
