/**
 * The compiled form of a policy: everything a live call needs, resolved and
 * preallocated, so handling an event walks no syntax tree and looks up no
 * names.
 */
import type { Action, Role } from '@callguard/dsl';
import type { Duty, PolicyRef, RuleRef, ScriptRef, StepRef } from '../decision.js';
import type { CountWindow } from '../count-window.js';
import type { Signals } from '../events/types.js';

/**
 * What conditions read while one event is handled. One per session, reused
 * for every event.
 */
export interface EvalContext {
  /** Behaviours detected on this utterance: bit `speakerOffset + behaviourIndex`; 0 on other events. */
  mask: number;
  /** The utterance's signals, read only to explain a firing. */
  signals: Signals;
  /** Numeric and boolean (0/1) field values by slot; see fields.ts. */
  readonly numbers: number[];
  /** Text field values by slot. */
  readonly texts: string[];
  /** Per count condition: did this event reach its count (1) or not (0). */
  readonly counted: number[];
  /** The session's count windows, read only to explain a firing. */
  readonly windows: readonly CountWindow[];
  /** This event's time, epoch ms. */
  now: number;
}

/** A compiled condition. */
export type Test = (ctx: EvalContext) => boolean;
/** Words for why a condition holds; called only after `Test` said true. */
export type Why = (ctx: EvalContext) => string;

/** One step of a rule's ladder with its decision parts prebuilt. */
export interface StepPlan {
  readonly action: Action;
  readonly severity: number;
  /** The winner's action ends the call. */
  readonly ends: boolean;
  readonly ref: StepRef;
  readonly script: ScriptRef | undefined;
  readonly to: Role | undefined;
  readonly approvedBy: Role | undefined;
  readonly forMs: number | undefined;
  readonly withinMs: number | undefined;
}

/** One duty of a rule; `fixed` is the shared decision entry when it has no deadline. */
export interface DutyPlan {
  /** Equal duties (kind, target, script, deadline) share a key: the dedupe identity. */
  readonly key: number;
  readonly fixed: Duty | undefined;
  readonly template: Duty;
  readonly withinMs: number | undefined;
}

/** A rule ready to run. */
export interface RulePlan {
  /** Position in policy order. */
  readonly index: number;
  readonly id: string;
  readonly ref: RuleRef;
  readonly test: Test;
  readonly why: Why;
  /**
   * Detection bits of which at least one must be set for the rule to fire;
   * 0 when it can fire without any detection. Lets `handle` skip the rule.
   */
  readonly requires: number;
  readonly ladder: readonly StepPlan[];
  readonly duties: readonly DutyPlan[];
  /** The rule's duties as a shared decision array, when none has a deadline. */
  readonly fixedDuties: readonly Duty[] | undefined;
}

/** One `N times within D` condition. */
export interface CountPlan {
  readonly mask: number;
  readonly times: number;
  readonly withinMs: number;
}

/** The whole compiled policy. */
export interface PolicyPlan {
  readonly ref: PolicyRef;
  /** All rules in policy order. */
  readonly rules: readonly RulePlan[];
  readonly ruleIndex: ReadonlyMap<string, RulePlan>;
  readonly utteranceRules: readonly RulePlan[];
  readonly lineRules: Readonly<Record<'line_dropped' | 'poor_line' | 'silence', readonly RulePlan[]>>;
  readonly counts: readonly CountPlan[];
  /** Detection threshold per behaviour index. */
  readonly thresholds: Float64Array;
  /** Behaviour bits whose threshold is 0: detected even when the signal is missing (confidence 0). */
  readonly alwaysDetected: number;
  /** Number of distinct duty keys, to size the dedupe scratch. */
  readonly dutyKeys: number;
}
