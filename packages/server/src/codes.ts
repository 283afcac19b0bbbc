/**
 * The HTTP status each code goes out with. The codes themselves, and their
 * docs pages, live in `@callguard/contract`'s registry; engine codes
 * (`event/...`) come from `EventError`.
 */
import type { CodeOf } from '@callguard/contract';

/** A code the service can answer with: its own, or the engine's refusal of an event. */
export type ServiceCode = CodeOf<'service'> | CodeOf<'event'>;

/** The status of each {@link ServiceCode}. */
export const STATUS: Readonly<Record<ServiceCode, number>> = {
  'service/unauthorized': 401,
  'service/forbidden': 403,
  'service/stale-signature': 401,
  'service/replayed-signature': 409,
  'service/not-found': 404,
  'service/method-not-allowed': 405,
  'service/unknown-call': 404,
  'service/wrong-call': 400,
  'service/body-too-large': 413,
  'service/not-json': 400,
  'service/bad-form': 400,
  'service/unsupported-media-type': 415,
  'service/bad-transcription-data': 400,
  'service/bad-connect-event': 400,
  'service/policy-gone': 409,
  'service/conflict': 409,
  'service/request-timeout': 408,
  'service/bad-request': 400,
  'service/headers-too-large': 431,
  'service/shutting-down': 503,
  'service/internal': 500,
  'event/invalid': 400,
  'event/unknown-rule': 400,
  'event/unknown-script': 400,
  'event/unknown-behaviour': 400,
  'event/out-of-order': 409,
  'event/call-ended': 409,
  'event/id-reused': 409,
  'event/already-started': 409,
};
