import { printable } from '@callguard/dsl';
import type { CallEvent, Decision } from '@callguard/engine';
import { describeSignals, dutyLabel } from '@callguard/testing';
import { alignTable, width } from './table.js';

/** One row of a replay timeline. */
export interface TimelineRow {
  readonly time: string;
  readonly who: string;
  readonly said: string;
  readonly detected: string;
  readonly action: string;
  readonly rule: string;
  readonly step: string;
  readonly duties: string;
}

const HEADERS: TimelineRow = {
  time: 'time',
  who: 'who',
  said: 'said',
  detected: 'detected',
  action: 'action',
  rule: 'rule',
  step: 'step',
  duties: 'duties',
};

const SAID_WIDTH = 44;

/** `+mm:ss` since the start of the call. */
export function offset(startMs: number, at: string): string {
  const s = Math.max(0, Math.round((Date.parse(at) - startMs) / 1000));
  return `+${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** User-perceived characters: a cut never separates a base from its marks, jamo or joined emoji. */
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` cut to `columns` terminal columns, with `…` when cut, and made
 * printable: a transcript is the caller's words, and may hold escape
 * sequences. Only the start of a long text is looked at.
 */
function truncate(text: string, columns: number): string {
  const head = printable(text.slice(0, columns * 2));
  if (head.length === text.length && width(head) <= columns) return head;
  let out = '';
  let used = 0;
  for (const { segment: ch } of GRAPHEMES.segment(head)) {
    const w = width(ch);
    if (used + w > columns - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** The timeline cells for one event and its decision; `threshold` as for {@link describeSignals}. */
export function timelineRow(
  event: CallEvent,
  decision: Decision,
  startMs: number,
  threshold?: (behaviour: string) => number | undefined,
): TimelineRow {
  const who = event.type === 'utterance' ? truncate(event.speaker, 12) : '';
  let said = `(${event.type.replace(/_/g, ' ')})`;
  let detected = '';
  if (event.type === 'utterance') {
    said = event.text === undefined ? '' : `"${event.text}"`;
    detected = describeSignals({ ...event.signals }, threshold);
  } else if (event.type === 'silence') {
    said = `(silence ${event.seconds}s)`;
  } else if (event.type === 'agent_action') {
    said = `(agent: ${event.action})`;
  }
  return {
    time: offset(startMs, decision.event.at),
    who,
    said: truncate(said, SAID_WIDTH),
    detected,
    action: decision.action + (decision.ended ? ' ■' : ''),
    rule: decision.rule?.id ?? '',
    step: decision.step ? `${decision.step.n}/${decision.step.of}` : '',
    duties: [...new Set(decision.duties.map(dutyLabel))].join(', '),
  };
}

/** Renders rows as an aligned table with a header line. */
export function renderTable(rows: readonly TimelineRow[]): string {
  const keys = Object.keys(HEADERS) as (keyof TimelineRow)[];
  return alignTable(
    keys.map((k) => HEADERS[k]),
    rows.map((r) => keys.map((k) => r[k])),
  );
}
