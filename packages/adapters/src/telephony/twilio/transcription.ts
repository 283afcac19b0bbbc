/**
 * Twilio's real-time transcription callbacks (`<Start><Transcription
 * statusCallbackUrl>`): one form post per event of the transcription, with
 * the words in `TranscriptionData`, a JSON string.
 */
import { PayloadError } from '../payload-error.js';
import { optionalField, requiredField, timestampField, type TwilioForm } from './form.js';

/** The track a transcript came from; the customer is on the inbound track of a call to the contact centre. */
export type TwilioTrack = 'inbound_track' | 'outbound_track';

/** One transcription callback, read. */
export interface TranscriptionCallback {
  readonly callSid: string;
  readonly transcriptionSid: string;
  /** `transcription-started`, `transcription-content`, `transcription-stopped` or `transcription-error`. */
  readonly event: string;
  /** Twilio's order of the transcription's callbacks; undefined when absent. */
  readonly sequenceId: number | undefined;
  /** When Twilio sent it, `toISOString()` form; undefined when absent. */
  readonly at: string | undefined;
  /** For content: the track, by Twilio's name (a label the adapter set is mapped back). */
  readonly track: TwilioTrack | undefined;
  /** For content: a final result (partial results are not decided). */
  readonly final: boolean;
  /** For content: the words and the engine's confidence. */
  readonly transcript: string | undefined;
  readonly confidence: number | undefined;
}

/** The track labels the adapter's `<Transcription>` sets, so callbacks say who spoke. */
export const TRACK_LABELS: Readonly<Record<TwilioTrack, string>> = { inbound_track: 'customer', outbound_track: 'agent' };

/** Reads a transcription callback's fields; throws {@link PayloadError} when a needed one is missing or unreadable. */
export function readTranscriptionCallback(form: TwilioForm): TranscriptionCallback {
  const callSid = requiredField(form, 'CallSid');
  const event = requiredField(form, 'TranscriptionEvent');
  const sequence = optionalField(form, 'SequenceId');
  if (sequence !== undefined && !/^\d+$/.test(sequence)) throw new PayloadError('bad-form', 'SequenceId', `SequenceId \`${sequence}\` is not a whole number`);
  const base = {
    callSid,
    transcriptionSid: optionalField(form, 'TranscriptionSid') ?? '',
    event,
    sequenceId: sequence === undefined ? undefined : Number(sequence),
    at: timestampField(form),
  };
  if (event !== 'transcription-content') return { ...base, track: undefined, final: false, transcript: undefined, confidence: undefined };
  const data = readTranscriptionData(requiredField(form, 'TranscriptionData'));
  return { ...base, track: readTrack(requiredField(form, 'Track')), final: optionalField(form, 'Final') === 'true', ...data };
}

function readTrack(track: string): TwilioTrack {
  if (track === 'inbound_track' || track === TRACK_LABELS.inbound_track) return 'inbound_track';
  if (track === 'outbound_track' || track === TRACK_LABELS.outbound_track) return 'outbound_track';
  throw new PayloadError('bad-form', 'Track', `Track \`${track}\` is neither inbound_track nor outbound_track`);
}

/** `TranscriptionData`: `{"transcript": "...", "confidence": 0.98}`. */
function readTranscriptionData(text: string): { transcript: string; confidence: number | undefined } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new PayloadError('bad-transcription-data', 'TranscriptionData', 'TranscriptionData is not JSON');
  }
  if (typeof data !== 'object' || data === null || typeof (data as { transcript?: unknown }).transcript !== 'string') {
    throw new PayloadError('bad-transcription-data', 'TranscriptionData', 'TranscriptionData has no transcript text');
  }
  const { transcript, confidence } = data as { transcript: string; confidence?: unknown };
  return { transcript, confidence: typeof confidence === 'number' ? confidence : undefined };
}
