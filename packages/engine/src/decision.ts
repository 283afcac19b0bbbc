/**
 * The decision a session returns for each accepted event (docs/semantics.md,
 * "The decision"). Keys are snake_case and always built in the order listed
 * here, so `JSON.stringify` of equal decisions is byte-identical. Parts that
 * do not change between events (rule, step, script, policy, fixed duties) are
 * shared, frozen objects: treat a decision as read-only.
 */
import type { Action, Behaviour, CallbackTarget, Channel, CheckedRestriction, DutyKind, EndMode } from '@callguard/dsl';
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

/** Local calling hours, `HH:MM` to `HH:MM` in the customer's time. */
export interface CallWindow {
  readonly from: string;
  readonly to: string;
}

/**
 * The restriction a `propose` duty proposes: the policy's definition as
 * checked (fields that are undefined left out), and this proposal's dates.
 */
export type ProposedRestriction = Omit<CheckedRestriction, 'liftWhen' | 'appealWorkingDays'> & {
  readonly liftWhen?: string;
  readonly appealWorkingDays?: number;
  /** The event's `at` plus `reviewAfterMs`. */
  readonly review_due: string;
  /** The event's `at` plus `maxMs`: the latest it may last. */
  readonly max_until: string;
};

/**
 * An obligation owed by a rule that fired. Keys are built in the order listed
 * here; each optional one is present only when the duty has it.
 */
export interface Duty {
  readonly kind: DutyKind;
  /** The rule that owes it. */
  readonly rule: string;
  /** Who is notified or alerted (a role), when the duty names someone. */
  readonly target?: string;
  readonly script?: ScriptRef;
  /** The role that owns the duty (`by`). */
  readonly owner?: string;
  /** `agent` for duties towards the agent (debrief, support_agent, pause_agent); absent means the customer. */
  readonly subject?: 'agent';
  /** `record_*` duties: the first behaviour (vocabulary order) of the rule's condition detected on this event. */
  readonly category?: Behaviour;
  /** `propose` duties. */
  readonly restriction?: ProposedRestriction;
  /** `decide` duties: the sanction to decide on. */
  readonly sanction?: string;
  /** `for`: how long (pause_agent). */
  readonly for_ms?: number;
  /** The duty's deadline as a period. */
  readonly within_ms?: number;
  /** The event's `at` plus `within_ms`, in `toISOString()` form. */
  readonly due?: string;
  readonly callback_to?: CallbackTarget;
  readonly window?: CallWindow;
  readonly daily_cap?: number;
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
  /** 0 for the opening decision (`call_started`), then 1, 2, ... for each event handled. */
  readonly seq: number;
  /** The event's `at`, normalised to `toISOString()` form. */
  readonly at: string;
  readonly type: EventType;
  /** The call's channel. */
  readonly channel: Channel;
}

/**
 * What to do after one event. `rule`, `step` and `script`, and the step's
 * details from `to` to `daily_cap`, are present only when the winning step
 * has them; the rest always are.
 */
export interface Decision {
  /** The recommended action: the winning rule's current step. */
  readonly action: Action;
  readonly rule?: RuleRef;
  readonly step?: StepRef;
  readonly script?: ScriptRef;
  /** Escalate to (a role). */
  readonly to?: string;
  /** Who takes the action (a role); absent means the frontline agent. */
  readonly by?: string;
  /** How the call ends (end_call, block_caller). */
  readonly mode?: EndMode;
  /** Route to (a team). */
  readonly team?: string;
  /** Roles whose approval the action needs; two means two people. */
  readonly approved_by?: readonly string[];
  /** The approvers not on duty for the call (`call.staff`), when staff was given and some are missing. */
  readonly approvers_missing?: readonly string[];
  /** Block period. */
  readonly for_ms?: number;
  /** Callback deadline. */
  readonly within_ms?: number;
  /** Callback: which numbers on file. */
  readonly callback_to?: CallbackTarget;
  /** Callback: the customer's local calling hours. */
  readonly window?: CallWindow;
  /** Callback: at most this many a day. */
  readonly daily_cap?: number;
  /**
   * What the agent may do now, least to most severe: continue, remind,
   * deescalate and escalate always, plus every fired rule's current step and
   * its alternatives.
   */
  readonly allowed: readonly Action[];
  /** What the agent must do now: the `must` duties of every fired rule. */
  readonly required: readonly Duty[];
  readonly duties: readonly Duty[];
  readonly matched: readonly Match[];
  /** True when the call is over after this event; later events are rejected. */
  readonly ended: boolean;
  readonly policy: PolicyRef;
  readonly event: EventRef;
}
