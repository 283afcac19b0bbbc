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
 * at all (`call/empty`).
 */
export function readEvents(source: Source): ReadEvents {
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
          help: 'write each event as one line of JSON; a transcript belongs in a `.txt` file',
        }),
      );
    }
  });
  if (events.length === 0 && diagnostics.length === 0) {
    diagnostics.push(wholeFileDiagnostic('call/empty', 'has no events', source.name, 'the first line should be a `call_started` event'));
  }
  return { events, diagnostics };
}
