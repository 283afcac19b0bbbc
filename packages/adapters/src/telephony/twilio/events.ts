/** Twilio webhooks as CallGuard call events. */
import type { CallStartedEvent, LineDroppedEvent, CallEndedEvent, UtteranceEvent } from '@callguard/engine';
import type { SignalDetector } from '../../signals/detector.js';
import { requiredField, timestampField, type TwilioForm } from './form.js';
import type { TranscriptionCallback, TwilioTrack } from './transcription.js';

/** The `call_started` of an incoming call's voice webhook; `at` is when the webhook arrived. */
export function callStartedFromVoice(form: TwilioForm, at: string, queue: string | undefined): CallStartedEvent {
  const callSid = requiredField(form, 'CallSid');
  return { type: 'call_started', at, call: queue === undefined ? { id: callSid, channel: 'phone' } : { id: callSid, queue, channel: 'phone' } };
}

/**
 * The utterance of a final transcript, with the detector's signals;
 * undefined for anything else (partials, started, stopped, errors).
 * `at` falls back to `fallbackAt` when Twilio sent no Timestamp.
 */
export function utteranceFromTranscription(
  callback: TranscriptionCallback,
  customerTrack: TwilioTrack,
  detector: SignalDetector,
  fallbackAt: string,
): UtteranceEvent | undefined {
  if (callback.event !== 'transcription-content' || !callback.final || callback.transcript === undefined) return undefined;
  const text = callback.transcript.trim();
  if (text === '') return undefined;
  return { type: 'utterance', at: callback.at ?? fallbackAt, speaker: callback.track === customerTrack ? 'customer' : 'agent', text, signals: detector.detect(text) };
}

/** Call statuses that mean the line failed rather than someone hanging up. */
const DROPPED: ReadonlySet<string> = new Set(['busy', 'failed', 'no-answer', 'canceled']);

/**
 * A call status callback as an event: `completed` is `call_ended`; `busy`,
 * `failed`, `no-answer` and `canceled` are `line_dropped`; other statuses
 * (`ringing`, `in-progress`, ...) are undefined.
 */
export function eventFromCallStatus(form: TwilioForm, fallbackAt: string): CallEndedEvent | LineDroppedEvent | undefined {
  const status = requiredField(form, 'CallStatus');
  const at = timestampField(form) ?? fallbackAt;
  if (status === 'completed') return { type: 'call_ended', at };
  if (DROPPED.has(status)) return { type: 'line_dropped', at };
  return undefined;
}

/** The call's SID, from any webhook. */
export function callSidOf(form: TwilioForm): string {
  return requiredField(form, 'CallSid');
}

