import { messageOf } from '../crm/http-failure.js';
import { backoffMs, type BackoffPolicy } from './backoff.js';
import { DeliveryFailure, type AttemptSignal, type DutySink } from './sink.js';
import type { Delivery, Outbox, Settlement } from './types.js';

/** How {@link deliverDue} attempts deliveries. */
export interface DeliveryOptions {
  /** "Now", for due times, leases and retries; the caller's clock, never read here otherwise. */
  readonly clock: () => Date;
  /** Jitter, in [0, 1). */
  readonly random: () => number;
  /** Attempts before a delivery that keeps failing is dead-lettered. */
  readonly maxAttempts: number;
  readonly backoff: BackoffPolicy;
  /** How long one attempt may take before it counts as failed (and is retried). */
  readonly timeoutMs: number;
  /**
   * How long a claim lasts: a worker killed mid-attempt leaves its delivery
   * `delivering`, and another claims it once this has passed. Longer than `timeoutMs`.
   */
  readonly leaseMs: number;
  /** Stops claiming when aborted; the attempt in flight finishes. */
  readonly signal?: AttemptSignal;
}

/** What one run did. */
export interface DeliveryRun {
  readonly delivered: number;
  /** Failed attempts that will be tried again. */
  readonly retried: number;
  /** Deliveries dead-lettered by this run. */
  readonly dead: number;
}

/**
 * Delivers everything ready now, one delivery at a time, until nothing is
 * (failed attempts are rescheduled for later, so a run always ends). A
 * delivery is claimed, attempted, and settled in separate transactions: a
 * process killed mid-attempt leaves it claimed, and it is attempted again
 * when the lease lapses, with the same idempotency key. So delivery is at
 * least once, and each sink's key makes it at most once on the receiving
 * side (docs/duties.md).
 */
export async function deliverDue(outbox: Outbox, sinks: ReadonlyMap<string, DutySink>, options: DeliveryOptions): Promise<DeliveryRun> {
  const run = { delivered: 0, retried: 0, dead: 0 };
  while (options.signal?.aborted !== true) {
    const claimed = outbox.claim(options.clock(), options.leaseMs);
    if (claimed === undefined) break;
    const settled = outbox.settle(claimed.id, await attempt(claimed, sinks, options));
    if (settled.state === 'delivered') run.delivered++;
    else if (settled.state === 'dead') run.dead++;
    else run.retried++;
  }
  return run;
}

async function attempt(delivery: Delivery, sinks: ReadonlyMap<string, DutySink>, options: DeliveryOptions): Promise<Settlement> {
  const sink = sinks.get(delivery.sink);
  if (sink === undefined) {
    const known = [...sinks.keys()].join(', ') || 'none';
    return { outcome: 'dead', at: options.clock(), fault: { code: 'delivery/no-sink', message: `no sink named \`${delivery.sink}\` is configured (configured: ${known})` } };
  }
  if (delivery.attempts > options.maxAttempts) {
    // Claimed again and again without settling: the worker dies attempting it.
    return { outcome: 'dead', at: options.clock(), fault: { code: 'delivery/exhausted', message: `gave up after ${options.maxAttempts} attempts that never finished` } };
  }
  let failure: DeliveryFailure;
  try {
    const done = await withTimeout(delivery.sink, options.timeoutMs, (signal) => sink.deliver(delivery.record, signal));
    return { outcome: 'delivered', at: options.clock(), externalId: done.externalId };
  } catch (e) {
    failure = e instanceof DeliveryFailure ? e : new DeliveryFailure('delivery/unavailable', `${delivery.sink} failed: ${messageOf(e)}`, 'retry');
  }
  const at = options.clock();
  const fault = { code: failure.code, message: failure.message };
  if (failure.disposition === 'dead') return { outcome: 'dead', at, fault };
  if (delivery.attempts >= options.maxAttempts) {
    return { outcome: 'dead', at, fault: { code: 'delivery/exhausted', message: `gave up after ${delivery.attempts} attempts; the last: ${failure.message}` } };
  }
  const wait = failure.retryAfterMs ?? backoffMs(delivery.attempts, options.backoff, options.random);
  return { outcome: 'retry', at, notBefore: new Date(at.getTime() + wait), fault };
}

/** Runs `work`, aborting its signal and failing with `delivery/timeout` after `ms`. */
async function withTimeout<T>(sink: string, ms: number, work: (signal: AttemptSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DeliveryFailure('delivery/timeout', `${sink} did not answer within ${ms} ms`, 'retry'));
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
