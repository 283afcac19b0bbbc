/**
 * Drafts: what a grammar rule has read so far. The parser's actions fill a
 * draft as tokens arrive, and `AstBuilder` makes nodes of it when the rule
 * ends, also when it ends early because error recovery gave up on it. Tokens
 * are kept as read, including those chevrotain made up to recover
 * (`isInsertedInRecovery`), which the builder treats as missing.
 */
import type { IToken } from 'chevrotain';
import type * as ast from './ast.js';
import type { Span } from './span.js';

/** A condition, and its span with any parentheses written around it. */
export interface BuiltCondition {
  readonly node: ast.Condition;
  readonly outer: Span;
}

/** `policy "name" [extends "base"] { items }`. */
export class PolicyDraft {
  keyword: IToken | undefined = undefined;
  name: IToken | undefined = undefined;
  extends: IToken | undefined = undefined;
  readonly items: ast.PolicyItem[] = [];
  rbrace: IToken | undefined = undefined;
}

/** `restriction name "title" { settings }`. */
export class RestrictionDraft {
  keyword: IToken | undefined = undefined;
  name: IToken | undefined = undefined;
  title: IToken | undefined = undefined;
  readonly settings: SettingDraft[] = [];
  rbrace: IToken | undefined = undefined;
}

/** One restriction setting, such as `lasts up to 365d`. */
export class SettingDraft {
  /** The setting's keyword; undefined for a word the grammar does not know. */
  key: IToken | undefined = undefined;
  readonly names: IToken[] = [];
  duration: IToken | undefined = undefined;
  text: IToken | undefined = undefined;
  number: IToken | undefined = undefined;
  unit: IToken | undefined = undefined;
  independently: IToken | undefined = undefined;
  /** The last token the setting read (its span ends there). */
  last: IToken | undefined = undefined;
}

/**
 * `[override] rule name "title" { clauses }` or `on event { clauses }`, with
 * the clauses taken so far (a repeated clause is reported, not taken).
 */
export class RuleDraft {
  override: IToken | undefined = undefined;
  /** `rule` or `on`. */
  keyword: IToken | undefined = undefined;
  name: IToken | undefined = undefined;
  event: IToken | undefined = undefined;
  title: IToken | undefined = undefined;
  rbrace: IToken | undefined = undefined;
  /** Where the rule's diagnostics start, to drop them if the rule has no name. */
  mark = 0;
  /** The keywords of the clauses taken. */
  readonly seen = new Set<string>();
  /** The furthest place reached in the order `channels when do must duties`. */
  rank = 0;
  channels: ast.Name[] | undefined = undefined;
  when: ast.Condition | undefined = undefined;
  ladder: ast.Ladder | undefined = undefined;
  must: ast.Duty[] | undefined = undefined;
  duties: ast.Duty[] | undefined = undefined;
}

/** What a `condition` rule hands its result to: a `when` clause or a parenthesised atom. */
export interface ConditionOwner {
  condition: BuiltCondition | undefined;
}

/** One clause of a rule: `when ...`, `do ...`, `duties ...` and so on. */
export class ClauseDraft implements ConditionOwner {
  /** The clause's keyword; undefined for a word the grammar does not know. */
  keyword: IToken | undefined = undefined;
  readonly channels: IToken[] = [];
  condition: BuiltCondition | undefined = undefined;
  ladder: ast.Ladder | undefined = undefined;
  readonly duties: ast.Duty[] = [];
  /** Where the clause's diagnostics start, to drop them if the clause is a repeat. */
  mark = 0;
}

/** Operands joined by `or` (a `condition`) or by `and` (an `andCondition`), folded as they come. */
export class FoldDraft {
  result: BuiltCondition | undefined = undefined;
}

/** `not not atom`. */
export class NotDraft {
  nots: IToken[] | undefined = undefined;
  atom: BuiltCondition | undefined = undefined;
}

/** `( condition )`, `speaker behaviour [count]` or `root.member[.key] [op value]`. */
export class AtomDraft implements ConditionOwner {
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

/** A `do` line's rungs, each built as it ends. */
export class LadderDraft {
  readonly steps: ast.Step[] = [];
}

/** A rung's choices: the first, and the alternatives after `or`. */
export class StepDraft {
  first: ast.Step | undefined = undefined;
  readonly alternatives: ast.Step[] = [];
}

/** What the `modifier` rule hands its draft to: a step's choice or a duty. */
export interface ModifierOwner {
  modifiers: ModifierDraft[] | undefined;
}

/** An action and its modifiers. */
export class ChoiceDraft implements ModifierOwner {
  action: IToken | undefined = undefined;
  modifiers: ModifierDraft[] | undefined = undefined;
}

/** A duty, its target and its modifiers. */
export class DutyDraft implements ModifierOwner {
  name: IToken | undefined = undefined;
  target: IToken | undefined = undefined;
  modifiers: ModifierDraft[] | undefined = undefined;
}

/** The modifiers of steps and duties, by the words that introduce them (as messages name them). */
export type ModifierKind =
  | 'immediately'
  | 'via'
  | 'within'
  | 'to'
  | 'with'
  | 'by'
  | 'up to ... times'
  | 'up to ... per'
  | 'for'
  | 'between'
  | 'approved by';

/**
 * One modifier of a step or a duty. `token` is what it says (the name after
 * `via`, the duration after `within`, ...), or its keyword for `immediately`
 * and for `times` and `per` in `up to`; `kind` is set with it, so a modifier
 * cut short before it says anything has no kind.
 */
export class ModifierDraft {
  kind: ModifierKind | undefined = undefined;
  token: IToken | undefined = undefined;
  /** The number of `up to N`. */
  upTo: IToken | undefined = undefined;
  /** The period of `up to N per day`. */
  period: IToken | undefined = undefined;
  /** The end of `between 09:00 and 20:00`. */
  until: IToken | undefined = undefined;
  approvers: IToken[] | undefined = undefined;
  /** The last token read before the modifier. */
  before: IToken | undefined = undefined;
  /** The last token the modifier read itself: its span ends there. */
  last: IToken | undefined = undefined;

  says(kind: ModifierKind, token: IToken): void {
    this.kind = kind;
    this.token = token;
  }

  /** One name of `approved by a and b`; the first is what the modifier says. */
  approver(name: IToken): void {
    if (!this.approvers) {
      this.says('approved by', name);
      this.approvers = [];
    }
    this.approvers.push(name);
  }
}
