import { diagnostic, lineSpan, wholeFileDiagnostic, type Diagnostic, type Source } from '@callguard/dsl';

/** One event read from a file, with the line it came from (0: made from the file's headers). */
export interface NumberedEvent {
  readonly line: number;
  readonly event: unknown;
}

/** The events of a call file, and every problem found reading it. */
export interface ReadEvents {
  readonly events: NumberedEvent[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads a JSONL call: one JSON event a line, blank lines ignored. Every line
 * that is not JSON is reported (`call/not-json`), and a file with no events
 * at all (`call/empty`). A text that is not JSONL but one JSON document (an
 * array of events, or one event over several lines, as people paste them)
 * is read as that.
 */
export function readEvents(source: Source): ReadEvents {
  // An array is never a JSONL event; anything else is JSONL unless its lines are not.
  const lines = /^\s*\[/.test(source.body) ? undefined : readLines(source);
  if (lines?.diagnostics.length === 0) return lines;
  const whole = wholeDocument(source.body);
  return whole ? { events: whole.map((event) => ({ line: 1, event })), diagnostics: [] } : (lines ?? readLines(source));
}

/** The events of a text that is one JSON array of events or one JSON event, else undefined. */
function wholeDocument(text: string): unknown[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (Array.isArray(value)) return value.length > 0 ? value : undefined;
  return typeof value === 'object' && value !== null ? [value] : undefined;
}

function readLines(source: Source): ReadEvents {
  const events: NumberedEvent[] = [];
  const diagnostics: Diagnostic[] = [];
  source.body.split(/\r\n|\n|\r/).forEach((text, i) => {
    if (text.trim() === '') return;
    try {
      events.push({ line: i + 1, event: JSON.parse(text) });
    } catch (e) {
      const why = (e as Error).message;
      diagnostics.push(
        diagnostic('call/not-json', 'error', `not a JSON event (${why})`, lineSpan(source, i + 1), {
          help: 'write each event as one line of JSON, or the whole call as a `[mm:ss] customer: text` transcript',
        }),
      );
    }
  });
  if (events.length === 0 && diagnostics.length === 0) {
    diagnostics.push(wholeFileDiagnostic('call/empty', 'has no events', source.name, 'the first line should be a `call_started` event'));
  }
  return { events, diagnostics };
}
