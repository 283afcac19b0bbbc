/**
 * The service's side of duty delivery: decisions' duties kept in the SQLite
 * store (outbox included) before the decision is answered, and the worker
 * delivering them in the background while the service runs.
 */
import { DeliveryWorker, createSinks, deliverDue, type DeliveryCounts } from '@callguard/adapters';
import { openStore, type Store } from '@callguard/adapters/store';
import type { Decision } from '@callguard/engine';
import type { CallRecord } from '../store/call-store.js';
import type { DutiesConfig } from '../config/types.js';

/** What the service does with duties. */
export interface ServiceDuties {
  /** Keeps a batch's decisions (records, duties, outbox) in one transaction, and wakes the worker. */
  keep(callId: string, decisions: readonly Decision[], record: CallRecord): void;
  /** The outbox's counts now, for `/metrics`. */
  counts(): DeliveryCounts;
  /** Starts delivering in the background. */
  start(): void;
  /** Stops the worker (the attempt in flight finishes) and closes the store. */
  close(): Promise<void>;
}

/** What {@link openServiceDuties} needs besides the configuration. */
export interface DutiesEnvironment {
  readonly clock: () => Date;
  /** Jitter, in [0, 1). */
  readonly random: () => number;
  /** Told of a worker run that failed (a store error); the worker carries on. */
  readonly onError: (error: unknown) => void;
}

/** Opens the store `config` names (creating it) and builds its sinks and worker. */
export function openServiceDuties(config: DutiesConfig, env: DutiesEnvironment): ServiceDuties {
  const store: Store = openStore(config.store, { clock: env.clock, routes: config.routes });
  const sinks = createSinks(config.sinks, { incidents: store.incidents, clock: env.clock });
  const d = config.delivery;
  const worker = new DeliveryWorker({
    pollMs: d.pollMs,
    onError: env.onError,
    run: (signal) =>
      deliverDue(store.outbox, sinks, {
        clock: env.clock,
        random: env.random,
        maxAttempts: d.maxAttempts,
        backoff: { baseMs: d.backoffMs, maxMs: d.maxBackoffMs },
        timeoutMs: d.timeoutMs,
        leaseMs: d.leaseMs,
        signal,
      }),
  });
  return {
    keep(callId, decisions, record) {
      const start = record.session.start;
      const added = store.applyCall(decisions, { callId, callerId: start.caller?.id, startedAt: start.at });
      if (added.deliveries > 0) worker.nudge();
    },
    counts: () => store.outbox.counts(env.clock()),
    start: () => worker.start(),
    async close() {
      await worker.stop();
      store.close();
    },
  };
}
