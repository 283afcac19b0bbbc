/** The outbox's interface and the shapes it returns. */
import type { DeliveryRecord } from './delivery-record.js';

/**
 * Where a delivery is: `pending` (waiting for its time, its turn or a
 * retry), `delivering` (claimed by a worker, under a lease), `delivered`, or
 * `dead` (refused by the sink, or out of attempts; `retry` revives it).
 */
export type DeliveryState = 'pending' | 'delivering' | 'delivered' | 'dead';

/** Why the last attempt failed: a `delivery/*` code and the sink's own words. */
export interface DeliveryFault {
  readonly code: string;
  readonly message: string;
}

/** One owed duty on its way to one sink. */
export interface Delivery {
  readonly id: number;
  /** The idempotency key the sink is given. */
  readonly key: string;
  readonly sink: string;
  readonly state: DeliveryState;
  readonly callId: string;
  readonly eventSeq: number;
  readonly kind: string;
  readonly rule: string;
  readonly record: DeliveryRecord;
  /** The key of the delivery this one waits for. */
  readonly afterKey: string | undefined;
  /** Not attempted before this time (its due time, or the next retry). */
  readonly notBefore: string;
  readonly due: string | undefined;
  readonly attempts: number;
  /** While `delivering`: when the claim lapses and another worker may take it. */
  readonly leaseUntil: string | undefined;
  readonly lastError: DeliveryFault | undefined;
  /** The sink's id for what it made (a Task id, a comment's ticket, an engagement id). */
  readonly externalId: string | undefined;
  readonly createdAt: string;
  readonly deliveredAt: string | undefined;
}

/** Which deliveries {@link Outbox.deliveries} lists. */
export interface DeliveryQuery {
  readonly state?: DeliveryState | undefined;
  /** Only deliveries not delivered whose duty was due before this time. */
  readonly overdue?: Date | undefined;
  readonly callId?: string | undefined;
}

/** How many deliveries are in each state, and how many are overdue. */
export interface DeliveryCounts {
  readonly pending: number;
  readonly delivering: number;
  readonly delivered: number;
  readonly dead: number;
  /** Not delivered, and the duty's due time has passed. */
  readonly overdue: number;
}

/** What became of one attempt. */
export type Settlement =
  | { readonly outcome: 'delivered'; readonly at: Date; readonly externalId?: string | undefined }
  | { readonly outcome: 'retry'; readonly at: Date; readonly notBefore: Date; readonly fault: DeliveryFault }
  | { readonly outcome: 'dead'; readonly at: Date; readonly fault: DeliveryFault };

/**
 * The durable outbox of a store. Rows are added by the store with each
 * decision; a worker claims, attempts and settles them.
 */
export interface Outbox {
  /** Deliveries, oldest first. */
  deliveries(query?: DeliveryQuery): Delivery[];
  /** One delivery. @throws StoreError `store/unknown-delivery`. */
  delivery(id: number): Delivery;
  /** Counts at `now`, for metrics and listings. */
  counts(now: Date): DeliveryCounts;
  /**
   * Claims the next delivery ready at `now` (pending and due, or delivering
   * with its lease lapsed; the delivery it waits for, if any, delivered),
   * counting an attempt and leasing it for `leaseMs`. Deliveries waiting for
   * a dead one are dead-lettered first. Undefined when none is ready.
   */
  claim(now: Date, leaseMs: number): Delivery | undefined;
  /** Records what became of the attempt on a claimed delivery. */
  settle(id: number, settlement: Settlement): Delivery;
  /**
   * Sends a dead delivery back to pending with its attempts reset, ready at
   * `at`, and with it those dead only because they waited for it.
   * @throws StoreError `store/unknown-delivery`, or `store/wrong-status` when it is not dead.
   */
  retry(id: number, at: Date): Delivery;
}
