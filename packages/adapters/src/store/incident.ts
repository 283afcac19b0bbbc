/** The local incident log's interface: what the default sink writes. */
import type { DeliveryRecord } from '../outbox/delivery-record.js';

/** One entry of the local incident log. */
export interface Incident {
  readonly id: number;
  readonly key: string;
  readonly callId: string;
  readonly kind: string;
  readonly record: DeliveryRecord;
  readonly loggedAt: string;
}

/**
 * The local incident log: the store's `incidents` table, one entry per
 * idempotency key, so writing a delivery twice keeps it once.
 */
export interface IncidentLog {
  /** Writes the record (unless its key is already logged) and returns the entry kept under its key. */
  write(record: DeliveryRecord, at: Date): Incident;
  /** Every entry, oldest first. */
  list(): Incident[];
}
