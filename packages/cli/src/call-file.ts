import { resolve } from 'node:path';
import { TranscriptDetector, parseTranscript, type SignalDetector } from '@callguard/adapters';
import { readEventsFile, type NumberedEvent } from './events-file.js';
import { InputError, readText } from './load-policy.js';

/** The transcript detector, built once: its matcher is costly to set up. */
let detector: SignalDetector | undefined;
function sharedDetector(): SignalDetector {
  detector ??= new TranscriptDetector();
  return detector;
}

/**
 * Reads one call: a JSONL events file, or a `.txt` transcript. Utterances
 * that carry text but no signals go through the transcript detector, so a
 * raw transcript and a bare events file replay the same way.
 */
export function readCallFile(file: string, cwd: string): NumberedEvent[] {
  const path = resolve(cwd, file);
  const events = file.endsWith('.txt') ? readTranscript(file, path) : readEventsFile(file, path);
  return events.map((e) => ({ line: e.line, event: withSignals(e.event) }));
}

function readTranscript(file: string, path: string): NumberedEvent[] {
  const name = file.replace(/^.*[\\/]/, '').replace(/\.txt$/, '');
  const parsed = parseTranscript(readText(path, file), name);
  const first = parsed.problems[0];
  if (first) throw new InputError(`${file}:${first.line}`, first.message);
  return parsed.events.map((event, i) => ({ line: parsed.lines[i] ?? 0, event }));
}

function withSignals(event: unknown): unknown {
  if (typeof event !== 'object' || event === null) return event;
  const e = event as Record<string, unknown>;
  if (e['type'] !== 'utterance' || 'signals' in e) return event;
  const text = typeof e['text'] === 'string' ? e['text'] : '';
  return { ...e, signals: text ? sharedDetector().detect(text) : {} };
}
