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

/** A time of day such as `09:00`, kept as written; the checker validates it. */
export interface TimeLiteral {
  readonly kind: 'Time';
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
  | BehaviourDef
  | ScriptDef
  | PlaceholderDef
  | RolesDecl
  | TeamsDecl
  | RecordExpiry
  | Requirement
  | RestrictionDef
  | Rule
  | AssertDef
  | Acknowledgement;

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

/**
 * `behaviour insults_staff "Insults about staff" threshold 0.7`: a behaviour
 * beyond the built-in ones, detected and counted like them.
 */
export interface BehaviourDef {
  readonly kind: 'BehaviourDef';
  readonly name: Name;
  /** What it is, for people and for whoever maps a detector's labels onto it. */
  readonly description: Text;
  /** Its threshold; undefined means the policy's default. */
  readonly threshold: NumberLiteral | undefined;
  readonly span: Span;
}

/** `group abusive = profanity or slur or threat`. */
export interface GroupDef {
  readonly kind: 'GroupDef';
  readonly name: Name;
  readonly members: readonly Name[];
  readonly span: Span;
}

/**
 * `assert "never end without a warning": never end_call unless warned`: a
 * promise the policy makes about every call, checked by `callguard verify`.
 * The property reads as `callguard verify --assert` takes it.
 */
export interface AssertDef {
  readonly kind: 'AssertDef';
  readonly title: Text | undefined;
  readonly property: Property;
  readonly span: Span;
}

/**
 * `acknowledge no-vulnerable-rule "why"`: a warning of the checker the
 * policy's authors have weighed, with their reason. The checker no longer
 * reports it; it changes no decision.
 */
export interface Acknowledgement {
  readonly kind: 'Acknowledgement';
  /** The warning's code without its family: `no-vulnerable-rule` for `check/no-vulnerable-rule`. */
  readonly code: Name;
  readonly reason: Text;
  readonly span: Span;
}

/** What an assert promises: `never ...` or `<action> always ...`. */
export type Property = NeverProperty | AlwaysProperty;

/** `never end_call [unless warned twice | unless escalated] [in the first 60s] [when caller.vulnerable]`. */
export interface NeverProperty {
  readonly kind: 'NeverProperty';
  readonly action: Name;
  /**
   * `unless warned [once | twice | N times | at least N times]` (`warnings`
   * N, `written` the words after `warned` as written) or `unless escalated`.
   */
  readonly unless: { readonly escalated: boolean; readonly warnings: number; readonly written: string; readonly span: Span } | undefined;
  /** `in the first <duration>`. */
  readonly first: DurationLiteral | undefined;
  /** `when <condition>` over caller and call fields. */
  readonly when: Condition | undefined;
  readonly span: Span;
}

/** `block_caller always approved by supervisor` or `end_call always owes document`. */
export interface AlwaysProperty {
  readonly kind: 'AlwaysProperty';
  readonly action: Name;
  /** The role of `approved by [a] <role>`. */
  readonly approvedBy: Name | undefined;
  /** `a` or `an` when written before the role, else empty. */
  readonly article: string;
  /** The duty of `owes <duty>`. */
  readonly owes: Name | undefined;
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
 * `placeholder case_reference from call`, `placeholder office_hours "9am to
 * 5pm"`: a placeholder scripts may write as `{case_reference}`, filled from
 * `call_started` (`from call`, `from caller`) or with the policy's text.
 * Written for a built-in placeholder, the text is its value when the call
 * carries none.
 */
export interface PlaceholderDef {
  readonly kind: 'PlaceholderDef';
  readonly name: Name;
  /** `from call` or `from caller`, the word as written. */
  readonly from: Name | undefined;
  readonly text: Text | undefined;
  readonly span: Span;
}

/** `roles line_manager, equality_office`: roles beyond the built-in ones. */
export interface RolesDecl {
  readonly kind: 'RolesDecl';
  readonly names: readonly Name[];
  readonly span: Span;
}

/** `teams complaints_team, billing_team`: teams a call can be routed to. */
export interface TeamsDecl {
  readonly kind: 'TeamsDecl';
  readonly names: readonly Name[];
  readonly span: Span;
}

/** `record warning expires after 365d`: how long one kind of record counts. */
export interface RecordExpiry {
  readonly kind: 'RecordExpiry';
  /** The record kind as written (`warning`, `strike`, `incident`). */
  readonly record: Name;
  readonly after: DurationLiteral;
  /** `, appeal within 10 working_days[, reply within 20 working_days]`: records of the kind can be appealed. */
  readonly appeal: Appeal | undefined;
  readonly span: Span;
}

/** `require callback_number`: a policy-wide requirement, named as written. */
export interface Requirement {
  readonly kind: 'Requirement';
  readonly what: Name;
  readonly span: Span;
}

/**
 * `restriction name "title" { kind ... scope ... }`: a restriction on future
 * contact. Each setting is optional in the tree (the checker reports missing
 * ones) and may be written in any order; the formatter keeps the order.
 */
export interface RestrictionDef {
  readonly kind: 'RestrictionDef';
  readonly name: Name;
  readonly title: Text | undefined;
  /** `kind written_only`. */
  readonly restrictionKind: Name | undefined;
  /** `scope organisation`. */
  readonly scope: Name | undefined;
  /** `channels phone, chat`; empty when not written (all channels). */
  readonly channels: readonly Name[];
  /** `lasts up to 365d`. */
  readonly lasts: DurationLiteral | undefined;
  /** `reviewed after 90d[, independently]`. */
  readonly review: Review | undefined;
  /** `lifted when "..."`. */
  readonly liftedWhen: Text | undefined;
  /** `approved by manager [and director]`; empty when not written. */
  readonly approvedBy: readonly Name[];
  /** `appeal within 10 working_days`. */
  readonly appeal: Appeal | undefined;
  readonly span: Span;
}

/** `90d, independently, then every 180d`: when a restriction is reviewed, whether by someone else, and how often after. */
export interface Review {
  readonly kind: 'Review';
  readonly after: DurationLiteral;
  readonly independently: boolean;
  /** `, then every 180d`: how often it is reviewed again after the first review. */
  readonly every: DurationLiteral | undefined;
  readonly span: Span;
}

/**
 * `10 working_days[, reply within 20 working_days]`: how long the customer
 * has to appeal, and the organisation to decide, with their units as written.
 */
export interface Appeal {
  readonly kind: 'Appeal';
  readonly within: NumberLiteral;
  readonly unit: Name;
  /** `reply within N`: the organisation's deadline; undefined when not written. */
  readonly replyWithin: NumberLiteral | undefined;
  readonly replyUnit: Name | undefined;
  readonly span: Span;
}

/**
 * A rule. `rule name "title" { when ... do ... duties ... }`, or the form for
 * line events, `on line_dropped { when ... do ... }`, whose `when` is
 * optional and whose name is the event's unless it has its own (`on silence
 * ghost_call "No one on the line" { ... }`).
 */
export interface Rule {
  readonly kind: 'Rule';
  /** `override rule`: replaces the base policy's rule of the same name. */
  readonly override: boolean;
  /** The event of the `on <event> { ... }` form; undefined for `rule`. */
  readonly on: Name | undefined;
  /** The rule's name; for the `on` form without a name of its own, the same node as `on`. */
  readonly name: Name;
  readonly title: Text | undefined;
  /** `channels chat, email`: the channels it applies to; empty means all. */
  readonly channels: readonly Name[];
  readonly when: Condition | undefined;
  readonly ladder: Ladder | undefined;
  /** `must alert security`: duties required now, during the call. */
  readonly must: readonly Duty[];
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

/**
 * `caller.incidents_30d`: a root (`caller`, `call`, `silence`) and a member,
 * and for keyed fields a third part (`caller.strikes.threat`).
 */
export interface FieldPath {
  readonly kind: 'FieldPath';
  readonly root: Name;
  readonly member: Name;
  readonly key: Name | undefined;
  readonly span: Span;
}

/** `warn with s, up to 2 times then escalate to supervisor then end_call`. */
export interface Ladder {
  readonly kind: 'Ladder';
  readonly steps: readonly Step[];
  readonly span: Span;
}

/**
 * One rung of a ladder: an action with its modifiers, and the alternatives
 * the agent may take instead (`warn or escalate to supervisor`). The span
 * covers the alternatives. Modifiers that do not apply are reported by the
 * checker.
 */
export interface Step {
  readonly kind: 'Step';
  readonly action: Name;
  /** `immediately`: no warning is owed (zero tolerance). */
  readonly immediately: boolean;
  /** `via recorded_message`: how the call ends (end_call, block_caller). */
  readonly via: Name | undefined;
  /** `within 10m`: deadline (callback). */
  readonly within: DurationLiteral | undefined;
  /** `to supervisor`: who the call goes to (escalate), the team (route) or the numbers (callback). */
  readonly to: Name | undefined;
  /** `with final_notice`: the script to say. */
  readonly script: Name | undefined;
  /** `with any 2 of (calm_a, calm_b, calm_c)`: scripts of which the agent uses at least so many; `script` is then undefined. */
  readonly scriptSet?: ScriptSet;
  /** `by supervisor`: who takes the step; unset means the frontline agent. */
  readonly by: Name | undefined;
  /** `up to 2 times`: how many times this rung repeats before the next. */
  readonly upTo: NumberLiteral | undefined;
  /** `for 90d`: how long it lasts (block_caller). */
  readonly for: DurationLiteral | undefined;
  /** `between 09:00 and 20:00`: the customer's local hours (callback). */
  readonly window: Window | undefined;
  /** `up to 3 per day` (callback). */
  readonly cap: DailyCap | undefined;
  /** `approved by supervisor [and director]`: who must approve it; empty when nobody. */
  readonly approvedBy: readonly Name[];
  /** The `or` alternatives; each has none of its own. */
  readonly alternatives: readonly Step[];
  /**
   * `may`: the rung permits its choices and recommends none (a menu).
   * Set on a rung's first choice only, like `after` and `atOnce`.
   */
  readonly may?: boolean;
  /** `after 30m`: the rung is due that long after the rule's previous step. */
  readonly after?: DurationLiteral;
  /** `at once`: the rung follows the one before it on the same event. */
  readonly atOnce?: boolean;
  readonly span: Span;
}

/** `any 2 of (calm_a, calm_b, calm_c)`: at least `atLeast` different scripts of the list. */
export interface ScriptSet {
  readonly kind: 'ScriptSet';
  readonly atLeast: NumberLiteral;
  readonly scripts: readonly Name[];
  readonly span: Span;
}

/** `between 09:00 and 20:00`. */
export interface Window {
  readonly kind: 'Window';
  readonly from: TimeLiteral;
  readonly to: TimeLiteral;
  readonly span: Span;
}

/** `up to 3 per day`: a cap per period, the period's word as written. */
export interface DailyCap {
  readonly kind: 'DailyCap';
  readonly count: NumberLiteral;
  readonly per: Name;
  readonly span: Span;
}

/**
 * `document`, `notify supervisor`, `follow_up with apology within 24h`,
 * `decide close_account by compliance within 7d`.
 */
export interface Duty {
  readonly kind: 'Duty';
  readonly name: Name;
  /** What it concerns: a role (`notify supervisor`), a restriction (`propose`) or a sanction (`decide`). */
  readonly target: Name | undefined;
  readonly script: Name | undefined;
  /** `by compliance`: who owns the duty. */
  readonly owner: Name | undefined;
  readonly within: DurationLiteral | undefined;
  /** `for 10m` (pause_agent). */
  readonly for: DurationLiteral | undefined;
  /** `to all_numbers` (callback). */
  readonly to: Name | undefined;
  readonly window: Window | undefined;
  readonly cap: DailyCap | undefined;
  readonly span: Span;
}

/** Every node kind, for the visitor's child-keys table. */
export type Node =
  | PolicyFile
  | Policy
  | PolicyItem
  | Property
  | Condition
  | Count
  | FieldPath
  | Ladder
  | Step
  | ScriptSet
  | Window
  | DailyCap
  | Duty
  | Review
  | Appeal
  | Name
  | Text
  | NumberLiteral
  | DurationLiteral
  | DateLiteral
  | TimeLiteral
  | Comment;
