import { TranscriptDetector, parseTranscript, type SignalDetector } from '@callguard/adapters';
import { Source, diagnostic, lineSpan, type Diagnostic } from '@callguard/dsl';
import type { EventError } from '@callguard/engine';
import { callFormat } from './call-format.js';
import { readEvents, type NumberedEvent } from './events-file.js';
import type { Io } from './io.js';
import { readInput } from './load-policy.js';

/** The transcript detector, built once: its matcher is costly to set up. */
let detector: SignalDetector | undefined;
export function sharedDetector(): SignalDetector {
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
 * Reads one call (`-`: standard input): JSONL events or a transcript, told
 * apart by content (see `callFormat`). Utterances that carry text but no
 * signals go through the transcript detector, so a raw transcript and a
 * bare events file replay the same way. A file that cannot be read at all
 * throws a `CallGuardError`.
 */
export function readCallFile(file: string, io: Pick<Io, 'cwd' | 'stdin'>): CallFile {
  const source = readInput(file, io);
  return callFromSource(source);
}

/** A call's events from its text, recognising its format from its content. */
export function callFromSource(source: Source): CallFile {
  const read = callFormat(source.body, source.name) === 'transcript' ? readTranscript(source) : readEvents(source);
  return { source, events: read.events.map((e) => ({ line: e.line, event: withSignals(e.event) })), diagnostics: read.diagnostics };
}

function readTranscript(source: Source): { events: NumberedEvent[]; diagnostics: readonly Diagnostic[] } {
  const name = source.name.replace(/^.*[\\/]/, '').replace(/\.txt$/, '').replace(/^<(.*)>$/, '$1');
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
