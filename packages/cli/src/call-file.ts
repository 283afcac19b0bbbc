import { resolve } from 'node:path';
import { TranscriptDetector, parseTranscript, type SignalDetector } from '@callguard/adapters';
import { Source, diagnostic, lineSpan, type Diagnostic } from '@callguard/dsl';
import type { EventError } from '@callguard/engine';
import { readEvents, type NumberedEvent } from './events-file.js';
import { readText } from './load-policy.js';

/** The transcript detector, built once: its matcher is costly to set up. */
let detector: SignalDetector | undefined;
function sharedDetector(): SignalDetector {
  detector ??= new TranscriptDetector();
  return detector;
}

/** One call read from a file: its text, its events, and every problem found reading it. */
export interface CallFile {
  readonly source: Source;
  readonly events: readonly NumberedEvent[];
  /** When not empty, the call is not replayed: every problem is shown at once instead. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads one call: a JSONL events file, or a `.txt` transcript. Utterances
 * that carry text but no signals go through the transcript detector, so a
 * raw transcript and a bare events file replay the same way. A file that
 * cannot be read at all throws a `CallGuardError`.
 */
export function readCallFile(file: string, cwd: string): CallFile {
  const source = new Source(readText(resolve(cwd, file), file), file);
  const read = file.endsWith('.txt') ? readTranscript(source) : readEvents(source);
  return { source, events: read.events.map((e) => ({ line: e.line, event: withSignals(e.event) })), diagnostics: read.diagnostics };
}

function readTranscript(source: Source): { events: NumberedEvent[]; diagnostics: readonly Diagnostic[] } {
  const name = source.name.replace(/^.*[\\/]/, '').replace(/\.txt$/, '');
  const parsed = parseTranscript(source, name);
  return { events: parsed.events.map((event, i) => ({ line: parsed.lines[i] ?? 0, event })), diagnostics: parsed.diagnostics };
}

/** An event the engine rejected, as a diagnostic at the line it came from. */
export function rejectionDiagnostic(source: Source, line: number, error: EventError): Diagnostic {
  return diagnostic(error.code, 'error', error.message, lineSpan(source, line), error.help === undefined ? {} : { help: error.help });
}

function withSignals(event: unknown): unknown {
  if (typeof event !== 'object' || event === null) return event;
  const e = event as Record<string, unknown>;
  if (e['type'] !== 'utterance' || 'signals' in e) return event;
  const text = typeof e['text'] === 'string' ? e['text'] : '';
  return { ...e, signals: text ? sharedDetector().detect(text) : {} };
}
