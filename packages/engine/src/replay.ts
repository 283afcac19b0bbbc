/**
 * Replaying a whole call: the one loop behind `callguard replay`, policy
 * tests and any service that decides a recorded call. Pure, like the rest
 * of the engine: the caller reads the events and prints the outcomes.
 */
import type { Decision } from '@callguard/contract';
import { EventError } from './events/error.js';
import type { CompiledPolicy } from './policy.js';

/** What one event of a replayed call came to: the decision it got, or why it was rejected. */
export type ReplayOutcome =
  | { readonly index: number; readonly decision: Decision; readonly error?: undefined }
  | { readonly index: number; readonly decision?: undefined; readonly error: EventError };

/**
 * Replays a call's events in order through `policy`. The first event opens
 * the session, and its outcome is the set-up decision (`Session.opening`);
 * a rejected event is recorded and skipped, exactly as a live session would
 * leave it. When the first event is rejected there is no call, so nothing
 * else is replayed. `index` is the event's place in `events`. Errors other
 * than `EventError` are bugs and are thrown.
 */
export function replay(policy: CompiledPolicy, events: readonly unknown[]): ReplayOutcome[] {
  const [first, ...rest] = events;
  if (first === undefined) return [];
  let session;
  try {
    session = policy.open(first);
  } catch (error) {
    if (!(error instanceof EventError)) throw error;
    return [{ index: 0, error }];
  }
  const outcomes: ReplayOutcome[] = [{ index: 0, decision: session.opening }];
  rest.forEach((event, i) => {
    try {
      outcomes.push({ index: i + 1, decision: session.handle(event) });
    } catch (error) {
      if (!(error instanceof EventError)) throw error;
      outcomes.push({ index: i + 1, error });
    }
  });
  return outcomes;
}
