/**
 * Reads a plain call transcript into call events, so a call can be replayed
 * from what was said. The format, one line each:
 *
 * ```
 * # queue: billing                 header lines set call_started fields
 * # caller.incidents_30d: 3
 * [00:04] agent: Acme support, this is Sam.
 * [00:10] customer: My router is down again.
 * [00:30] (poor line)              line and call events in parentheses
 * [01:12] (silence 20s)
 * [02:00] (call ended)
 * ```
 *
 * Times are offsets from the start of the call (`mm:ss` or `h:mm:ss`).
 * Utterances carry no signals: a detector adds them.
 */
import type { CallEndedEvent, CallStartedEvent, CodeOf, LineDroppedEvent, PoorLineEvent, SilenceEvent, Speaker, UtteranceEvent } from '@callguard/contract';
import { diagnostic, didYouMean, lineSpan, type Diagnostic, type Source } from '@callguard/dsl';

/** An utterance as a transcript gives it: the words, no signals yet (a detector adds them). */
export type TranscriptUtterance = Omit<UtteranceEvent, 'signals'>;

/** The events a transcript can hold, as the wire contract types them. */
export type TranscriptEvent = CallStartedEvent | TranscriptUtterance | SilenceEvent | PoorLineEvent | LineDroppedEvent | CallEndedEvent;

/** The events of a transcript, and every line that could not be read. */
export interface ParsedTranscript {
  readonly events: readonly TranscriptEvent[];
  /** The line each event came from, by index in `events` (0 for the `call_started` the headers make). */
  readonly lines: readonly number[];
  /** One diagnostic per line that could not be read, at that line. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Where a transcript starts when its header does not say. */
export const DEFAULT_TRANSCRIPT_START = '2026-01-01T09:00:00Z';

const LINE = /^\[(\d{1,2}):(\d{2})(?::(\d{2}))?\]\s*(.*)$/;
const UTTERANCE = /^(customer|agent):\s*(.*)$/i;
const EVENT = /^\((poor line|line dropped|call ended|silence\s+(\d+)\s*s)\)$/i;
const HEADER = /^#\s*([a-z_.0-9]+)\s*:\s*(.*)$/i;

const CALL_FIELDS: Readonly<Record<string, 'text' | 'boolean'>> = { id: 'text', queue: 'text', peak_hours: 'boolean', channel: 'text' };
const CALLER_FIELDS: Readonly<Record<string, 'text' | 'number' | 'boolean'>> = {
  id: 'text',
  incidents_30d: 'number',
  warnings: 'number',
  repeat_calls_7d: 'number',
  withheld: 'boolean',
  verified: 'boolean',
  refused_verification: 'boolean',
  vulnerable: 'boolean',
  adjustments: 'boolean',
};

/** What is wrong with a line: its code, the message, and what to do when there is more to say. */
interface LineProblem {
  readonly code: CodeOf<'transcript'>;
  readonly message: string;
  readonly help?: string | undefined;
}

/** Parses a transcript; `callId` is the call's id unless a header sets one. */
export function parseTranscript(source: Source, callId: string): ParsedTranscript {
  const call: Record<string, unknown> = { id: callId };
  const caller: Record<string, unknown> = {};
  let start = DEFAULT_TRANSCRIPT_START;
  // Events without their time, which is known once the headers have set the start.
  type Timeless<E> = E extends unknown ? Omit<E, 'at'> : never;
  const body: { line: number; event: Timeless<Exclude<TranscriptEvent, CallStartedEvent>>; offset: number }[] = [];
  const diagnostics: Diagnostic[] = [];
  const problem = (line: number, p: LineProblem) => {
    diagnostics.push(diagnostic(p.code, 'error', p.message, lineSpan(source, line), p.help === undefined ? {} : { help: p.help }));
  };

  source.body.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const header = HEADER.exec(trimmed);
    if (header) {
      const [, key = '', value = ''] = header;
      const error = applyHeader(key.toLowerCase(), value.trim(), call, caller, (s) => (start = s));
      if (error) problem(line, error);
      return;
    }
    if (trimmed.startsWith('#')) return;
    const m = LINE.exec(trimmed);
    if (!m) {
      problem(line, {
        code: 'transcript/bad-line',
        message: 'expected `[mm:ss] customer: text`, `[mm:ss] agent: text` or `[mm:ss] (line dropped)`',
        help: 'start the line with its time in brackets, or make it a comment with `#`',
      });
      return;
    }
    const [, a = '0', b = '0', c, rest = ''] = m;
    const offset = c === undefined ? Number(a) * 60 + Number(b) : Number(a) * 3600 + Number(b) * 60 + Number(c);
    const utterance = UTTERANCE.exec(rest);
    const event = EVENT.exec(rest);
    if (utterance) {
      body.push({ line, offset, event: { type: 'utterance', speaker: utterance[1]!.toLowerCase() as Speaker, text: utterance[2] ?? '' } });
    } else if (event) {
      const what = event[1]!.toLowerCase();
      const type = what === 'poor line' ? 'poor_line' : what === 'line dropped' ? 'line_dropped' : 'call_ended';
      body.push({ line, offset, event: what.startsWith('silence') ? { type: 'silence', seconds: Number(event[2]) } : { type } });
    } else {
      problem(line, {
        code: 'transcript/bad-utterance',
        message: 'expected `customer:` or `agent:` after the time, or an event such as `(line dropped)`',
        help: 'the events are `(poor line)`, `(line dropped)`, `(call ended)` and `(silence 20s)`',
      });
    }
  });

  const startMs = Date.parse(start);
  const at = (offset: number) => new Date(startMs + offset * 1000).toISOString();
  // The headers were checked field by field against CALL_FIELDS and CALLER_FIELDS, which follow the event schema.
  const started: CallStartedEvent = {
    type: 'call_started',
    at: at(0),
    call: call as unknown as CallStartedEvent['call'],
    ...(Object.keys(caller).length > 0 && { caller: caller as NonNullable<CallStartedEvent['caller']> }),
  };
  return {
    events: [started, ...body.map((b) => ({ ...b.event, at: at(b.offset) }) as TranscriptEvent)],
    lines: [0, ...body.map((b) => b.line)],
    diagnostics,
  };
}

/** Every header a transcript may have, for suggestions. */
const HEADERS = ['start', ...Object.keys(CALL_FIELDS), ...Object.keys(CALLER_FIELDS).map((f) => `caller.${f}`)];

/** Applies one `# key: value` header; returns what is wrong with it, or undefined. */
function applyHeader(
  key: string,
  value: string,
  call: Record<string, unknown>,
  caller: Record<string, unknown>,
  setStart: (iso: string) => void,
): LineProblem | undefined {
  const badValue = (message: string): LineProblem => ({ code: 'transcript/bad-header-value', message });
  if (key === 'start') {
    if (Number.isNaN(Date.parse(value)) || !/[zZ]|[+-]\d{2}:\d{2}$/.test(value)) {
      return badValue(`\`start\` must be a date and time with a zone, e.g. ${DEFAULT_TRANSCRIPT_START}`);
    }
    setStart(value);
    return undefined;
  }
  const [root, member] = key.includes('.') ? key.split('.', 2) : ['call', key];
  const fields = root === 'caller' ? CALLER_FIELDS : root === 'call' ? CALL_FIELDS : undefined;
  const type = member !== undefined ? fields?.[member] : undefined;
  if (!fields || !type || member === undefined) {
    return { code: 'transcript/unknown-header', message: `unknown header \`${key}\``, help: didYouMean(key, HEADERS) ?? `the headers are ${HEADERS.join(', ')}` };
  }
  const target = root === 'caller' ? caller : call;
  if (type === 'text') target[member] = value;
  else if (type === 'boolean') {
    if (value !== 'true' && value !== 'false') return badValue(`\`${key}\` must be true or false`);
    target[member] = value === 'true';
  } else {
    if (!/^\d+$/.test(value)) return badValue(`\`${key}\` must be a whole number`);
    target[member] = Number(value);
  }
  return undefined;
}
