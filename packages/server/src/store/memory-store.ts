/** The default {@link CallStore}: a map in this process, swept of expired calls now and then. */
import type { CallRecord, CallStore } from './call-store.js';

/** Options of {@link MemoryCallStore}. */
export interface MemoryStoreOptions {
  /** The clock, in ms since 1970. */
  readonly now: () => number;
  /** How often expired calls are swept out; 60 s by default. */
  readonly sweepMs?: number;
}

/** Calls in a `Map`; every operation completes before any other starts, so compare-and-set is exact. */
export class MemoryCallStore implements CallStore {
  private readonly calls = new Map<string, CallRecord>();
  private open = 0;
  /** Open calls by policy hash. */
  private readonly openByPolicy = new Map<string, number>();
  private readonly now: () => number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(options: MemoryStoreOptions) {
    this.now = options.now;
    this.sweeper = setInterval(() => this.sweep(), options.sweepMs ?? 60_000);
    this.sweeper.unref();
  }

  async get(callId: string): Promise<CallRecord | undefined> {
    const record = this.calls.get(callId);
    if (record === undefined || record.expiresAt > this.now()) return record;
    this.forget(callId, record);
    return undefined;
  }

  async put(callId: string, record: CallRecord, expected: number): Promise<boolean> {
    const current = this.calls.get(callId);
    const live = current !== undefined && current.expiresAt > this.now() ? current : undefined;
    if ((live?.version ?? 0) !== expected) return false;
    if (current !== undefined && live === undefined) this.forget(callId, current);
    // A call keeps its policy, so only starting and ending change the counts.
    const wasOpen = live !== undefined && !live.ended;
    if (wasOpen && record.ended) this.count(record, -1);
    else if (!wasOpen && !record.ended) this.count(record, 1);
    this.calls.set(callId, record);
    return true;
  }

  async openCalls(): Promise<number> {
    return this.open;
  }

  async policiesInUse(): Promise<ReadonlySet<string>> {
    return new Set(this.openByPolicy.keys());
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
  }

  /** Drops every expired call. */
  sweep(): void {
    const now = this.now();
    for (const [id, record] of this.calls) if (record.expiresAt <= now) this.forget(id, record);
  }

  private forget(callId: string, record: CallRecord): void {
    this.calls.delete(callId);
    if (!record.ended) this.count(record, -1);
  }

  /** Counts an open call in (1) or out (-1). */
  private count(record: CallRecord, change: 1 | -1): void {
    this.open += change;
    const { hash } = record.policy;
    const left = (this.openByPolicy.get(hash) ?? 0) + change;
    if (left === 0) this.openByPolicy.delete(hash);
    else this.openByPolicy.set(hash, left);
  }
}
