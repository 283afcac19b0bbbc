/**
 * Conditions: `customer abusive 3 times within 10m and not caller.vip`.
 * `or` binds loosest, then `and`, then `not`; parentheses nest through
 * `atom`, so these rules nest in themselves and each hands its result to the
 * draft of the rule around it on the draft stack.
 */
import type { IOrAlt, IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real, realTokens } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import type { Span } from '../span.js';
import * as t from '../tokens.js';
import { draftOf } from './kit.js';
import type { Grammar, Rule } from './kit.js';

/** A condition, and its span with any parentheses written around it. */
export interface BuiltCondition {
  readonly node: ast.Condition;
  readonly outer: Span;
}

/** A draft that takes a condition: a `when` clause or a parenthesised atom. */
export interface ConditionOwner {
  condition: BuiltCondition | undefined;
}

function isConditionOwner(draft: object | undefined): draft is ConditionOwner {
  return draft !== undefined && 'condition' in draft;
}

/** Operands joined by `or` (a `condition`) or by `and` (an `andCondition`), folded as they come. */
class FoldDraft {
  result: BuiltCondition | undefined = undefined;
}

const isFold = draftOf(FoldDraft);

/** `not not atom`. */
class NotDraft {
  nots: IToken[] | undefined = undefined;
  atom: BuiltCondition | undefined = undefined;
}

const isNot = draftOf(NotDraft);

/** `( condition )`, `speaker behaviour [count]` or `root.member[.key] [op value]`. */
class AtomDraft implements ConditionOwner {
  lparen: IToken | undefined = undefined;
  condition: BuiltCondition | undefined = undefined;
  rparen: IToken | undefined = undefined;
  first: IToken | undefined = undefined;
  dot: IToken | undefined = undefined;
  member: IToken | undefined = undefined;
  key: IToken | undefined = undefined;
  /** Whether a comparison was started (`op` and `value` may still be missing). */
  compared = false;
  op: IToken | undefined = undefined;
  value: IToken | undefined = undefined;
  second: IToken | undefined = undefined;
  /** Whether a count was started (`count` is undefined if it is incomplete). */
  counted = false;
  count: ast.Count | undefined = undefined;
}

/** Joins `operand` onto what `into` holds so far: binary nodes, left-associative, over the operands that survived recovery. */
function fold(b: AstBuilder, into: FoldDraft, kind: 'And' | 'Or', operand: BuiltCondition | undefined): void {
  if (!operand) return;
  const left = into.result;
  if (!left) {
    into.result = operand;
    return;
  }
  const span = b.cover({ span: left.outer }, { span: operand.outer });
  into.result = { node: { kind, left: left.node, right: operand.node, span }, outer: span };
}

function buildNot(b: AstBuilder, draft: NotDraft): BuiltCondition | undefined {
  let result = draft.atom;
  if (!draft.nots) return result;
  const nots = realTokens(draft.nots);
  for (let i = nots.length - 1; i >= 0 && result; i--) {
    const span = b.cover(nots[i], { span: result.outer });
    result = { node: { kind: 'Not', operand: result.node, span }, outer: span };
  }
  return result;
}

function buildAtom(b: AstBuilder, draft: AtomDraft): BuiltCondition | undefined {
  if (draft.lparen) {
    const inner = draft.condition;
    if (!inner) return undefined;
    return { node: inner.node, outer: b.cover(real(draft.lparen), { span: inner.outer }, real(draft.rparen)) };
  }
  const first = b.name(real(draft.first));
  if (!first) return undefined;
  const condition = real(draft.dot) ? buildField(b, draft, first) : buildBehaviour(b, draft, first);
  return condition && { node: condition, outer: condition.span };
}

function buildField(b: AstBuilder, draft: AtomDraft, root: ast.Name): ast.FieldCondition | undefined {
  const member = b.name(real(draft.member));
  if (!member) return undefined;
  const key = b.name(real(draft.key));
  const path: ast.FieldPath = { kind: 'FieldPath', root, member, key, span: b.cover(root, member, key) };
  if (!draft.compared) return { kind: 'Field', field: path, op: undefined, value: undefined, span: path.span };
  const op = real(draft.op)?.image as ast.ComparisonOp | undefined;
  const value = buildValue(b, real(draft.value));
  if (!op || !value) return undefined;
  return { kind: 'Field', field: path, op, value, span: b.cover(path, value) };
}

function buildValue(b: AstBuilder, token: IToken | undefined): ast.FieldCondition['value'] {
  if (!token) return undefined;
  switch (token.tokenType) {
    case t.NumberLit:
      return b.number(token);
    case t.Duration:
      return b.duration(token);
    case t.Name:
      return b.name(token);
    default:
      return b.text(token);
  }
}

function buildBehaviour(b: AstBuilder, draft: AtomDraft, first: ast.Name): ast.BehaviourCondition | undefined {
  const second = b.name(real(draft.second));
  const count = draft.count;
  if (draft.counted && !count) return undefined;
  return {
    kind: 'Behaviour',
    speaker: second ? first : undefined,
    name: second ?? first,
    count,
    span: b.cover(first, second, count),
  };
}

function buildCount(b: AstBuilder, n: IToken, window: IToken): ast.Count | undefined {
  const times = b.number(real(n));
  const within = b.duration(real(window));
  if (!times || !within) return undefined;
  return { kind: 'Count', times, within, span: b.cover(times, within) };
}

/** Defines the condition rules; returns `condition`, which hands its result to a {@link ConditionOwner}. */
export function defineCondition(g: Grammar): Rule {
  const count = g.RULE('count', () => {
    const n = g.CONSUME(t.NumberLit);
    g.CONSUME(t.Times);
    g.CONSUME(t.Within);
    const window = g.CONSUME(t.Duration);
    return g.RECORDING_PHASE ? undefined : buildCount(g.builder, n, window);
  });

  const compareOps: IOrAlt<IToken>[] = [
    { ALT: () => g.CONSUME(t.Equals) },
    { ALT: () => g.CONSUME(t.NotEquals) },
    { ALT: () => g.CONSUME(t.LessEquals) },
    { ALT: () => g.CONSUME(t.Less) },
    { ALT: () => g.CONSUME(t.GreaterEquals) },
    { ALT: () => g.CONSUME(t.Greater) },
  ];
  const compareOp = g.RULE('compareOp', () => g.OR(compareOps));

  const values: IOrAlt<IToken>[] = [
    { ALT: () => g.CONSUME(t.NumberLit) },
    { ALT: () => g.CONSUME(t.Duration) },
    { ALT: () => g.CONSUME(t.StringLit) },
    { ALT: () => g.CONSUME(t.Name) },
  ];
  const value = g.RULE('value', () => g.OR(values));

  const atomTails: IOrAlt<void>[] = [
    {
      ALT: () => {
        const atom = g.drafts.top(AtomDraft);
        atom.dot = g.CONSUME(t.Dot);
        atom.member = g.CONSUME2(t.Name);
        g.OPTION4(() => {
          g.CONSUME2(t.Dot);
          atom.key = g.CONSUME4(t.Name);
        });
        g.OPTION(() => {
          atom.compared = true;
          atom.op = g.SUBRULE(compareOp);
          atom.value = g.SUBRULE(value);
        });
      },
    },
    {
      ALT: () => {
        const atom = g.drafts.top(AtomDraft);
        g.OPTION2(() => {
          atom.second = g.CONSUME3(t.Name);
        });
        g.OPTION3(() => {
          atom.counted = true;
          atom.count = g.SUBRULE(count);
        });
      },
    },
  ];
  const atoms: IOrAlt<void>[] = [
    {
      ALT: () => {
        const atom = g.drafts.top(AtomDraft);
        atom.lparen = g.CONSUME(t.LParen);
        g.SUBRULE(condition);
        atom.rparen = g.CONSUME(t.RParen);
      },
    },
    {
      ALT: () => {
        g.drafts.top(AtomDraft).first = g.CONSUME(t.Name);
        g.OR2(atomTails);
      },
    },
  ];
  const atom = g.draftRule('atom', {
    draft: AtomDraft,
    parent: isNot,
    read: () => g.OR(atoms),
    end: (atom, not) => {
      not.atom = buildAtom(g.builder, atom);
    },
  });

  // `not not x` is a loop rather than recursion, so a long run cannot overflow the stack.
  const nots = () => {
    (g.drafts.top(NotDraft).nots ??= []).push(g.CONSUME(t.Not));
  };
  const notCondition = g.draftRule('notCondition', {
    draft: NotDraft,
    parent: isFold,
    read: () => {
      g.MANY(nots);
      g.SUBRULE(atom);
    },
    end: (not, and) => fold(g.builder, and, 'And', buildNot(g.builder, not)),
  });

  const ands = { SEP: t.And, DEF: () => g.SUBRULE(notCondition) };
  const andCondition = g.draftRule('andCondition', {
    draft: FoldDraft,
    parent: isFold,
    read: () => g.AT_LEAST_ONE_SEP(ands),
    end: (and, or) => fold(g.builder, or, 'Or', and.result),
  });

  const ors = { SEP: t.Or, DEF: () => g.SUBRULE(andCondition) };
  const condition: Rule = g.draftRule('condition', {
    draft: FoldDraft,
    parent: isConditionOwner,
    read: () => g.AT_LEAST_ONE_SEP(ors),
    end: (or, owner) => {
      owner.condition = or.result;
    },
  });
  return condition;
}
