/**
 * The checked policy: what `check` produces from a syntax tree once every
 * name is resolved, every base policy merged in, and every literal turned
 * into a value. It is plain JSON-compatible data (no spans except `origin`),
 * the input of the engine's compiler and of its reference interpreter.
 */
import type {
  Action,
  CallbackTarget,
  Channel,
  DutyKind,
  EndMode,
  FieldType,
  LineEvent,
  PlaceholderSource,
  RecordKind,
  RestrictionKind,
  RestrictionScope,
  Speaker,
  Stance,
} from './vocabulary.js';

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
  /**
   * Behaviours the policy and its bases declare beyond the built-in ones,
   * bases' first, in the order written; absent when there are none, so a
   * policy that declares none keeps its hash.
   */
  readonly behaviours?: readonly CheckedBehaviour[];
  /** Per-behaviour thresholds that differ from the default, declared behaviours' included. */
  readonly thresholds: Readonly<Partial<Record<string, number>>>;
  readonly zeroTolerance: readonly string[];
  /** Groups with members expanded to behaviours, in declaration order. */
  readonly groups: Readonly<Record<string, readonly string[]>>;
  readonly scripts: Readonly<Record<string, string>>;
  /**
   * The placeholders declared with `placeholder`, by name; absent when there
   * are none (built-ins need no declaration). See {@link CheckedPlaceholder}.
   */
  readonly placeholders?: Readonly<Record<string, CheckedPlaceholder>>;
  /** Built-in roles, then the ones the policy declares with `roles`. */
  readonly roles: readonly string[];
  /** Teams declared with `teams`, for `route to <team>`. */
  readonly teams: readonly string[];
  /** How long each kind of record counts, in ms (`record warning expires after 365d`); absent kinds never expire. */
  readonly recordExpiry: Readonly<Partial<Record<RecordKind, number>>>;
  /**
   * The record kinds a customer can appeal and the terms (`record warning
   * expires after 365d, appeal within 10 working_days`); absent when no kind can.
   */
  readonly recordAppeals?: Readonly<Partial<Record<RecordKind, RecordAppeal>>>;
  /** `require callback_number`: closing scripts must contain `{callback_number}`. */
  readonly requireCallbackNumber: boolean;
  /** Restrictions on future contact the policy defines, by name. */
  readonly restrictions: Readonly<Record<string, CheckedRestriction>>;
  /** In priority order: base rules first (overrides keep their base's place). */
  readonly rules: readonly CheckedRule[];
  /**
   * The promises written with `assert`, the bases' first; absent when there
   * are none. Not part of `hash`: asserts change no decision.
   */
  readonly asserts?: readonly CheckedAssert[];
  /**
   * The checker's warnings the policy acknowledged (`acknowledge`), its own
   * then its bases', each with its reason; absent when there are none. Not
   * part of `hash`: they change no decision.
   */
  readonly acknowledgements?: readonly CheckedAcknowledgement[];
}

/** A warning the policy acknowledged, and why. */
export interface CheckedAcknowledgement {
  /** The warning's code: `check/no-vulnerable-rule`. */
  readonly code: string;
  readonly reason: string;
}

/**
 * Where a declared placeholder's value comes from: `from` names the
 * `call_started` object whose `placeholders` carry it (`call` or `caller`);
 * `text` is the policy's own value. A built-in placeholder has its own
 * source (`BUILTIN_PLACEHOLDERS`) and, declared, only a `text`: its value
 * when the call carries none.
 */
export interface CheckedPlaceholder {
  readonly from: PlaceholderSource | undefined;
  readonly text: string | undefined;
}

/**
 * A behaviour the policy declares with `behaviour`: a name beyond the
 * built-in vocabulary, which signals may carry and conditions read like a
 * built-in one. Its threshold, when it has one, is in `thresholds`.
 */
export interface CheckedBehaviour {
  readonly name: string;
  readonly description: string;
}

/** An `assert` of the policy: what `callguard verify` checks besides the built-in properties. */
export interface CheckedAssert {
  /** The title written before `:`, if any. */
  readonly title: string | undefined;
  readonly property: CheckedProperty;
  readonly origin: Origin;
}

/**
 * A property every call must hold, as `assert` and `verify --assert` write
 * it; `text` is its canonical wording.
 */
export type CheckedProperty =
  | {
      readonly kind: 'never';
      readonly text: string;
      readonly action: Action;
      /** `unless warned at least N times`: N; `unless escalated`: 'escalated'. */
      readonly unless: number | 'escalated' | undefined;
      /** `in the first <duration>`, in ms. */
      readonly firstMs: number | undefined;
      /** `when <condition>`: over caller and call fields only. */
      readonly when: CheckedCondition | undefined;
      /**
       * Steps the stance owes no warning for are exempt: written `immediately`,
       * on a failing or silent line, or an announced time limit (the stance's
       * own promise, not one an author writes).
       */
      readonly exemptImmediate: boolean;
    }
  | { readonly kind: 'approved'; readonly text: string; readonly action: Action; readonly role: string }
  | { readonly kind: 'owes'; readonly text: string; readonly action: Action; readonly duty: DutyKind };

/** A restriction on future contact, as `restriction name "title" { ... }` defines it. */
export interface CheckedRestriction {
  readonly name: string;
  readonly title: string;
  readonly kind: RestrictionKind;
  readonly scope: RestrictionScope;
  /** The channels it restricts; empty means all. */
  readonly channels: readonly Channel[];
  /** `lasts up to`: the longest it may last, in ms. */
  readonly maxMs: number;
  /** `reviewed after`: when it must be reviewed, in ms after it starts. */
  readonly reviewAfterMs: number;
  /** `, independently`: the reviewer must not be the person who decided it. */
  readonly independentReview: boolean;
  /** `lifted when "..."`: the condition for lifting it, in words. */
  readonly liftWhen: string | undefined;
  /** `approved by a [and b]`: one role, or two people who must both agree. */
  readonly approvers: readonly string[];
  /** `appeal within N working_days`. */
  readonly appealWorkingDays: number | undefined;
  /** `, reply within N working_days`: how long the organisation has to decide an appeal; absent when not written. */
  readonly replyWorkingDays?: number;
  /** `reviewed after D, then every E`: E in ms; absent when not written. */
  readonly reviewEveryMs?: number;
}

/** How long a customer has to appeal a record of a kind, and the organisation to decide, in working days. */
export interface RecordAppeal {
  readonly appealWorkingDays: number;
  readonly replyWorkingDays?: number;
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
  /** `must`: duties required now, during the call (the decision's `required`). */
  readonly must: readonly CheckedDuty[];
  /** `channels`: the channels the rule applies to; empty means all. */
  readonly channels: readonly Channel[];
  /** Where the rule was written. Not part of the hash. */
  readonly origin: Origin;
}

/** Where something was written: file and 1-based line and column. */
export interface Origin {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Which events a rule is tried on: `utterance` rules on every utterance and
 * every `tick` (behaviour conditions are false on a tick); `event` rules on
 * their event (`call_started` rules when the call is opened).
 */
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
  /** Built-in or declared behaviours, in the policy's vocabulary order. */
  readonly behaviours: readonly string[];
  readonly count: { readonly times: number; readonly withinMs: number } | undefined;
}

/** Compares a field with a constant; durations are in milliseconds. */
export interface CheckedFieldCondition {
  readonly kind: 'field';
  readonly root: string;
  readonly member: string;
  /** The third part of a keyed field (`caller.strikes.threat`), else undefined. */
  readonly key: string | undefined;
  readonly type: FieldType;
  readonly op: '=' | '!=' | '<' | '<=' | '>' | '>=';
  readonly value: number | boolean | string;
}

/** What a step or one of its alternatives says to do. */
export interface CheckedAlternative {
  readonly action: Action;
  readonly immediately: boolean;
  readonly script: CheckedScript | undefined;
  /** `escalate to <role>`. */
  readonly to: string | undefined;
  /** `route to <team>`. */
  readonly team: string | undefined;
  /** `by <role>`: who takes it; undefined means the frontline agent. */
  readonly by: string | undefined;
  /** `via <mode>`: how the call ends (end_call, block_caller). */
  readonly mode: EndMode | undefined;
  readonly forMs: number | undefined;
  readonly withinMs: number | undefined;
  /** `approved by a [and b]`: empty when no approval is needed. */
  readonly approvedBy: readonly string[];
  /** Callback options: which numbers, the customer's local hours, a daily cap. */
  readonly callbackTo: CallbackTarget | undefined;
  readonly window: CheckedWindow | undefined;
  readonly dailyCap: number | undefined;
  /**
   * `with any N of (a, b, c)`: the step is done once the agent has reported
   * using `atLeast` different scripts of the list (docs/semantics.md,
   * "Choices of scripts"); `script` is then undefined. Absent otherwise.
   */
  readonly scriptSet?: CheckedScriptSet;
}

/** A step's choice of scripts: at least `atLeast` different ones of `scripts`. */
export interface CheckedScriptSet {
  readonly atLeast: number;
  readonly scripts: readonly CheckedScript[];
}

/** Local calling hours, `HH:MM` to `HH:MM`. */
export interface CheckedWindow {
  readonly from: string;
  readonly to: string;
}

/** One step of an expanded ladder, with the alternatives the agent may take instead (`or`). */
export interface CheckedStep extends CheckedAlternative {
  /** 1-based position in the expanded ladder. */
  readonly n: number;
  readonly alternatives: readonly CheckedAlternative[];
  /**
   * `may`: the step permits its action and its alternatives and recommends
   * none of them (a menu); absent otherwise, so policies without menus
   * keep their hash.
   */
  readonly may?: true;
  /** `after 30m`: the step is due that long (ms) after the rule's previous step; absent when it is due at once. */
  readonly afterMs?: number;
  /** `at once`: the step is taken on the same event as the step before it; absent otherwise. */
  readonly atOnce?: true;
}

/** A script by name, with its words. */
export interface CheckedScript {
  readonly name: string;
  readonly text: string;
}

/** A duty a rule owes when it fires. */
export interface CheckedDuty {
  readonly kind: DutyKind;
  /** Who is notified or alerted (a role). */
  readonly target: string | undefined;
  readonly script: CheckedScript | undefined;
  readonly withinMs: number | undefined;
  /** `by <role>`: who owns the duty (deferred decisions, reviews). */
  readonly owner: string | undefined;
  /** Whom the duty concerns: the agent for agent duties, else the customer. */
  readonly subject: 'customer' | 'agent';
  /** `for <duration>` (pause_agent). */
  readonly forMs: number | undefined;
  /** The restriction a `propose` duty proposes. */
  readonly restriction: string | undefined;
  /** The sanction a `decide` duty decides (`decide close_account`). */
  readonly sanction: string | undefined;
  readonly callbackTo: CallbackTarget | undefined;
  readonly window: CheckedWindow | undefined;
  readonly dailyCap: number | undefined;
}
