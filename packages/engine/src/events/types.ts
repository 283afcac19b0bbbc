/**
 * The events a session takes, as TypeScript types. They mirror
 * `event.schema.json`, which is what `handle` actually checks.
 */
import type { Action, Behaviour, Channel, RecordKind, Speaker } from '@callguard/dsl';

/** Fields every event carries. */
export interface EventBase {
  /** ISO-8601 date-time with a time zone, e.g. `2026-12-01T09:30:05Z`. */
  readonly at: string;
}

/** The call as the contact platform describes it. */
export interface CallInfo {
  readonly id: string;
  readonly queue?: string;
  readonly peak_hours?: boolean;
  /** Phone when absent. */
  readonly channel?: Channel;
  /** Roles on duty for this call; absent means unknown (`call.staffed.<role>` is then false). */
  readonly staff?: readonly string[];
}

/** A warning, strike or incident on the caller's record, from an earlier contact or a letter. */
export interface CallerRecord {
  readonly kind: RecordKind;
  /** The behaviour it was for. */
  readonly category?: Behaviour;
  /** When it was given (ISO-8601). */
  readonly at: string;
  /** When it stops counting; without it, `at` plus the policy's expiry for its kind (or never). */
  readonly expires?: string;
}

/** A restriction on contact in force for the caller, by the policy's name for it. */
export interface CallerRestriction {
  readonly name: string;
  /** When it ends (ISO-8601). */
  readonly until: string;
}

/** What the CRM knows about the caller; absent numbers are 0, absent booleans false. */
export interface CallerInfo {
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
  readonly records?: readonly CallerRecord[];
  readonly restrictions?: readonly CallerRestriction[];
  /** Seconds the caller already spent with the organisation today, before this call. */
  readonly talk_time_today_s?: number;
  /** When the customer relationship (contract) started (ISO-8601). */
  readonly customer_since?: string;
}

/** The call begins. `CompiledPolicy.open` takes it; a session rejects a second one. */
export interface CallStartedEvent extends EventBase {
  readonly type: 'call_started';
  readonly call: CallInfo;
  readonly caller?: CallerInfo;
}

/** Confidence (0 to 1) for each detected behaviour; a missing one is 0. */
export type Signals = Readonly<Partial<Record<Behaviour, number>>>;

/** Someone spoke. */
export interface UtteranceEvent extends EventBase {
  readonly type: 'utterance';
  readonly speaker: Speaker;
  readonly text?: string;
  readonly signals: Signals;
  /** A label for what the speaker is asking for; a customer repeating it is `repeated_request`. */
  readonly request?: string;
}

/** Dead air of `seconds` seconds. */
export interface SilenceEvent extends EventBase {
  readonly type: 'silence';
  readonly seconds: number;
}

/** The line is degrading. */
export interface PoorLineEvent extends EventBase {
  readonly type: 'poor_line';
}

/** The line went down: a technical disconnect, not a hang-up. Ends the call. */
export interface LineDroppedEvent extends EventBase {
  readonly type: 'line_dropped';
}

/** What the agent actually did by hand, optionally naming the rule it follows. */
export interface AgentActionEvent extends EventBase {
  readonly type: 'agent_action';
  readonly action: Action;
  readonly rule?: string;
}

/** A timer: time has passed with nothing else to report. */
export interface TickEvent extends EventBase {
  readonly type: 'tick';
}

/** The call is over. */
export interface CallEndedEvent extends EventBase {
  readonly type: 'call_ended';
  readonly by?: 'customer' | 'agent' | 'system';
}

/** Any event of a call. */
export type CallEvent =
  | CallStartedEvent
  | UtteranceEvent
  | SilenceEvent
  | PoorLineEvent
  | LineDroppedEvent
  | AgentActionEvent
  | TickEvent
  | CallEndedEvent;

/** The `type` of any event. */
export type EventType = CallEvent['type'];
