/**
 * The call a playground user builds by clicking: what was said (a
 * behaviour, by the customer or the agent), what the agent did, and what
 * happened to the line. Each entry becomes one engine event, 15 seconds
 * after the one before, from a fixed start, so the same timeline always
 * gives the same decisions.
 */
import { ACTIONS, BEHAVIOURS, SPEAKERS } from '@callguard/dsl';
import type { Action, Behaviour, Speaker } from '@callguard/dsl';
import type { CallEvent, CallStartedEvent } from '@callguard/engine';

/** Line events the palette offers: the `on <event>` blocks' triggers and the call's end. */
export const LINE_ENTRIES = ['silence', 'poor_line', 'line_dropped', 'tick', 'call_ended'] as const;

/** One click on the palette. */
export type TimelineEntry =
  | { readonly t: 'say'; readonly speaker: Speaker; readonly behaviour: Behaviour }
  | { readonly t: 'act'; readonly action: Action }
  | { readonly t: 'line'; readonly event: (typeof LINE_ENTRIES)[number] };

/** When the playground's calls start. */
const START_MS = Date.UTC(2026, 11, 1, 9, 0, 0);
const STEP_MS = 15_000;
/** The confidence a clicked behaviour is detected with: above any sensible threshold. */
export const CLICKED_CONFIDENCE = 0.95;
/** How long a clicked silence lasts. */
const SILENCE_SECONDS = 30;

const at = (i: number): string => new Date(START_MS + i * STEP_MS).toISOString();

/** The `call_started` event every playground call opens with. */
export const CALL_STARTED: CallStartedEvent = { type: 'call_started', at: at(0), call: { id: 'playground' } };

/** The engine event for the `i`-th entry (counting from 0). */
export function toEvent(entry: TimelineEntry, i: number): CallEvent {
  const when = at(i + 1);
  switch (entry.t) {
    case 'say':
      return { type: 'utterance', at: when, speaker: entry.speaker, signals: { [entry.behaviour]: CLICKED_CONFIDENCE } };
    case 'act':
      return { type: 'agent_action', at: when, action: entry.action };
    case 'line':
      return entry.event === 'silence' ? { type: 'silence', at: when, seconds: SILENCE_SECONDS } : { type: entry.event, at: when };
  }
}

/** A short label for an entry, as the timeline shows it. */
export function label(entry: TimelineEntry): string {
  switch (entry.t) {
    case 'say':
      return `${entry.speaker}: ${entry.behaviour}`;
    case 'act':
      return `agent does ${entry.action}`;
    case 'line':
      return entry.event === 'silence' ? `silence ${SILENCE_SECONDS}s` : entry.event;
  }
}

/** True when `x` is an entry this playground can play (links can hold anything). */
export function isEntry(x: unknown): x is TimelineEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  const among = (list: readonly string[], v: unknown): boolean => typeof v === 'string' && list.includes(v);
  if (e.t === 'say') return among(SPEAKERS, e.speaker) && among(BEHAVIOURS, e.behaviour);
  if (e.t === 'act') return among(ACTIONS, e.action);
  return e.t === 'line' && among(LINE_ENTRIES, e.event);
}
