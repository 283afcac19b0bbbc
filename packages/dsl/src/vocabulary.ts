/**
 * The words the language knows: behaviours, actions, duties, roles, events,
 * stances and fields. One table each, shared by the checker, the formatter's
 * tests and the engine, so a new word is added in one place.
 */

/** Behaviours detected on an utterance, each with a confidence from 0 to 1. */
export const BEHAVIOURS = [
  'profanity',
  'slur',
  'hate_speech',
  'threat',
  'sexual_harassment',
  'harassment',
  'rudeness',
  'unreasonable_demand',
  'uncooperative',
  'aggression',
  'recording_staff',
  'repeated_request',
] as const;
/** One of {@link BEHAVIOURS}. */
export type Behaviour = (typeof BEHAVIOURS)[number];

/**
 * Behaviours an utterance's `signals` may carry: all but `repeated_request`,
 * which the engine derives itself (confidence 1 on a customer utterance whose
 * `request` label repeats the previous customer request, else 0).
 */
export const SIGNAL_BEHAVIOURS: readonly Behaviour[] = BEHAVIOURS.filter((b) => b !== 'repeated_request');

/**
 * Events that `on <event> { ... }` rules respond to: line conditions, the
 * start of a call (set-up checks before connecting) and timer ticks.
 */
export const LINE_EVENTS = ['line_dropped', 'poor_line', 'silence', 'call_started', 'tick'] as const;
/** One of {@link LINE_EVENTS}. */
export type LineEvent = (typeof LINE_EVENTS)[number];

/**
 * Events that say the line is failing or empty, not how the customer
 * behaves: ending the call on them is a technical disconnect, which no
 * stance asks a warning or an escalation for (docs/stances.md).
 */
export const DISCONNECT_EVENTS: readonly LineEvent[] = ['silence', 'poor_line', 'line_dropped'];

/** Who is speaking. Behaviour conditions without a speaker mean the customer. */
export const SPEAKERS = ['customer', 'agent'] as const;
/** One of {@link SPEAKERS}. */
export type Speaker = (typeof SPEAKERS)[number];

/**
 * Actions, least to most severe; `callback` stands apart (it follows a line
 * that dropped and is never compared with the others on an utterance).
 * `announce` plays a message (before connecting, or during the call);
 * `route` sends the call to a named team; `refuse` declines further handling
 * of the topic.
 */
export const ACTIONS = [
  'continue',
  'remind',
  'announce',
  'deescalate',
  'warn',
  'route',
  'escalate',
  'refuse',
  'end_call',
  'block_caller',
  'callback',
] as const;
/** One of {@link ACTIONS}. */
export type Action = (typeof ACTIONS)[number];

/** Severity rank used to pick the winning rule; callback ranks above all on the line events it belongs to. */
export const ACTION_SEVERITY: Readonly<Record<Action, number>> = {
  continue: 0,
  remind: 1,
  announce: 2,
  deescalate: 3,
  warn: 4,
  route: 5,
  escalate: 6,
  refuse: 7,
  end_call: 8,
  block_caller: 9,
  callback: 10,
};

/** Actions an agent may always take, whatever fired: the decision's baseline `allowed`. */
export const BASELINE_ACTIONS: readonly Action[] = ['continue', 'remind', 'deescalate', 'escalate'];

/** Actions that end the call with the customer. */
export const ENDING_ACTIONS: readonly Action[] = ['end_call', 'block_caller'];

/**
 * Built-in roles a call can be escalated to, a duty can notify, or an
 * approval needs. A policy may declare more with `roles`.
 */
export const ROLES = ['agent', 'supervisor', 'manager', 'director', 'security', 'compliance'] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/**
 * Obligations that go with a decision. `record_*` write to the caller's
 * record; `propose` proposes a restriction; `decide` is a deferred decision
 * on a sanction; `alert` calls a role in now.
 */
export const DUTIES = [
  'document',
  'notify',
  'debrief',
  'follow_up',
  'callback',
  'review',
  'support_agent',
  'record_warning',
  'record_strike',
  'record_incident',
  'propose',
  'refer_legal',
  'refer_police',
  'pause_agent',
  'alert',
  'decide',
  'review_recording',
] as const;
/** One of {@link DUTIES}. */
export type DutyKind = (typeof DUTIES)[number];

/** Duties whose subject is the agent rather than the customer. */
export const AGENT_DUTIES: readonly DutyKind[] = ['debrief', 'support_agent', 'pause_agent'];

/** Contact channels; a call without one is a phone call. */
export const CHANNELS = ['phone', 'chat', 'email', 'in_person'] as const;
/** One of {@link CHANNELS}. */
export type Channel = (typeof CHANNELS)[number];

/** How a call is ended: the agent hangs up, a recorded message plays, or the bot closes. */
export const END_MODES = ['hang_up', 'recorded_message', 'bot_close'] as const;
/** One of {@link END_MODES}. */
export type EndMode = (typeof END_MODES)[number];

/** Kinds of record kept on a caller across contacts. */
export const RECORD_KINDS = ['warning', 'strike', 'incident'] as const;
/** One of {@link RECORD_KINDS}. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Kinds of restriction on future contact. */
export const RESTRICTION_KINDS = [
  'written_only',
  'named_contact',
  'call_windows',
  'call_length',
  'voicemail_only',
  'refuse_topic',
] as const;
/** One of {@link RESTRICTION_KINDS}. */
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];

/** Where a restriction applies. */
export const RESTRICTION_SCOPES = ['organisation', 'team'] as const;
/** One of {@link RESTRICTION_SCOPES}. */
export type RestrictionScope = (typeof RESTRICTION_SCOPES)[number];

/** Which of the numbers on file a callback goes to. */
export const CALLBACK_TARGETS = ['all_numbers', 'primary_number'] as const;
/** One of {@link CALLBACK_TARGETS}. */
export type CallbackTarget = (typeof CALLBACK_TARGETS)[number];

/**
 * Placeholders every policy knows, filled from `call_started`:
 * `{agent_name}` from `call.agent_name`, `{callback_number}` from
 * `call.callback_number`, `{customer_name}` from `caller.name`.
 */
export const BUILTIN_PLACEHOLDERS = ['agent_name', 'callback_number', 'customer_name'] as const;
/** One of {@link BUILTIN_PLACEHOLDERS}. */
export type BuiltinPlaceholder = (typeof BUILTIN_PLACEHOLDERS)[number];

/** Where a placeholder a policy declares is filled from: `call.placeholders` or `caller.placeholders` of `call_started`. */
export const PLACEHOLDER_SOURCES = ['call', 'caller'] as const;
/** One of {@link PLACEHOLDER_SOURCES}. */
export type PlaceholderSource = (typeof PLACEHOLDER_SOURCES)[number];

/** The positions a company can take on ending calls; `none` says the policy takes none. */
export const STANCES = ['zero_tolerance', 'warn_then_end', 'escalate_first', 'never_hang_up', 'none'] as const;
/** One of {@link STANCES}. */
export type Stance = (typeof STANCES)[number];

/** The type of a field a condition can read. */
export type FieldType = 'number' | 'boolean' | 'duration' | 'text';

/**
 * Fields a condition can read, by root. `caller.*` come from the CRM with
 * `call_started`; `call.*` describe the call; `silence.*` the silence event.
 */
export const FIELDS: Readonly<Record<string, Readonly<Record<string, FieldType>>>> = {
  caller: {
    incidents_30d: 'number',
    warnings: 'number',
    repeat_calls_7d: 'number',
    withheld: 'boolean',
    verified: 'boolean',
    refused_verification: 'boolean',
    vulnerable: 'boolean',
    adjustments: 'boolean',
    strikes: 'number',
    incidents: 'number',
    restricted: 'boolean',
    talk_time_today: 'duration',
    tenure: 'duration',
  },
  call: {
    duration: 'duration',
    peak_hours: 'boolean',
    queue: 'text',
    channel: 'text',
    customer_spoken: 'boolean',
  },
  silence: {
    duration: 'duration',
  },
};

/**
 * Fields read with a third part, `root.member.key`, and what the key names:
 * `caller.strikes.threat` counts active strikes for threats;
 * `caller.restrictions.written_only` is true while that restriction is
 * active; `call.staffed.supervisor` is true when a supervisor is on duty.
 */
export const KEYED_FIELDS: Readonly<Record<string, Readonly<Record<string, { readonly type: FieldType; readonly key: 'behaviour' | 'restriction' | 'role' }>>>> = {
  caller: {
    warnings: { type: 'number', key: 'behaviour' },
    strikes: { type: 'number', key: 'behaviour' },
    incidents: { type: 'number', key: 'behaviour' },
    restrictions: { type: 'boolean', key: 'restriction' },
  },
  call: {
    staffed: { type: 'boolean', key: 'role' },
  },
};

/** The confidence threshold used when a policy sets none. */
export const DEFAULT_THRESHOLD = 0.5;
