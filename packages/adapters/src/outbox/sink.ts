import type { CodeOf } from '@callguard/contract';
import type { DeliveryRecord } from './delivery-record.js';

/**
 * An attempt's deadline as a sink sees it: an `AbortSignal` (written out, so
 * the published declarations need neither the DOM's types nor Node's).
 */
export interface AttemptSignal {
  /** True once the attempt has run out of time (or the worker is stopping). */
  readonly aborted: boolean;
  /** Calls `listener` when it aborts. */
  addEventListener(type: 'abort', listener: () => void): void;
}

/** What a sink made: its own id for it, when it has one. */
export interface Delivered {
  readonly externalId?: string | undefined;
}

/**
 * Somewhere duties are delivered: a CRM, a webhook, the incident log. A sink
 * passes `record.key` through the vendor's own idempotency mechanism (a
 * header, an upsert on an external id, or a lookup before creating), so a
 * delivery attempted twice makes one thing. It throws {@link DeliveryFailure}
 * for anything the worker should know how to handle.
 */
export interface DutySink {
  /** Delivers one record. `signal` aborts when the attempt has run out of time. */
  deliver(record: DeliveryRecord, signal: AttemptSignal): Promise<Delivered>;
}

/** How the worker treats a failure: try again later, or dead-letter it now. */
export type FailureDisposition = 'retry' | 'dead';

/** A failed attempt, classified: its code, whether to retry, and how long the sink asked us to wait. */
export class DeliveryFailure extends Error {
  constructor(
    readonly code: CodeOf<'delivery'>,
    message: string,
    readonly disposition: FailureDisposition,
    /** From a 429's `Retry-After`, in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'DeliveryFailure';
  }
}
