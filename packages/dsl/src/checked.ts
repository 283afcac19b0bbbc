/**
 * The checked policy: what `check` produces from a syntax tree once every
 * name is resolved, every base policy merged in, and every literal turned
 * into a value. It is plain JSON-compatible data (no spans except `origin`),
 * the input of the engine's compiler and of its reference interpreter.
 */
import type { Action, Behaviour, DutyKind, FieldType, LineEvent, Role, Speaker, Stance } from './vocabulary.js';

/** A policy with every name resolved and every base merged in: the engine's input. */
export interface CheckedPolicy {
  readonly name: string;
  readonly version: string;
  readonly owner: string | undefined;
  /** `YYYY-MM-DD`. */
  readonly effective: string | undefined;
  readonly stance: Stance;
  readonly description: string | undefined;
  /** The names of the policies this one extends, nearest first. */
  readonly bases: readonly string[];
  /**
   * SHA-256 (hex) of the policy's meaning: the canonical JSON of this object
   * without `hash` and `origin`s. Reformatting or moving comments does not
   * change it; changing any threshold, rule, script or header does.
   */
  readonly hash: string;
  readonly defaultThreshold: number;
  /** Per-behaviour thresholds that differ from the default. */
  readonly thresholds: Readonly<Partial<Record<Behaviour, number>>>;
  readonly zeroTolerance: readonly Behaviour[];
  /** Groups with members expanded to behaviours, in declaration order. */
  readonly groups: Readonly<Record<string, readonly Behaviour[]>>;
  readonly scripts: Readonly<Record<string, string>>;
  /** In priority order: base rules first (overrides keep their base's place). */
  readonly rules: readonly CheckedRule[];
}

/** One rule of a checked policy, in priority order. */
export interface CheckedRule {
  readonly id: string;
  readonly title: string;
  /** `utterance` rules are tried on every utterance; `event` rules on their event. */
  readonly trigger: CheckedTrigger;
  /** Undefined means always (an `on` rule with no `when`). */
  readonly condition: CheckedCondition | undefined;
  /** The ladder with `up to N times` expanded: one entry per step. */
  readonly ladder: readonly CheckedStep[];
  readonly duties: readonly CheckedDuty[];
  /** Where the rule was written. Not part of the hash. */
  readonly origin: Origin;
}

/** Where something was written: file and 1-based line and column. */
export interface Origin {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Which events a rule is tried on. */
export type CheckedTrigger =
  | { readonly kind: 'utterance' }
  | { readonly kind: 'event'; readonly event: LineEvent };

/** A resolved condition tree; `and`/`or` are n-ary. */
export type CheckedCondition =
  | { readonly kind: 'and'; readonly items: readonly CheckedCondition[] }
  | { readonly kind: 'or'; readonly items: readonly CheckedCondition[] }
  | { readonly kind: 'not'; readonly operand: CheckedCondition }
  | CheckedBehaviourCondition
  | CheckedFieldCondition;

/**
 * True on an utterance by `speaker` where any of `behaviours` reaches its
 * threshold; with `count`, true when at least `times` such utterances
 * (this one included) fall within the last `withinMs` of event time.
 */
export interface CheckedBehaviourCondition {
  readonly kind: 'behaviour';
  readonly speaker: Speaker;
  /** The behaviour or group name as written, for explanations. */
  readonly name: string;
  readonly behaviours: readonly Behaviour[];
  readonly count: { readonly times: number; readonly withinMs: number } | undefined;
}

/** Compares a field with a constant; durations are in milliseconds. */
export interface CheckedFieldCondition {
  readonly kind: 'field';
  readonly root: string;
  readonly member: string;
  readonly type: FieldType;
  readonly op: '=' | '!=' | '<' | '<=' | '>' | '>=';
  readonly value: number | boolean | string;
}

/** One step of an expanded ladder. */
export interface CheckedStep {
  readonly action: Action;
  /** 1-based position in the expanded ladder. */
  readonly n: number;
  readonly immediately: boolean;
  readonly script: CheckedScript | undefined;
  readonly to: Role | undefined;
  readonly forMs: number | undefined;
  readonly withinMs: number | undefined;
  readonly approvedBy: Role | undefined;
}

/** A script by name, with its words. */
export interface CheckedScript {
  readonly name: string;
  readonly text: string;
}

/** A duty a rule owes when it fires. */
export interface CheckedDuty {
  readonly kind: DutyKind;
  readonly target: Role | undefined;
  readonly script: CheckedScript | undefined;
  readonly withinMs: number | undefined;
}
