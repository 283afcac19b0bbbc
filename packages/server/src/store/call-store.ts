/**
 * Where calls live between events. The service reads a call, handles its
 * events, and writes it back only if nobody else wrote it meanwhile (its
 * version is unchanged), so a shared store (Redis, say) can stand in for
 * the in-memory one without changing the service.
 */
import type { Decision, SessionSnapshot } from '@callguard/engine';

/** A call's saved state: plain JSON, so any store can keep it. */
export interface CallRecord {
  /** 1 when the call is first written, one more on every write. */
  readonly version: number;
  /** The policy version the call started under; it keeps it to the end. */
  readonly policy: { readonly name: string; readonly version: string; readonly hash: string };
  readonly session: SessionSnapshot;
  /** Every decision so far, the opening one first. */
  readonly decisions: readonly Decision[];
  readonly ended: boolean;
  /** State a telephony adapter keeps with the call (callback ordering, how the contact began). */
  readonly channel: Readonly<Record<string, unknown>>;
  /** When the store may forget the call, in ms since 1970: the TTL after the call ends, or after its last event. */
  readonly expiresAt: number;
}

/** The store interface. */
export interface CallStore {
  /** The call, or undefined when unknown or expired. */
  get(callId: string): Promise<CallRecord | undefined>;
  /**
   * Writes `record` when the stored version is still `expected` (0: the call
   * must not exist yet); resolves false, writing nothing, otherwise.
   */
  put(callId: string, record: CallRecord, expected: number): Promise<boolean>;
  /** How many calls are stored and not ended. */
  openCalls(): Promise<number>;
  /** The policy hashes of the calls stored and not ended: the versions open calls still use. */
  policiesInUse(): Promise<ReadonlySet<string>>;
  /** Releases timers and connections. */
  close(): Promise<void>;
}

/** The time of the call's last event, in ms since 1970 (adapters keep their events from going back before it). */
export function lastEventMs(record: CallRecord): number {
  return Date.parse(record.session.start.at) + record.session.at;
}
