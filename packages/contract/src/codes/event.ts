/** Why the engine rejects an event; the session is then exactly as it was. */
export const EVENT_CODES = [
  /** The event does not match the event schema (a missing field, a wrong type, a bad time). */
  'event/invalid',
  /** The event is earlier than the one before it. */
  'event/out-of-order',
  /** The call has already ended. */
  'event/call-ended',
  /** A second `call_started` in the same call. */
  'event/already-started',
  /** An `agent_action` names a rule the policy does not have. */
  'event/unknown-rule',
  /** An `agent_action` names a script the policy does not have. */
  'event/unknown-script',
  /** An event carries the id of an earlier event of the call but is not that event (another type or time). */
  'event/id-reused',
  /** An utterance's signals name a behaviour that is neither built in nor declared by the policy. */
  'event/unknown-behaviour',
] as const;
