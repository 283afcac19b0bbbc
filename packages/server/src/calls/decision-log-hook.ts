/**
 * The service's side of the decision log: every decision the service makes
 * appended, with the event it answers, in the order the service returned
 * them (the call's lock is held and the append is synchronous, so no other
 * batch of the call can come between). A redelivered event (same `id`) is
 * answered with its first decision again, which is logged once: a decision
 * is appended only when its event comes after the call's last one logged.
 * A write that fails is a fault of the request: the service answers 500.
 */
import { openLogReader, openLogWriter } from '@callguard/adapters/log';
import type { CallEvent, Decision } from '@callguard/contract';
import type { DecisionLogSettings } from '../config/types.js';

/** Appends decisions to the configured log; `close` writes the final checkpoint. */
export interface DecisionLogHook {
  /** Appends `decisions[i]`, the answer to `events[i]`, for call `callId`, unless already logged; `ended` says the call is over. */
  decided(callId: string, events: readonly unknown[], decisions: readonly Decision[], ended: boolean): void;
  close(): void;
}

/** Opens the log named by the configuration (creating it when missing). */
export function openDecisionLogHook(settings: DecisionLogSettings): DecisionLogHook {
  const writer = openLogWriter(settings.path, { key: settings.key, keepText: settings.keepText, checkpointEvery: settings.checkpointEvery });
  const reader = openLogReader(settings.path);
  /** Per open call, the seq of its last event logged; read from the log the first time a call is seen (after a restart, say). */
  const lastLogged = new Map<string, number>();
  const lastOf = (callId: string): number => {
    const known = lastLogged.get(callId);
    if (known !== undefined) return known;
    const entry = reader.entries(callId).at(-1);
    return entry === undefined ? -1 : (JSON.parse(entry.decision) as Decision).event.seq;
  };
  return {
    decided(callId, events, decisions, ended) {
      let last = lastOf(callId);
      decisions.forEach((d, i) => {
        if (d.event.seq <= last) return;
        // The engine accepted each event, so each is a valid CallEvent.
        writer.append(callId, events[i] as CallEvent, d);
        last = d.event.seq;
      });
      if (ended) lastLogged.delete(callId);
      else lastLogged.set(callId, last);
    },
    close: () => {
      reader.close();
      writer.close();
    },
  };
}
