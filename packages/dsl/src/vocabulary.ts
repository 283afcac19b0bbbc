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
] as const;
/** One of {@link BEHAVIOURS}. */
export type Behaviour = (typeof BEHAVIOURS)[number];

/** Line and call events that `on <event> { ... }` rules respond to. */
export const LINE_EVENTS = ['line_dropped', 'poor_line', 'silence'] as const;
/** One of {@link LINE_EVENTS}. */
export type LineEvent = (typeof LINE_EVENTS)[number];

/** Who is speaking. Behaviour conditions without a speaker mean the customer. */
export const SPEAKERS = ['customer', 'agent'] as const;
/** One of {@link SPEAKERS}. */
export type Speaker = (typeof SPEAKERS)[number];

/**
 * Actions, least to most severe; `callback` stands apart (it follows a line
 * that dropped and is never compared with the others on an utterance).
 */
export const ACTIONS = [
  'continue',
  'remind',
  'deescalate',
  'warn',
  'escalate',
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
  deescalate: 2,
  warn: 3,
  escalate: 4,
  end_call: 5,
  block_caller: 6,
  callback: 7,
};

/** Actions that end the call with the customer. */
export const ENDING_ACTIONS: readonly Action[] = ['end_call', 'block_caller'];

/** Roles a call can be escalated to, a duty can notify, or an approval needs. */
export const ROLES = ['agent', 'supervisor', 'manager', 'director', 'security', 'compliance'] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** Obligations that go with a decision. */
export const DUTIES = ['document', 'notify', 'debrief', 'follow_up', 'callback', 'review', 'support_agent'] as const;
/** One of {@link DUTIES}. */
export type DutyKind = (typeof DUTIES)[number];

/** The positions a company can take on ending calls. */
export const STANCES = ['zero_tolerance', 'warn_then_end', 'escalate_first', 'never_hang_up'] as const;
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
  },
  call: {
    duration: 'duration',
    peak_hours: 'boolean',
    queue: 'text',
  },
  silence: {
    duration: 'duration',
  },
};

/** The confidence threshold used when a policy sets none. */
export const DEFAULT_THRESHOLD = 0.5;
