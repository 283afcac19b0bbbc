/** The one error type of the engine's runtime: a rejected event or snapshot. */

/** Why an event or a snapshot was rejected. */
export type EventErrorCode =
  | 'event/invalid'
  | 'event/out-of-order'
  | 'event/call-ended'
  | 'event/already-started'
  | 'event/unknown-rule'
  | 'snapshot/invalid'
  | 'snapshot/policy-mismatch';

/**
 * Thrown by `open`, `handle` and `restore` when their input is rejected. The
 * session is then exactly as it was before the call.
 */
export class EventError extends Error {
  /** Stable code, e.g. `event/out-of-order`. */
  readonly code: EventErrorCode;
  /** The offending field, dotted (`signals.threat`); empty for the event as a whole. */
  readonly path: string;

  constructor(code: EventErrorCode, path: string, message: string) {
    super(message);
    this.name = 'EventError';
    this.code = code;
    this.path = path;
  }
}
