import { InputError, readText } from './load-policy.js';

/** One event read from a file, with the line it came from. */
export interface NumberedEvent {
  readonly line: number;
  readonly event: unknown;
}

/**
 * Reads a JSONL events file: one JSON event a line, blank lines ignored.
 * A line that is not JSON is an input error naming the file and line.
 */
export function readEventsFile(file: string, path: string): NumberedEvent[] {
  const events: NumberedEvent[] = [];
  const lines = readText(path, file).split(/\r\n|\n|\r/);
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    try {
      events.push({ line: i + 1, event: JSON.parse(text) });
    } catch (e) {
      throw new InputError(`${file}:${i + 1}`, `not a JSON event (${(e as Error).message})`);
    }
  });
  if (events.length === 0) throw new InputError(file, 'has no events; the first line should be a `call_started` event');
  return events;
}
