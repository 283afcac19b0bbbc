/**
 * The decision a session returns for each accepted event (docs/semantics.md,
 * "The decision"). Keys are snake_case and always built in the order listed
 * here, so `JSON.stringify` of equal decisions is byte-identical. Parts that
 * do not change between events (rule, step, script, policy, fixed duties) are
 * shared, frozen objects: treat a decision as read-only.
 */
import type { Action, DutyKind, Role } from '@callguard/dsl';
import type { EventType } from './events/types.js';

/** The rule a decision follows. */
export interface RuleRef {
  readonly id: string;
  readonly title: string;
}

/** A ladder position: step `n` of `of`. */
export interface StepRef {
  readonly n: number;
  readonly of: number;
}

/** A named script and its words. */
export interface ScriptRef {
  readonly name: string;
  readonly text: string;
}

/** An obligation owed by a rule that fired. */
export interface Duty {
  readonly kind: DutyKind;
  /** The rule that owes it. */
  readonly rule: string;
  /** Who is notified, when the duty names someone. */
  readonly target?: Role;
  readonly script?: ScriptRef;
  /** The duty's deadline as a period. */
  readonly within_ms?: number;
  /** The event's `at` plus `within_ms`, in `toISOString()` form. */
  readonly due?: string;
}

/** A rule that fired on the event, with the step it took. */
export interface Match {
  readonly rule: string;
  readonly action: Action;
  readonly step: StepRef;
  /** Why it fired, in words. Not compared by the differential test. */
  readonly why: string;
}

/** The policy version that made a decision. */
export interface PolicyRef {
  readonly name: string;
  readonly version: string;
  readonly hash: string;
}

/** The event a decision answers. */
export interface EventRef {
  readonly seq: number;
  /** The event's `at`, normalised to `toISOString()` form. */
  readonly at: string;
  readonly type: EventType;
}

/**
 * What to do after one event. `rule`, `step` and `script`, and the step's
 * details `to`, `approved_by`, `for_ms` and `within_ms`, are present only when
 * the winning step has them.
 */
export interface Decision {
  readonly action: Action;
  readonly rule?: RuleRef;
  readonly step?: StepRef;
  readonly script?: ScriptRef;
  /** Escalate to. */
  readonly to?: Role;
  readonly approved_by?: Role;
  /** Block period. */
  readonly for_ms?: number;
  /** Callback deadline. */
  readonly within_ms?: number;
  readonly duties: readonly Duty[];
  readonly matched: readonly Match[];
  /** True when the call is over after this event; later events are rejected. */
  readonly ended: boolean;
  readonly policy: PolicyRef;
  readonly event: EventRef;
}
