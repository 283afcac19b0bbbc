import { replay, type CallEvent, type CompiledPolicy, type Decision, type EventError } from '@callguard/engine';
import type { NumberedEvent } from './events-file.js';

/** One accepted event and the decision it got. */
export interface ReplayStep {
  readonly line: number;
  /** As the call file gave it; the engine accepted it, so it meets the event schema. */
  readonly event: CallEvent;
  readonly decision: Decision;
}

/** An event the session rejected, with the line it came from. */
export interface Rejection {
  readonly line: number;
  /** Its index in the events replayed. */
  readonly index: number;
  readonly error: EventError;
}

/** What replaying one call produced. */
export interface ReplayResult {
  readonly startMs: number;
  readonly steps: readonly ReplayStep[];
  readonly rejections: readonly Rejection[];
}

/**
 * Replays one call's events (read from a file) through the engine's replay
 * loop, keeping the line each outcome came from.
 */
export function replayCall(policy: CompiledPolicy, events: readonly NumberedEvent[]): ReplayResult {
  const steps: ReplayStep[] = [];
  const rejections: Rejection[] = [];
  for (const outcome of replay(policy, events.map((e) => e.event))) {
    const { line, event } = events[outcome.index]!;
    if (outcome.error) rejections.push({ line, index: outcome.index, error: outcome.error });
    else steps.push({ line, event: event as CallEvent, decision: outcome.decision });
  }
  const opened = steps[0];
  return { startMs: opened ? Date.parse(opened.decision.event.at) : 0, steps, rejections };
}
