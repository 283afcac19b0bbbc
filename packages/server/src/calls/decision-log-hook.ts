/**
 * The service's side of the decision log: every accepted batch's decisions
 * appended, each with the event it answers, in the order the service
 * returned them (the call's lock is held and the append is synchronous, so
 * no other batch of the call can come between). A write that fails is a
 * fault of the request: the service answers 500 rather than decide without
 * a record.
 */
import { openLogWriter } from '@callguard/adapters/log';
import type { CallEvent, Decision } from '@callguard/contract';
import type { DecisionLogSettings } from '../config/types.js';

/** Appends decisions to the configured log; `close` writes the final checkpoint. */
export interface DecisionLogHook {
  /** Appends `decisions[i]`, the answer to `events[i]`, for call `callId`. */
  decided(callId: string, events: readonly unknown[], decisions: readonly Decision[]): void;
  close(): void;
}

/** Opens the log named by the configuration (creating it when missing). */
export function openDecisionLogHook(settings: DecisionLogSettings): DecisionLogHook {
  const writer = openLogWriter(settings.path, { key: settings.key, keepText: settings.keepText, checkpointEvery: settings.checkpointEvery });
  return {
    decided(callId, events, decisions) {
      // The engine accepted each event, so each is a valid CallEvent.
      decisions.forEach((d, i) => writer.append(callId, events[i] as CallEvent, d));
    },
    close: () => writer.close(),
  };
}
