import { EventError, type CompiledPolicy, type Decision } from '@callguard/engine';
import type { NumberedEvent } from './events-file.js';

/** One accepted event and the decision it got. */
export interface ReplayStep {
  readonly line: number;
  readonly event: Record<string, unknown>;
  readonly decision: Decision;
}

/** An event the session rejected, with the line it came from. */
export interface Rejection {
  readonly line: number;
  readonly error: EventError;
}

/** What replaying one call produced. */
export interface ReplayResult {
  readonly startMs: number;
  readonly steps: readonly ReplayStep[];
  readonly rejections: readonly Rejection[];
}

/**
 * Replays one call's events through a compiled policy. The first event
 * opens the session and gets the set-up decision (event 0); a rejected
 * event is recorded and skipped, exactly as a live session would leave it.
 */
export function replayCall(policy: CompiledPolicy, events: readonly NumberedEvent[]): ReplayResult {
  const [first, ...rest] = events;
  const rejections: Rejection[] = [];
  const steps: ReplayStep[] = [];
  if (!first) return { startMs: 0, steps, rejections };
  let session;
  try {
    session = policy.open(first.event);
  } catch (e) {
    if (!(e instanceof EventError)) throw e;
    return { startMs: 0, steps, rejections: [{ line: first.line, error: e }] };
  }
  const startMs = Date.parse((first.event as { at: string }).at);
  // The set-up decision (`on call_started` rules) answers the first event.
  steps.push({ line: first.line, event: first.event as Record<string, unknown>, decision: session.opening });
  for (const { line, event } of rest) {
    try {
      steps.push({ line, event: event as Record<string, unknown>, decision: session.handle(event) });
    } catch (e) {
      if (!(e instanceof EventError)) throw e;
      rejections.push({ line, error: e });
    }
  }
  return { startMs, steps, rejections };
}
