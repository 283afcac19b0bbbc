/** Turns a case's shorthand into the events the engine takes (docs/semantics.md). */
import type { TestCase, TestEvent } from './model.js';
import { resolveTime } from './time.js';

/** The `call_started` event that opens the case's call. */
export function callStarted(c: TestCase): { readonly type: 'call_started'; readonly at: string } & Record<string, unknown> {
  return { type: 'call_started', at: c.start, call: c.call, ...(c.caller && { caller: c.caller }) };
}

/**
 * The engine event for one test event; offsets count from `startMs`. Plain
 * data: the engine validates it like any other event.
 */
export function toEngineEvent(e: TestEvent, startMs: number): Record<string, unknown> {
  const at = resolveTime(e.at, startMs);
  const h = e.happening;
  switch (h.kind) {
    case 'utterance':
      return {
        type: 'utterance',
        at,
        speaker: h.speaker,
        ...(h.text !== undefined && { text: h.text }),
        ...(h.request !== undefined && { request: h.request }),
        signals: h.signals,
      };
    case 'silence':
      return { type: 'silence', at, seconds: h.seconds };
    case 'line':
      return { type: h.event, at };
    case 'agent_action':
      return { type: 'agent_action', at, action: h.action, ...(h.rule !== undefined && { rule: h.rule }), ...(h.script !== undefined && { script: h.script }) };
  }
}
