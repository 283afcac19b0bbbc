import { describe, expect, it } from 'vitest';
import { PayloadError } from '../payload-error.js';
import { readTranscriptionCallback } from './transcription.js';

// A transcription-content callback's fields as Twilio posts them (form-encoded; the words are a JSON string).
const content = {
  AccountSid: 'AC00000000000000000000000000000000',
  CallSid: 'CA11111111111111111111111111111111',
  TranscriptionSid: 'GT22222222222222222222222222222222',
  Timestamp: '2026-12-01T09:00:40.803614Z',
  SequenceId: '4',
  TranscriptionEvent: 'transcription-content',
  LanguageCode: 'en-US',
  Track: 'inbound_track',
  TranscriptionData: '{"transcript":"You are a useless idiot","confidence":0.93}',
  Final: 'true',
};

describe('readTranscriptionCallback', () => {
  it('reads a final transcript with its track, order and time', () => {
    expect(readTranscriptionCallback(content)).toEqual({
      callSid: 'CA11111111111111111111111111111111',
      transcriptionSid: 'GT22222222222222222222222222222222',
      event: 'transcription-content',
      sequenceId: 4,
      at: '2026-12-01T09:00:40.803Z',
      track: 'inbound_track',
      final: true,
      transcript: 'You are a useless idiot',
      confidence: 0.93,
    });
  });

  it('knows the track by the label the adapter gave it', () => {
    expect(readTranscriptionCallback({ ...content, Track: 'agent' }).track).toBe('outbound_track');
    expect(readTranscriptionCallback({ ...content, Track: 'customer' }).track).toBe('inbound_track');
  });

  it('marks a partial result as not final', () => {
    expect(readTranscriptionCallback({ ...content, Final: 'false', Stability: '0.8' }).final).toBe(false);
  });

  it('reads the start and stop of a transcription without words', () => {
    const started = { AccountSid: content.AccountSid, CallSid: content.CallSid, TranscriptionSid: content.TranscriptionSid, Timestamp: content.Timestamp, SequenceId: '1', TranscriptionEvent: 'transcription-started', ProfanityFilter: 'false', PartialResults: 'false' };
    expect(readTranscriptionCallback(started)).toMatchObject({ event: 'transcription-started', sequenceId: 1, transcript: undefined });
  });

  it.each([
    [{ ...content, TranscriptionData: 'You are a useless idiot' }, 'bad-transcription-data', 'TranscriptionData'],
    [{ ...content, TranscriptionData: '{"words":"x"}' }, 'bad-transcription-data', 'TranscriptionData'],
    [{ ...content, CallSid: undefined }, 'bad-form', 'CallSid'],
    [{ ...content, Track: 'both' }, 'bad-form', 'Track'],
    [{ ...content, SequenceId: 'four' }, 'bad-form', 'SequenceId'],
    [{ ...content, Timestamp: 'yesterday' }, 'bad-form', 'Timestamp'],
  ])('refuses a malformed callback (%#) with the field at fault', (form, kind, field) => {
    let error: unknown;
    try {
      readTranscriptionCallback(form);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PayloadError);
    expect(error).toMatchObject({ kind, field });
  });
});
