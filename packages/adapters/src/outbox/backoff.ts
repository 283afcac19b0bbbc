/** How the worker spaces its attempts. */
export interface BackoffPolicy {
  /** The first retry's delay, before jitter. */
  readonly baseMs: number;
  /** The longest delay between attempts. */
  readonly maxMs: number;
}

/**
 * The delay before the retry that follows attempt `attempt` (1-based):
 * exponential (`baseMs * 2^(attempt-1)`, at most `maxMs`) with "equal
 * jitter", half fixed and half drawn from `random` (in [0, 1)), so workers
 * that failed together do not retry together and no delay is ever near 0.
 */
export function backoffMs(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempt - 1, 40));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
