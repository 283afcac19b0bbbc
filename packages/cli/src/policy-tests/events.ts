/** Turns a case's shorthand into the events the engine takes (docs/semantics.md). */
import type { CallStartedEvent, CallEvent } from '@callguard/engine';
import type { TestCase, TestEvent } from './model.js';

/** The `call_started` event that opens the case's call. */
export function callStarted(c: TestCase): CallStartedEvent {
  return { type: 'call_started', at: c.start, call: c.call, ...(c.caller && { caller: c.caller }) };
}

/** The engine event for one test event; offsets count from `startMs`. */
export function toEngineEvent(e: TestEvent, startMs: number): CallEvent {
  const at = 'iso' in e.time ? e.time.iso : new Date(startMs + e.time.offsetMs).toISOString();
  const h = e.happening;
  switch (h.kind) {
    case 'utterance':
      return { type: 'utterance', at, speaker: h.speaker, ...(h.text !== undefined && { text: h.text }), signals: h.signals };
    case 'silence':
      return { type: 'silence', at, seconds: h.seconds };
    case 'line':
      return { type: h.event, at };
    case 'agent_action':
      return { type: 'agent_action', at, action: h.action, ...(h.rule !== undefined && { rule: h.rule }) };
  }
}
