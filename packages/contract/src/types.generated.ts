// Generated from packages/contract/src/schemas/*.schema.json by `pnpm run generate`. Do not edit.

/** A behaviour detected on an utterance. */
export type Behaviour = 'profanity' | 'slur' | 'hate_speech' | 'threat' | 'sexual_harassment' | 'harassment' | 'rudeness' | 'unreasonable_demand' | 'uncooperative' | 'aggression' | 'recording_staff' | 'repeated_request';

/**
 * A behaviour by name: a built-in one or one a policy declares with `behaviour`. Letters, digits
 * and `_`, starting with a letter or `_`, as the policy language writes names.
 */
export type BehaviourName = string;

/** What an agent does, least to most severe (`callback` stands apart). */
export type Action = 'continue' | 'remind' | 'announce' | 'deescalate' | 'warn' | 'route' | 'escalate' | 'refuse' | 'end_call' | 'block_caller' | 'callback';

/** An obligation that goes with a decision. */
export type DutyKind = 'document' | 'notify' | 'debrief' | 'follow_up' | 'callback' | 'review' | 'support_agent' | 'record_warning' | 'record_strike' | 'record_incident' | 'propose' | 'refer_legal' | 'refer_police' | 'pause_agent' | 'alert' | 'decide' | 'review_recording';

/** How the customer is in contact. */
export type Channel = 'phone' | 'chat' | 'email' | 'in_person';

/** Who is speaking. */
export type Speaker = 'customer' | 'agent';

/** How a call is ended: the agent hangs up, a recorded message plays, or the bot closes. */
export type EndMode = 'hang_up' | 'recorded_message' | 'bot_close';

/** A kind of record kept on a caller across contacts. */
export type RecordKind = 'warning' | 'strike' | 'incident';

/** A kind of restriction on future contact. */
export type RestrictionKind = 'written_only' | 'named_contact' | 'call_windows' | 'call_length' | 'voicemail_only' | 'refuse_topic';

/** Where a restriction applies. */
export type RestrictionScope = 'organisation' | 'team';

/** Which of the numbers on file a callback goes to. */
export type CallbackTarget = 'all_numbers' | 'primary_number';

/**
 * One event of a call, as fed to a session; on disk, one event a line (JSONL). See
 * docs/semantics.md and docs/wire-format.md.
 */
export type CallEvent = CallStartedEvent | UtteranceEvent | SilenceEvent | PoorLineEvent | LineDroppedEvent | AgentActionEvent | TickEvent | CallEndedEvent;

/** The call begins. */
export interface CallStartedEvent {
  readonly type: 'call_started';
  /**
   * The event's id, when the pipeline gives one: a second event with an id the session has handled
   * gets the first one's decision again and changes nothing (docs/semantics.md, "Duplicates").
   */
  readonly id?: string;
  /** When it happened: ISO-8601 with a time zone. */
  readonly at: string;
  readonly call: CallInfo;
  readonly caller?: CallerInfo;
}

/** The call as the contact platform describes it. */
export interface CallInfo {
  readonly id: string;
  readonly queue?: string;
  readonly peak_hours?: boolean;
  /** How the customer is in contact; phone when absent. */
  readonly channel?: Channel;
  /** Roles on duty for this call (supervisor, security, ...); absent means unknown. */
  readonly staff?: readonly string[];
  /** The name the agent gives customers: the value of `{agent_name}` in scripts. */
  readonly agent_name?: string;
  /**
   * The number the customer can call back on: the value of `{callback_number}` in scripts; without
   * it, the policy's `placeholder callback_number "..."`.
   */
  readonly callback_number?: string;
  /** Values of the policy's `placeholder <name> from call` placeholders, by name. */
  readonly placeholders?: PlaceholderValues;
}

/**
 * Words to fill script placeholders with, by placeholder name; an empty string counts as no value
 * (docs/semantics.md, "Scripts and placeholders").
 */
export interface PlaceholderValues {
  readonly [key: string]: string;
}

/** What the CRM knows about the caller; absent numbers are 0, absent booleans false. */
export interface CallerInfo {
  /** The caller's id in the CRM; without it records and restrictions cannot be kept. */
  readonly id?: string;
  readonly incidents_30d?: number;
  readonly warnings?: number;
  readonly repeat_calls_7d?: number;
  readonly withheld?: boolean;
  readonly verified?: boolean;
  readonly refused_verification?: boolean;
  readonly vulnerable?: boolean;
  /** Agreed reasonable adjustments are on file. */
  readonly adjustments?: boolean;
  /** Warnings, strikes and incidents on the caller's record. */
  readonly records?: readonly CallerRecord[];
  /** Restrictions on contact in force, by the policy's name for them. */
  readonly restrictions?: readonly CallerRestriction[];
  /** Seconds spent in contact today before this call. */
  readonly talk_time_today_s?: number;
  /** When the customer relationship (contract) started. */
  readonly customer_since?: string;
  /** How to address the customer: the value of `{customer_name}` in scripts. */
  readonly name?: string;
  /** Values of the policy's `placeholder <name> from caller` placeholders, by name. */
  readonly placeholders?: PlaceholderValues;
}

/** A warning, strike or incident on the caller's record, from an earlier contact or a letter. */
export interface CallerRecord {
  readonly kind: RecordKind;
  /** The behaviour it was for: a built-in one, or one a policy declares. */
  readonly category?: BehaviourName;
  /** When it was given. */
  readonly at: string;
  /** When it stops counting; without it, `at` plus the policy's expiry for its kind (or never). */
  readonly expires?: string;
}

/** A restriction on contact in force for the caller, by the policy's name for it. */
export interface CallerRestriction {
  /** The policy's name for the restriction. */
  readonly name: string;
  /** When it ends. */
  readonly until: string;
}

/** Someone spoke; signals say which behaviours were detected, each with a confidence from 0 to 1. */
export interface UtteranceEvent {
  readonly type: 'utterance';
  /**
   * The event's id, when the pipeline gives one: a second event with an id the session has handled
   * gets the first one's decision again and changes nothing (docs/semantics.md, "Duplicates").
   */
  readonly id?: string;
  /** When it happened: ISO-8601 with a time zone. */
  readonly at: string;
  readonly speaker: Speaker;
  /** What was said, when known. */
  readonly text?: string;
  readonly signals: Signals;
  /** A label for what the speaker is asking for; a customer repeating it is `repeated_request`. */
  readonly request?: string;
}

/**
 * Confidence (0 to 1) for each detected behaviour, built-in or declared by the policy; a missing
 * one is 0. A name the policy neither builds in nor declares is rejected (event/unknown-behaviour).
 */
export interface Signals {
  readonly profanity?: number;
  readonly slur?: number;
  readonly hate_speech?: number;
  readonly threat?: number;
  readonly sexual_harassment?: number;
  readonly harassment?: number;
  readonly rudeness?: number;
  readonly unreasonable_demand?: number;
  readonly uncooperative?: number;
  readonly aggression?: number;
  readonly recording_staff?: number;
  readonly [key: string]: number | undefined;
}

/** Dead air of that many seconds. */
export interface SilenceEvent {
  readonly type: 'silence';
  /**
   * The event's id, when the pipeline gives one: a second event with an id the session has handled
   * gets the first one's decision again and changes nothing (docs/semantics.md, "Duplicates").
   */
  readonly id?: string;
  /** When it happened: ISO-8601 with a time zone. */
  readonly at: string;
  /** How long the line was silent. */
  readonly seconds: number;
}

/** The line is degrading. */
export interface PoorLineEvent {
  readonly type: 'poor_line';
  /**
   * The event's id, when the pipeline gives one: a second event with an id the session has handled
   * gets the first one's decision again and changes nothing (docs/semantics.md, "Duplicates").
   */
  readonly id?: string;
  /** When it happened: ISO-8601 with a time zone. */
  readonly at: string;
}

/** The line went down (a technical disconnect, not a hang-up). */
export interface LineDroppedEvent {
  readonly type: 'line_dropped';
  /**
   * The event's id, when the pipeline gives one: a second event with an id the session has handled
   * gets the first one's decision again and changes nothing (docs/semantics.md, "Duplicates").
   */
  readonly id?: string;
  /** When it happened: ISO-8601 with a time zone. */
  readonly at: string;
}

/** What the agent actually did, e.g. a warning given by hand. */
export interface AgentActionEvent {
  readonly type: 'agent_action';
  /**
   * The event's id, when the pipeline gives one: a second event with an id the session has handled
   * gets the first one's decision again and changes nothing (docs/semantics.md, "Duplicates").
   */
  readonly id?: string;
  /** When it happened: ISO-8601 with a time zone. */
  readonly at: string;
  readonly action: Action;
  /** The rule whose step the agent says it follows. */
  readonly rule?: string;
  /**
   * The script the agent used, by the policy's name for it: it counts towards a step's choice of
   * scripts (`with any 2 of (...)`), and a step takes the action only with one of its own scripts
   * (docs/semantics.md, "Choices of scripts").
   */
  readonly script?: string;
}

/** A timer: time has passed (event time) with nothing else to report. */
export interface TickEvent {
  readonly type: 'tick';
  /**
   * The event's id, when the pipeline gives one: a second event with an id the session has handled
   * gets the first one's decision again and changes nothing (docs/semantics.md, "Duplicates").
   */
  readonly id?: string;
  /** When it happened: ISO-8601 with a time zone. */
  readonly at: string;
}

/** The call is over. */
export interface CallEndedEvent {
  readonly type: 'call_ended';
  /**
   * The event's id, when the pipeline gives one: a second event with an id the session has handled
   * gets the first one's decision again and changes nothing (docs/semantics.md, "Duplicates").
   */
  readonly id?: string;
  /** When it happened: ISO-8601 with a time zone. */
  readonly at: string;
  /** Who ended it. */
  readonly by?: 'customer' | 'agent' | 'system';
}

/**
 * What to do after one event (docs/semantics.md, "The decision"). Keys appear in the order listed
 * here. `rule`, `step` and `script`, and the step's details from `to` to `daily_cap`, are present
 * only when the winning step has them; the rest always are.
 */
export interface Decision {
  /** The decision format's version. */
  readonly v: 1;
  /** The recommended action: the winning rule's current step. */
  readonly action: Action;
  /** The rule the decision follows. */
  readonly rule?: RuleRef;
  /** The winning rule's step. */
  readonly step?: StepRef;
  /** What to say; for an `agent_action` that names one, the script the agent used. */
  readonly script?: ScriptRef;
  /** The step's choice of scripts (`with any 2 of (...)`), with those the agent has used. */
  readonly script_set?: ScriptSetRef;
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
  /**
   * The approvers not on duty for the call (`call.staff`), when staff was given and some are
   * missing.
   */
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
   * A `may` step won: the actions it permits, least to most severe, none recommended (`action` is
   * then continue). Absent otherwise.
   */
  readonly offered?: readonly Action[];
  /**
   * What the agent may do now, least to most severe: continue, remind, deescalate and escalate
   * always, plus every fired rule's current step and its alternatives.
   */
  readonly allowed: readonly Action[];
  /** What the agent must do now: the `must` duties of every fired rule. */
  readonly required: readonly Duty[];
  /** What is owed, during or after the call: the duties of every fired rule. */
  readonly duties: readonly Duty[];
  /** Every rule that fired, in policy order. */
  readonly matched: readonly Match[];
  /** True when the call is over after this event; later events are rejected. */
  readonly ended: boolean;
  /** The policy version that made the decision. */
  readonly policy: PolicyRef;
  /** The event the decision answers. */
  readonly event: EventRef;
}

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

/**
 * A named script and its words. On the decision's own `script`, a script with placeholders also
 * carries `filled`, and `missing` when some have no value; a duty's script is the policy's words
 * alone.
 */
export interface ScriptRef {
  readonly name: string;
  /** The words as the policy writes them, placeholders as `{name}`. */
  readonly text: string;
  /**
   * The words with each placeholder replaced by its value for this call; one with no value stays as
   * written (`{customer_name}`). Present when the script has placeholders.
   */
  readonly filled?: string;
  /**
   * The placeholders with no value for this call, in the order first written; present only when
   * some are missing.
   */
  readonly missing?: readonly string[];
}

/**
 * A step's choice of scripts: it is done once the agent has used `at_least` different ones of
 * `scripts`.
 */
export interface ScriptSetRef {
  readonly at_least: number;
  /** The scripts to choose from, as written, each filled for this call. */
  readonly scripts: readonly ScriptRef[];
  /** Those the agent has reported using on this call, in the order written. */
  readonly used: readonly string[];
}

/** Local calling hours, `HH:MM` to `HH:MM` in the customer's time. */
export interface CallWindow {
  readonly from: string;
  readonly to: string;
}

/**
 * An obligation owed by a rule that fired. Keys appear in the order listed here; each optional one
 * is present only when the duty has it.
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
  /**
   * `agent` for duties towards the agent (debrief, support_agent, pause_agent); absent means the
   * customer.
   */
  readonly subject?: 'agent';
  /**
   * `record_*` duties: the first behaviour (vocabulary order) of the rule's condition detected on
   * this event.
   */
  readonly category?: BehaviourName;
  /**
   * `record_*` duties whose kind the policy lets the customer appeal (`record warning expires after
   * 365d, appeal within 10 working_days`): the working days they have.
   */
  readonly appeal_working_days?: number;
  /**
   * `record_*` duties: the working days the organisation has to decide an appeal (`, reply within
   * 20 working_days`).
   */
  readonly reply_working_days?: number;
  /** `propose` duties: the restriction proposed. */
  readonly restriction?: ProposedRestriction;
  /** `decide` duties: the sanction to decide on. */
  readonly sanction?: string;
  /** `for`: how long (pause_agent). */
  readonly for_ms?: number;
  /** The duty's deadline as a period. */
  readonly within_ms?: number;
  /** The event's `at` plus `within_ms`. */
  readonly due?: string;
  readonly callback_to?: CallbackTarget;
  readonly window?: CallWindow;
  readonly daily_cap?: number;
}

/**
 * The restriction a `propose` duty proposes: the policy's definition (fields it leaves out are
 * absent), and this proposal's dates.
 */
export interface ProposedRestriction {
  readonly name: string;
  readonly title: string;
  readonly kind: RestrictionKind;
  readonly scope: RestrictionScope;
  /** The channels it restricts; empty means all. */
  readonly channels: readonly Channel[];
  /** `lasts up to`: the longest it may last. */
  readonly max_ms: number;
  /** `reviewed after`: when it must be reviewed, after it starts. */
  readonly review_after_ms: number;
  /** `reviewed after 90d, then every 180d`: how often it is reviewed again after the first review. */
  readonly review_every_ms?: number;
  /** The reviewer must not be the person who decided it. */
  readonly independent_review: boolean;
  /** The condition for lifting it, in words. */
  readonly lift_when?: string;
  /** One role, or two people who must both agree. */
  readonly approvers: readonly string[];
  /** `appeal within N working_days`. */
  readonly appeal_working_days?: number;
  /** `, reply within N working_days`: how long the organisation has to decide an appeal. */
  readonly reply_working_days?: number;
  /** The event's `at` plus `review_after_ms`. */
  readonly review_due: string;
  /** The event's `at` plus `max_ms`: the latest it may last. */
  readonly max_until: string;
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
  /** The SHA-256 of the policy's meaning, in hex (see docs/design.md). */
  readonly hash: string;
}

/** The event a decision answers. */
export interface EventRef {
  /** 0 for the opening decision (`call_started`), then 1, 2, ... for each event handled. */
  readonly seq: number;
  /** The event's `at`, normalised. */
  readonly at: string;
  readonly type: EventType;
  /** The call's channel. */
  readonly channel: Channel;
}

/** What kind of event it is. */
export type EventType = 'call_started' | 'utterance' | 'silence' | 'poor_line' | 'line_dropped' | 'agent_action' | 'tick' | 'call_ended';

/**
 * A session's state as small JSON, which `CompiledPolicy.restore` turns back into a session, in
 * this process or another (docs/semantics.md, "Snapshots").
 */
export interface SessionSnapshot {
  /** The snapshot format's version. */
  readonly v: 1;
  /** The hash of the policy that made the decisions so far. */
  readonly policy: string;
  /** The call's `call_started` event, `at` normalised. */
  readonly start: CallStartedEvent;
  /** The `seq` the next accepted event gets. */
  readonly seq: number;
  /** The latest accepted event's time, in ms after `start.at`. */
  readonly at: number;
  /** True once the call is over. */
  readonly ended: boolean;
  /**
   * Per rule, in policy order: how many steps it has taken, capped at its ladder's length. Below
   * the length this is also the 0-based index of its current step (as version 1 snapshots wrote
   * it); the length itself means the last step has been taken and is the current one still.
   */
  readonly ladders: readonly number[];
  /**
   * Per count condition, in policy order: the detections that can still count, oldest first, in ms
   * after `start.at`.
   */
  readonly counts: readonly (readonly number[])[];
  /**
   * Per step with a choice of scripts, in policy order: the scripts of it the agent has used, one
   * bit each in the order written. Absent when the policy has no such step.
   */
  readonly script_sets?: readonly number[];
  /** The last customer request label, when the policy reads `repeated_request` and there was one. */
  readonly request?: string;
  /** Present once the customer has spoken, when the policy reads `call.customer_spoken`. */
  readonly spoken?: true;
  /**
   * The ids of the latest accepted events that had one (at most 32), oldest first, with their
   * decisions: a redelivery gets the same decision again. Absent when none had an id.
   */
  readonly seen?: readonly SeenEvent[];
  /**
   * The time, in ms after `start.at`, of the latest event id dropped from `seen`; an event with an
   * id not in `seen` must come later. Absent until one is dropped.
   */
  readonly forgotten?: number;
  /**
   * Per rule, in policy order: when it last took a step, in ms after `start.at` (0 before it has
   * taken one). Present only when the policy has steps written `after` or `at once`.
   */
  readonly moved?: readonly number[];
  /**
   * `<key id>:<HMAC-SHA256 hex>` when the snapshot was taken with a key (see the engine's
   * `SnapshotKey`).
   */
  readonly mac?: string;
}

/** An event id the session has handled, with the decision it gave. */
export interface SeenEvent {
  readonly id: string;
  readonly decision: Decision;
}

/**
 * What `callguard restrictions --json` prints: the restrictions kept in a store, oldest proposal
 * first.
 */
export interface RestrictionList {
  /** The format's version. */
  readonly v: 1;
  readonly restrictions: readonly RestrictionRecord[];
}

/** A restriction of contact with a caller, as a store keeps it. */
export interface RestrictionRecord {
  readonly id: number;
  readonly caller_id: string;
  /** The policy's name for the restriction. */
  readonly name: string;
  readonly title?: string;
  readonly kind?: RestrictionKind;
  readonly scope?: RestrictionScope;
  /**
   * Proposed (until every approving role has approved), then approved or rejected; reviewed
   * (active) or lifted.
   */
  readonly status: 'proposed' | 'approved' | 'active' | 'lifted' | 'rejected';
  readonly proposed_at: string;
  /** The latest it may last. */
  readonly max_until?: string;
  readonly review_due?: string;
  /** When it ends; set on approval. */
  readonly until?: string;
  /** The roles that must approve it. */
  readonly approvers: readonly string[];
  /** The approvals given so far, oldest first; absent when none. */
  readonly approvals?: readonly RestrictionApprovalRecord[];
  /** The approving roles a proposed restriction still waits for; absent when none. */
  readonly awaiting?: readonly string[];
  /** The reviewer must not be anyone who decided it. */
  readonly independent_review: boolean;
  readonly appeal_working_days?: number;
  /** Who rejected it, or gave the approval that completed it. */
  readonly decided_by?: string;
  readonly decided_at?: string;
  readonly reviewed_by?: string;
  readonly reviewed_at?: string;
  /** The call whose decision proposed it. */
  readonly call_id: string;
  /** The rule that proposed it. */
  readonly rule: string;
  readonly policy: PolicyRef;
  /** The proposal as the decision gave it (a `ProposedRestriction`). */
  readonly details: {
    readonly [key: string]: unknown;
  };
}

/** One approval of a restriction: who gave it, in which approving role, and when. */
export interface RestrictionApprovalRecord {
  /** The approving role it fills; absent for a restriction that names none. */
  readonly role?: string;
  readonly by: string;
  readonly at: string;
  /** The end this approver agreed to, when they set one. */
  readonly until?: string;
}

/**
 * What `callguard duties --json` prints: a store's open (or overdue) duties at `now`, soonest due
 * first.
 */
export interface DutyList {
  /** The format's version. */
  readonly v: 1;
  /** The time `overdue` is judged at. */
  readonly now: string;
  readonly duties: readonly DutyRecord[];
}

/** A duty a store keeps until someone does it. */
export interface DutyRecord {
  readonly id: number;
  readonly call_id: string;
  readonly caller_id?: string;
  /** The `seq` of the event whose decision owed it. */
  readonly event_seq: number;
  readonly kind: DutyKind;
  readonly rule: string;
  readonly owner?: string;
  readonly target?: string;
  readonly due?: string;
  readonly status: 'open' | 'done';
  /** Open and due before `now`. */
  readonly overdue: boolean;
  /** The `at` of the event that created it. */
  readonly created_at: string;
  readonly done_at?: string;
  readonly done_by?: string;
  readonly policy: PolicyRef;
  /** The duty as the decision gave it. */
  readonly details: Duty;
}

/**
 * What `callguard appeals --json` prints: customers' appeals against restrictions and records,
 * oldest first, at `now`.
 */
export interface AppealList {
  /** The format's version. */
  readonly v: 1;
  /** The time `overdue` is judged at. */
  readonly now: string;
  readonly appeals: readonly AppealRecord[];
}

/** An appeal against a restriction or a record, and how it was decided. */
export interface AppealRecord {
  readonly id: number;
  /** What is appealed. */
  readonly subject: 'restriction' | 'record';
  /** The restriction's or the record's id. */
  readonly subject_id: number;
  readonly caller_id: string;
  readonly lodged_at: string;
  /** Who recorded it. */
  readonly lodged_by: string;
  readonly grounds?: string;
  /** The end of the customer's last working day to appeal; absent when the policy sets none. */
  readonly deadline?: string;
  /** Present when it was lodged after its deadline and accepted: why. */
  readonly late_reason?: string;
  /** The end of the organisation's last working day to decide it; absent when the policy sets none. */
  readonly reply_due?: string;
  /** Open and past `reply_due` at `now`. */
  readonly overdue: boolean;
  readonly status: 'open' | 'decided';
  /** Who decided it: someone independent of the decision appealed. */
  readonly heard_by?: string;
  readonly heard_at?: string;
  readonly outcome?: 'keep' | 'amend' | 'lift';
  /** The new end an `amend` outcome set. */
  readonly amended_until?: string;
  /** The reasons given to the customer. */
  readonly reasons?: string;
}

/**
 * What `callguard explain --json` prints: one event of a call, its decision, and the decision in
 * words.
 */
export interface ExplainedDecision {
  /** The format's version. */
  readonly v: 1;
  /** The line of the call file the event came from (0 for a transcript's call_started). */
  readonly line: number;
  /** The event, as the call file gave it. */
  readonly event: CallEvent;
  readonly decision: Decision;
  /** `explain(decision)`: the decision in words, for the agent or a reviewer. */
  readonly explanation: string;
  /**
   * The checker's warnings the policy acknowledged (`acknowledge`), with its reasons; absent when
   * there are none.
   */
  readonly acknowledged?: readonly AcknowledgedWarning[];
}

/** A warning of the checker the policy acknowledged, and why. */
export interface AcknowledgedWarning {
  /** The warning's code, such as `check/no-vulnerable-rule`. */
  readonly code: string;
  readonly reason: string;
}
