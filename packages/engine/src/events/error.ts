/** The one error type of the engine's runtime: a rejected event or snapshot. */
import { CallGuardError, type CodeOf } from '@callguard/contract';

/** Why an event or a snapshot was rejected. */
export type EventErrorCode = CodeOf<'event'> | CodeOf<'snapshot'>;

/**
 * Thrown by `open`, `handle` and `restore` when their input is rejected. The
 * session is then exactly as it was before the call.
 */
export class EventError extends CallGuardError<EventErrorCode> {
  /** The offending field, dotted (`signals.threat`); empty for the event as a whole. */
  readonly path: string;

  constructor(code: EventErrorCode, path: string, message: string) {
    super(code, message);
    this.name = 'EventError';
    this.path = path;
  }
}
