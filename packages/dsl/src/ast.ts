/**
 * The policy syntax tree. Nodes are read-only, tagged by `kind`, and carry a
 * {@link Span} of offsets into their source; line and column are derived on
 * demand (see `source.ts`). Names are kept as written: resolving them is the
 * checker's job, so the tree can represent a policy with mistakes in it.
 */
import type { Span } from './span.js';

/** A name as written, with where it was written. */
export interface Name {
  readonly kind: 'Name';
  readonly value: string;
  readonly span: Span;
}

/** A quoted string with escapes decoded. */
export interface Text {
  readonly kind: 'Text';
  readonly value: string;
  readonly span: Span;
}

/** A number such as `0.7` or `3`. */
export interface NumberLiteral {
  readonly kind: 'Number';
  readonly value: number;
  readonly raw: string;
  readonly span: Span;
}

/**
 * A duration such as `30s`, `10m`, `24h`, `90d` or `2w`. `ms` is undefined
 * when the text does not parse; the checker reports it.
 */
export interface DurationLiteral {
  readonly kind: 'Duration';
  readonly raw: string;
  readonly ms: number | undefined;
  readonly span: Span;
}

/** A calendar date such as `2026-12-01`, kept as written. */
export interface DateLiteral {
  readonly kind: 'Date';
  readonly raw: string;
  readonly span: Span;
}

/** A `#` comment, kept so the formatter can put it back. */
export interface Comment {
  readonly kind: 'Comment';
  /** The text after `#`, without the line break. */
  readonly text: string;
  readonly span: Span;
}

/** The root: one policy, plus every comment in the file. */
export interface PolicyFile {
  readonly kind: 'PolicyFile';
  /** Undefined when the file is empty or too broken to find `policy`. */
  readonly policy: Policy | undefined;
  readonly comments: readonly Comment[];
  readonly span: Span;
}

/** `policy "name" [extends "base"] { ... }`: the header, definitions and rules. */
export interface Policy {
  readonly kind: 'Policy';
  readonly name: Text;
  /** `extends "base"`: a base policy name or a relative `.policy` path. */
  readonly extends: Text | undefined;
  readonly items: readonly PolicyItem[];
  readonly span: Span;
}

/** Anything that can stand directly inside a policy's braces. */
export type PolicyItem =
  | HeaderField
  | Threshold
  | ZeroTolerance
  | GroupDef
  | ScriptDef
  | Rule;

/** One header line: `version "3.2.0"`, `stance warn_then_end`, ... */
export interface HeaderField {
  readonly kind: 'HeaderField';
  readonly field: 'version' | 'owner' | 'effective' | 'stance' | 'description';
  readonly value: Text | DateLiteral | Name;
  readonly span: Span;
}

/** `threshold 0.7` (default) or `threshold threat 0.8` (one behaviour). */
export interface Threshold {
  readonly kind: 'Threshold';
  readonly behaviour: Name | undefined;
  readonly value: NumberLiteral;
  readonly span: Span;
}

/** `zero_tolerance threat, slur`: behaviours for which no warning is owed. */
export interface ZeroTolerance {
  readonly kind: 'ZeroTolerance';
  readonly behaviours: readonly Name[];
  readonly span: Span;
}

/** `group abusive = profanity or slur or threat`. */
export interface GroupDef {
  readonly kind: 'GroupDef';
  readonly name: Name;
  readonly members: readonly Name[];
  readonly span: Span;
}

/** `script warn_abuse "I want to help, ..."`. */
export interface ScriptDef {
  readonly kind: 'ScriptDef';
  readonly name: Name;
  readonly text: Text;
  readonly span: Span;
}

/**
 * A rule. `rule name "title" { when ... do ... duties ... }`, or the form for
 * line events, `on line_dropped { when ... do ... }`, whose name is the
 * event's and whose `when` is optional.
 */
export interface Rule {
  readonly kind: 'Rule';
  /** `override rule`: replaces the base policy's rule of the same name. */
  readonly override: boolean;
  /** The event of the `on <event> { ... }` form; undefined for `rule`. */
  readonly on: Name | undefined;
  /** The rule's name; for the `on` form, the same node as `on`. */
  readonly name: Name;
  readonly title: Text | undefined;
  readonly when: Condition | undefined;
  readonly ladder: Ladder | undefined;
  readonly duties: readonly Duty[];
  readonly span: Span;
}

/** A rule's `when`: behaviour and field tests joined by `and`, `or` and `not`. */
export type Condition =
  | AndCondition
  | OrCondition
  | NotCondition
  | BehaviourCondition
  | FieldCondition;

/** `left and right`. */
export interface AndCondition {
  readonly kind: 'And';
  readonly left: Condition;
  readonly right: Condition;
  readonly span: Span;
}

/** `left or right`. */
export interface OrCondition {
  readonly kind: 'Or';
  readonly left: Condition;
  readonly right: Condition;
  readonly span: Span;
}

/** `not operand`. */
export interface NotCondition {
  readonly kind: 'Not';
  readonly operand: Condition;
  readonly span: Span;
}

/**
 * `customer abusive`, `threat`, `customer uncooperative 5 times within 10m`.
 * `name` is a behaviour or a group; the checker says which.
 */
export interface BehaviourCondition {
  readonly kind: 'Behaviour';
  /** `customer` or `agent` as written; undefined means the customer. */
  readonly speaker: Name | undefined;
  readonly name: Name;
  readonly count: Count | undefined;
  readonly span: Span;
}

/** `5 times within 10m`. */
export interface Count {
  readonly kind: 'Count';
  readonly times: NumberLiteral;
  readonly within: DurationLiteral;
  readonly span: Span;
}

/** `caller.incidents_30d >= 3`, `call.peak_hours`, `call.queue = "billing"`. */
export interface FieldCondition {
  readonly kind: 'Field';
  readonly field: FieldPath;
  /** Undefined for a bare boolean field such as `call.peak_hours`. */
  readonly op: ComparisonOp | undefined;
  readonly value: NumberLiteral | DurationLiteral | Text | Name | undefined;
  readonly span: Span;
}

/** The comparison operators a field condition can use. */
export type ComparisonOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** `caller.incidents_30d`: a root (`caller`, `call`, `silence`) and a member. */
export interface FieldPath {
  readonly kind: 'FieldPath';
  readonly root: Name;
  readonly member: Name;
  readonly span: Span;
}

/** `warn with s, up to 2 times then escalate to supervisor then end_call`. */
export interface Ladder {
  readonly kind: 'Ladder';
  readonly steps: readonly Step[];
  readonly span: Span;
}

/** One rung of a ladder. Modifiers that do not apply are reported by the checker. */
export interface Step {
  readonly kind: 'Step';
  readonly action: Name;
  /** `immediately`: no warning is owed (zero tolerance). */
  readonly immediately: boolean;
  /** `to supervisor`: who the call goes to (escalate). */
  readonly to: Name | undefined;
  /** `with final_notice`: the script to say. */
  readonly script: Name | undefined;
  /** `up to 2 times`: how many times this rung repeats before the next. */
  readonly upTo: NumberLiteral | undefined;
  /** `for 90d`: how long it lasts (block_caller). */
  readonly for: DurationLiteral | undefined;
  /** `within 10m`: deadline (callback). */
  readonly within: DurationLiteral | undefined;
  /** `approved by supervisor`: who must approve it. */
  readonly approvedBy: Name | undefined;
  readonly span: Span;
}

/** `document`, `notify supervisor`, `follow_up with apology within 24h`. */
export interface Duty {
  readonly kind: 'Duty';
  readonly name: Name;
  /** The role or party it concerns: `notify supervisor`. */
  readonly target: Name | undefined;
  readonly script: Name | undefined;
  readonly within: DurationLiteral | undefined;
  readonly span: Span;
}

/** Every node kind, for the visitor's child-keys table. */
export type Node =
  | PolicyFile
  | Policy
  | PolicyItem
  | Condition
  | Count
  | FieldPath
  | Ladder
  | Step
  | Duty
  | Name
  | Text
  | NumberLiteral
  | DurationLiteral
  | DateLiteral
  | Comment;
