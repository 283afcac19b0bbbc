import { createSinks, deliverDue } from '@callguard/adapters';
import type { Store } from '@callguard/adapters/store';
import type { DutiesConfig, Env } from '@callguard/server';
import { readDutiesConfig } from '../duties-config.js';
import { EXIT, type Io } from '../io.js';
import { openStoreOption, reportStoreError } from '../store-options.js';

/** Options of `callguard duties deliver`. */
export interface DeliverOptions {
  readonly store: string;
  /** `callguard.yaml`, for its sinks and delivery settings; without it only the local incident log. */
  readonly config: string | undefined;
  readonly env: Env;
  readonly now: () => Date;
  readonly random: () => number;
}

/** Delivery settings without a configuration: the service's defaults. */
const DEFAULTS: DutiesConfig['delivery'] = { maxAttempts: 8, backoffMs: 1000, maxBackoffMs: 3_600_000, timeoutMs: 10_000, leaseMs: 30_000, pollMs: 1000 };

/**
 * Runs the delivery worker once over a store, for set-ups without the
 * service (a scheduled job after `replay --store`): everything due is
 * attempted; failures are rescheduled for the next run. Exits 1 when this
 * run dead-lettered anything.
 */
export async function deliverCommand(options: DeliverOptions, io: Io): Promise<number> {
  let duties: Pick<DutiesConfig, 'sinks' | 'delivery'> = { sinks: {}, delivery: DEFAULTS };
  if (options.config !== undefined) {
    const read = readDutiesConfig(options.config, options.env, io);
    if (read === false) return EXIT.failure;
    if (read !== undefined) duties = read;
  }
  let store: Store;
  try {
    store = openStoreOption(options.store, io, { mustExist: true });
  } catch (e) {
    return reportStoreError(e, io);
  }
  try {
    const d = duties.delivery;
    const sinks = createSinks(duties.sinks, { incidents: store.incidents, clock: options.now });
    const done = await deliverDue(store.outbox, sinks, {
      clock: options.now,
      random: options.random,
      maxAttempts: d.maxAttempts,
      backoff: { baseMs: d.backoffMs, maxMs: d.maxBackoffMs },
      timeoutMs: d.timeoutMs,
      leaseMs: d.leaseMs,
    });
    const c = store.outbox.counts(options.now());
    io.out(`delivered ${done.delivered}, to retry ${done.retried}, dead-lettered ${done.dead}; the outbox has ${c.pending} pending, ${c.delivered} delivered, ${c.dead} dead (${c.overdue} overdue)\n`);
    return done.dead > 0 ? EXIT.failure : EXIT.ok;
  } catch (e) {
    return reportStoreError(e, io);
  } finally {
    store.close();
  }
}
