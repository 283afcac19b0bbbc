/**
 * Errors as RFC 9457 problem details: every refusal carries a stable code,
 * the status that goes with it, and, for a bad field, which one and why.
 */
import { STATUS, type ServiceCode } from '../codes.js';

/** The JSON body of every error response (`application/problem+json`). */
export interface Problem {
  /** A URI naming the problem type: `urn:callguard:problem:<code>`. */
  readonly type: string;
  readonly title: string;
  readonly status: number;
  /** What went wrong with this request, in one line. */
  readonly detail: string;
  /** The stable code, e.g. `event/invalid`. */
  readonly code: ServiceCode;
  /** The offending field, dotted (`signals.threat`), with `[n]` first for the nth event of a batch. */
  readonly field?: string;
}

const TITLES: Readonly<Record<ServiceCode, string>> = {
  'service/unauthorized': 'Credentials required',
  'service/forbidden': 'Credentials refused',
  'service/stale-signature': 'Signature too old',
  'service/replayed-signature': 'Signature already used',
  'service/not-found': 'No such route',
  'service/method-not-allowed': 'Method not allowed',
  'service/unknown-call': 'Unknown call',
  'service/wrong-call': 'Event for another call',
  'service/body-too-large': 'Body too large',
  'service/not-json': 'Body is not JSON',
  'service/bad-form': 'Malformed form body',
  'service/unsupported-media-type': 'Unsupported media type',
  'service/bad-transcription-data': 'TranscriptionData is not JSON',
  'service/bad-connect-event': 'Malformed Amazon Connect event',
  'service/policy-gone': 'Policy version no longer loaded',
  'service/conflict': 'Concurrent change',
  'service/request-timeout': 'Request too slow',
  'service/bad-request': 'Unreadable request',
  'service/headers-too-large': 'Headers too large',
  'service/shutting-down': 'Shutting down',
  'service/internal': 'Internal error',
  'event/invalid': 'Invalid event',
  'event/unknown-rule': 'Unknown rule',
  'event/unknown-script': 'Unknown script',
  'event/unknown-behaviour': 'Unknown behaviour',
  'event/out-of-order': 'Event out of order',
  'event/call-ended': 'Call has ended',
  'event/id-reused': 'Event id reused',
  'event/already-started': 'Call already started',
};

/** A request the service refuses; the HTTP layer turns it into a {@link Problem}. */
export class ServiceError extends Error {
  readonly code: ServiceCode;
  readonly status: number;
  readonly field: string | undefined;

  constructor(code: ServiceCode, detail: string, field?: string) {
    super(detail);
    this.name = 'ServiceError';
    this.code = code;
    this.status = STATUS[code];
    this.field = field;
  }

  /** The response body. */
  toProblem(): Problem {
    const base = { type: `urn:callguard:problem:${this.code}`, title: TITLES[this.code], status: this.status, detail: this.message, code: this.code };
    return this.field === undefined || this.field === '' ? base : { ...base, field: this.field };
  }
}
