/**
 * The compiled form of a policy: everything a live call needs, resolved and
 * preallocated, so handling an event walks no syntax tree and looks up no
 * names. What decisions share (refs, scripts, duties, `allowed` lists) is
 * frozen; the plan's own tables are plain arrays, because V8 (Node 20) reads
 * a frozen array several times slower and sessions read them on every event.
 */
import type { Action, CallbackTarget, Channel, CheckedPlaceholder, EndMode, RecordKind } from '@callguard/dsl';
import type { CallWindow, Duty, PolicyRef, RuleRef, ScriptRef, StepRef } from '@callguard/contract';
import type { CountWindow } from '../count-window.js';
import type { Signals } from '@callguard/contract';
import type { KeyedField } from './fields.js';
import type { ScriptTemplate } from './scripts.js';

/**
 * What conditions read while one event is handled. One per session, reused
 * for every event.
 */
export interface EvalContext {
  /** Behaviours detected on this utterance, one bit per (speaker, behaviour) read (see detections.ts); 0 on other events. */
  mask: number;
  /** The utterance's signals, read only to explain a firing. */
  signals: Signals;
  /** The derived `repeated_request` confidence of this event (1 or 0). */
  repeated: number;
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

/** One step of a rule's ladder (or one of its alternatives) with its decision parts prebuilt. */
export interface StepPlan {
  readonly action: Action;
  readonly severity: number;
  /** The winner's action ends the call. */
  readonly ends: boolean;
  readonly ref: StepRef;
  readonly script: ScriptRef | undefined;
  /** The index of `script` among the policy's templates when it has placeholders (a session fills it), else -1. */
  readonly fill: number;
  /** `with any N of (...)`: the step's choice of scripts; undefined for other steps. */
  readonly set: SetPlan | undefined;
  readonly to: string | undefined;
  readonly by: string | undefined;
  readonly mode: EndMode | undefined;
  readonly team: string | undefined;
  /** Undefined when no approval is needed. */
  readonly approvedBy: readonly string[] | undefined;
  readonly forMs: number | undefined;
  readonly withinMs: number | undefined;
  readonly callbackTo: CallbackTarget | undefined;
  readonly window: CallWindow | undefined;
  readonly dailyCap: number | undefined;
  /** Bit `severity` set for the step's action and each alternative's: its share of `allowed`. */
  readonly allowed: number;
  /** `or`: what the agent may do instead, which an `agent_action` can deliver; a menu's choices, all of them. */
  readonly alternatives: readonly StepPlan[];
  /** A `may` step (a menu): the actions it offers, least to most severe; its own action is `continue`. Undefined otherwise. */
  readonly offered: readonly Action[] | undefined;
  /** `after`: the step is due this long after the rule's previous step (ms); undefined when it is due at once. */
  readonly afterMs: number | undefined;
  /** `at once`: the step is taken on the same event as the step before it. */
  readonly atOnce: boolean;
}

/** A step's choice of scripts, and where a session keeps which were used. */
export interface SetPlan {
  /** The session's slot for this step: a bit per script used, in the order written. */
  readonly slot: number;
  readonly atLeast: number;
  readonly names: readonly string[];
  readonly scripts: readonly ScriptRef[];
  /** Per script, its template index (-1 without placeholders). */
  readonly fills: readonly number[];
}

/** One duty of a rule; `fixed` is the shared decision entry when nothing in it depends on the event. */
export interface DutyPlan {
  /**
   * Equal duties (every field but `rule`) share a key: the dedupe identity.
   * A `record_*` duty owns a block of keys, one per category and one for none.
   */
  readonly key: number;
  /** The duty is a `record_*` one, whose category depends on the event. */
  readonly categorised: boolean;
  readonly fixed: Duty | undefined;
  /** The duty for an event at `ms`, with category `category` (an index in the policy's vocabulary, -1 for none). */
  make(ms: number, category: number): Duty;
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
  /** Some step of the ladder has a choice of scripts, which holds the ladder until met. */
  readonly holds: boolean;
  readonly duties: readonly DutyPlan[];
  /** The rule's duties as a shared decision array, when none depends on the event. */
  readonly fixedDuties: readonly Duty[] | undefined;
  /** `must`: duties required now. */
  readonly must: readonly DutyPlan[];
  readonly fixedMust: readonly Duty[] | undefined;
  /**
   * Detection bits of every behaviour the condition reads, for the category of
   * its `record_*` duties; 0 when it has none.
   */
  readonly categories: number;
  /** Some step waits (`after`) or follows `at once`: the session keeps when the rule last took a step. */
  readonly timed: boolean;
}

/** The rules each kind of event tries, in policy order, for one channel. */
export interface Dispatch {
  readonly utterance: readonly RulePlan[];
  readonly tick: readonly RulePlan[];
  readonly call_started: readonly RulePlan[];
  readonly line_dropped: readonly RulePlan[];
  readonly poor_line: readonly RulePlan[];
  readonly silence: readonly RulePlan[];
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
  /** The rules tried per channel; channels share one when no rule names channels. */
  readonly dispatch: Readonly<Record<Channel, Dispatch>>;
  readonly counts: readonly CountPlan[];
  /** The policy's behaviours: built-in, then declared. */
  readonly vocabulary: readonly string[];
  /** Threshold per vocabulary index. */
  readonly thresholds: Float64Array;
  /** The detection bit (position) of each behaviour the customer's conditions read. */
  readonly customerBits: ReadonlyMap<string, number>;
  /** The same for the agent's. */
  readonly agentBits: ReadonlyMap<string, number>;
  /** Per bit position: the threshold a signal must reach to set it. */
  readonly thresholdOfBit: readonly number[];
  /** Per bit position: its behaviour's index in the policy's vocabulary (a `record_*` duty's category). */
  readonly behaviourOfBit: readonly number[];
  /** Behaviours signals may carry under this policy; any other name is rejected. */
  readonly signalNames: ReadonlySet<string>;
  /** Customer bits whose threshold is 0: detected even when the signal is missing (confidence 0). */
  readonly alwaysCustomer: number;
  /** The same for the agent. */
  readonly alwaysAgent: number;
  /** Number of distinct duty keys, to size the dedupe scratch. */
  readonly dutyKeys: number;
  /** Sizes of the field slot arrays. */
  readonly numberSlots: number;
  readonly keyedFields: readonly KeyedField[];
  /** `caller.talk_time_today` is read: refresh it on every event. */
  readonly readsTalkTime: boolean;
  /** `call.customer_spoken` is read: a snapshot keeps whether the customer has spoken. */
  readonly readsSpoken: boolean;
  /** `repeated_request` is read: keep the last request label. */
  readonly tracksRequests: boolean;
  /** Some rule's ladder waits or follows at once: sessions keep when each rule last took a step (and snapshots carry it). */
  readonly timed: boolean;
  /**
   * The customer's `repeated_request` detection bit when a repeated request
   * (confidence 1) meets its threshold, else 0.
   */
  readonly repeatedRequestBit: number;
  /** `record warning expires after ...`, per kind, for records without `expires`. */
  readonly recordExpiry: Readonly<Partial<Record<RecordKind, number>>>;
  /** The decision's `allowed` for an `allowed` bit set, built once per set. */
  allowedFor(bits: number): readonly Action[];
  /** `allowedFor(0)`: the `allowed` of a decision no rule shaped. */
  readonly baselineAllowed: readonly Action[];
  /** Every script of the policy by name, with its template index (-1 without placeholders): what an `agent_action` may name. */
  readonly scripts: ReadonlyMap<string, { readonly ref: ScriptRef; readonly fill: number }>;
  /** The scripts with placeholders, which each call fills when it opens. */
  readonly templates: readonly ScriptTemplate[];
  /** The placeholders the policy declares, by name. */
  readonly placeholders: Readonly<Record<string, CheckedPlaceholder>>;
  /** What a new call's arrays start as. */
  readonly fresh: FreshArrays;
}

/**
 * A new call's per-call arrays, which a session copies with `slice()`:
 * several times cheaper than `new Array(n).fill(x)`, once per call.
 */
export interface FreshArrays {
  /** Steps taken per rule: none. */
  readonly ladders: readonly number[];
  /** Per count condition: not reached (0). */
  readonly counted: readonly number[];
  /** Per step with a choice of scripts: none used (0). */
  readonly used: readonly number[];
  /** Per duty key: never listed (-1). */
  readonly listed: readonly number[];
  /** Number field slots, 0 until the call's fields are filled in. */
  readonly numbers: readonly number[];
  /** Text field slots, empty until the call's fields are filled in. */
  readonly texts: readonly string[];
}
