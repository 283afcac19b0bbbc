/**
 * Decisions as TwiML, built with the SDK's `VoiceResponse`: what the
 * caller hears and where the call goes when a decision asks for it.
 */
import type { Decision, ScriptRef } from '@callguard/engine';
import twilio from 'twilio';
import { TRACK_LABELS } from './transcription.js';

/** Where calls wait, and what plays, for the TwiML the adapter writes. */
export interface TwimlSettings {
  /** The Twilio queue calls wait in for an agent. */
  readonly agentQueue: string;
  /** The queue an escalated call is put in. */
  readonly supervisorQueue: string;
  /** Recorded messages by script name, for `end_call via recorded_message`. */
  readonly recordings: Readonly<Record<string, string>>;
  readonly languageCode?: string | undefined;
}

/** What the voice webhook needs to start transcribing a call. */
export interface TranscriptionStart {
  /** The absolute URL of the transcription callback route. */
  readonly statusCallbackUrl: string;
  readonly languageCode?: string | undefined;
}

const { VoiceResponse } = twilio.twiml;

/** True when the decision changes what happens on the line (the live call is then updated). */
export function changesTheCall(decision: Decision): boolean {
  return twimlSteps(decision) !== 'none';
}

type Steps = 'none' | 'say-and-return' | 'escalate' | 'route' | 'end';

function twimlSteps(decision: Decision): Steps {
  switch (decision.action) {
    case 'warn':
    case 'announce':
      return decision.script === undefined ? 'none' : 'say-and-return';
    case 'escalate':
      return 'escalate';
    case 'route':
      return decision.team === undefined ? 'none' : 'route';
    case 'end_call':
    case 'block_caller':
      return 'end';
    default:
      return 'none';
  }
}

/** The words to speak: the script filled for this call (docs/semantics.md, "Scripts and placeholders"). */
function spoken(script: ScriptRef): string {
  return script.filled ?? script.text;
}

/**
 * The TwiML for a decision: `warn` and `announce` say the script and put
 * the caller back in the agent queue; `escalate` says the script (if any)
 * and enqueues the caller for a supervisor; `route` enqueues for the team;
 * `end_call` and `block_caller` say the closing script (or play its
 * recording when the mode is `recorded_message`) and hang up. Any other
 * decision is an empty `<Response/>`: the call goes on as it is.
 */
export function decisionTwiml(decision: Decision, settings: TwimlSettings): string {
  const response = new VoiceResponse();
  const say = (text: string) => (settings.languageCode === undefined ? response.say(text) : response.say({ language: settings.languageCode as never }, text));
  switch (twimlSteps(decision)) {
    case 'say-and-return':
      say(decision.script === undefined ? '' : spoken(decision.script));
      response.enqueue(settings.agentQueue);
      break;
    case 'escalate':
      if (decision.script !== undefined) say(spoken(decision.script));
      response.enqueue(settings.supervisorQueue);
      break;
    case 'route':
      response.enqueue(decision.team ?? settings.agentQueue);
      break;
    case 'end': {
      const recording = decision.mode === 'recorded_message' && decision.script !== undefined ? settings.recordings[decision.script.name] : undefined;
      if (recording !== undefined) response.play(recording);
      else if (decision.script !== undefined) say(spoken(decision.script));
      response.hangup();
      break;
    }
    case 'none':
      break;
  }
  return response.toString();
}

/**
 * The answer to the voice webhook of a call that may go ahead: start
 * real-time transcription of both tracks, labelled, final results only and
 * with Twilio's profanity filter off (it is on by default and masks the very
 * words the detector reads), then queue the caller for an agent.
 */
export function answerTwiml(transcription: TranscriptionStart, settings: TwimlSettings): string {
  const response = new VoiceResponse();
  response.start().transcription({
    statusCallbackUrl: transcription.statusCallbackUrl,
    track: 'both_tracks',
    inboundTrackLabel: TRACK_LABELS.inbound_track,
    outboundTrackLabel: TRACK_LABELS.outbound_track,
    partialResults: false,
    profanityFilter: false,
    ...(transcription.languageCode === undefined ? {} : { languageCode: transcription.languageCode }),
  });
  response.enqueue(settings.agentQueue);
  return response.toString();
}
