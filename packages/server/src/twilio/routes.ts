/**
 * Twilio's webhooks: the voice webhook of an incoming call, real-time
 * transcription callbacks, and call status callbacks. Every one must carry
 * a valid `X-Twilio-Signature` for the public URL it was sent to, or it is
 * refused with 403 and changes nothing.
 */
import {
  answerTwiml,
  callSidOf,
  callStartedFromVoice,
  changesTheCall,
  decisionTwiml,
  drainWaiting,
  eventFromCallStatus,
  isTwilioRequest,
  orderCallback,
  readTranscriptionCallback,
  utteranceFromTranscription,
  type SequenceState,
  type SignalDetector,
  type TranscriptionCallback,
  type TwilioForm,
  type TwilioLiveCalls,
} from '@callguard/adapters';
import type { Decision } from '@callguard/engine';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CallService } from '../calls/call-service.js';
import type { TwilioSettings } from '../config/types.js';
import { notBefore, readPayload } from '../http/payload.js';
import { ServiceError } from '../http/problem.js';
import { lastEventMs, type CallRecord } from '../store/call-store.js';

/** What the Twilio routes need. */
export interface TwilioRouteOptions {
  readonly calls: CallService;
  readonly settings: TwilioSettings;
  readonly detector: SignalDetector;
  /** Updates live calls; absent when no account SID is configured (decisions then go only into the webhook answers). */
  readonly live: TwilioLiveCalls | undefined;
  readonly now: () => number;
}

/** The adapter's state kept with a call. */
interface TwilioChannel {
  readonly transcription?: SequenceState<TranscriptionCallback>;
}

const EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

/** Adds `/v1/twilio/voice`, `/v1/twilio/transcription` and `/v1/twilio/status`. */
export function twilioRoutes(app: FastifyInstance, options: TwilioRouteOptions): void {
  const { calls, settings, detector, live, now } = options;
  const route = { config: { auth: 'twilio' as const } };
  const nowIso = () => new Date(now()).toISOString();

  /** The form of a signed request; 403 for anything else. */
  const signed = (request: FastifyRequest): TwilioForm => {
    const form = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as TwilioForm;
    const url = `${settings.publicBaseUrl}${request.url}`;
    const signature = request.headers['x-twilio-signature'];
    if (!isTwilioRequest(settings.authToken, Array.isArray(signature) ? signature[0] : signature, url, form)) {
      throw new ServiceError('service/forbidden', `X-Twilio-Signature is missing or is not Twilio's signature of this request to ${url}`);
    }
    return form;
  };
  const twiml = (reply: FastifyReply, text: string) => reply.type('text/xml').send(text);

  app.post<{ Querystring: { queue?: string } }>('/v1/twilio/voice', route, async (request, reply) => {
    const form = signed(request);
    const start = readPayload(() => callStartedFromVoice(form, nowIso(), request.query.queue));
    const { record } = await calls.change(start.call.id, (existing) => ({ events: existing === undefined ? [start] : [] }));
    const opening = record?.decisions[0];
    if (record?.ended || (opening !== undefined && changesTheCall(opening))) return twiml(reply, decisionTwiml(lastDecision(record) ?? opening!, settings));
    return twiml(reply, answerTwiml({ statusCallbackUrl: `${settings.publicBaseUrl}/v1/twilio/transcription`, languageCode: settings.languageCode }, settings));
  });

  app.post('/v1/twilio/transcription', route, async (request, reply) => {
    const form = signed(request);
    const callback = readPayload(() => readTranscriptionCallback(form));
    const { decisions } = await calls.change(callback.callSid, (record) => {
      if (record === undefined) throw unknownCall(callback.callSid);
      if (record.ended) return { events: [] };
      const channel = twilioChannel(record);
      const ordered =
        callback.sequenceId === undefined
          ? { state: channel.transcription, ready: [callback], duplicate: false }
          : orderCallback(channel.transcription, callback.transcriptionSid, callback.sequenceId, callback);
      if (ordered.duplicate) return { events: [] };
      return { events: utterances(record, ordered.ready), channel: { ...record.channel, twilio: { transcription: ordered.state } } };
    });
    const acting = [...decisions].reverse().find(changesTheCall);
    if (acting === undefined) return twiml(reply, EMPTY);
    const text = decisionTwiml(acting, settings);
    if (live !== undefined) {
      try {
        await live.update(callback.callSid, text);
        request.log.info({ callId: callback.callSid, action: acting.action }, 'live call updated');
      } catch (error) {
        request.log.warn({ callId: callback.callSid, action: acting.action, err: error }, 'live call update failed; the decision stands');
      }
    }
    return twiml(reply, text);
  });

  app.post('/v1/twilio/status', route, async (request, reply) => {
    const form = signed(request);
    const callSid = readPayload(() => callSidOf(form));
    const event = readPayload(() => eventFromCallStatus(form, nowIso()));
    if (event === undefined) return twiml(reply, EMPTY);
    await calls.change(callSid, (record) => {
      if (record === undefined) throw unknownCall(callSid);
      if (record.ended) {
        request.log.info({ callId: callSid, event: event.type }, 'call already ended; status noted');
        return { events: [] };
      }
      // Transcripts still waiting for a gap to fill will get no more company: decide them before the end.
      const waiting = utterances(record, drainWaiting(twilioChannel(record).transcription));
      const clamp = notBefore(Math.max(lastEventMs(record), ...waiting.map((e) => Date.parse(e.at))));
      return { events: [...waiting, { ...event, at: clamp(event.at) }], channel: { ...record.channel, twilio: {} } };
    });
    return twiml(reply, EMPTY);
  });

  /** The final transcripts among `callbacks` as utterances, never earlier than the call's last event. */
  function utterances(record: CallRecord, callbacks: readonly TranscriptionCallback[]) {
    const clamp = notBefore(lastEventMs(record));
    return callbacks.flatMap((c) => {
      const utterance = utteranceFromTranscription(c, settings.customerTrack, detector, nowIso());
      return utterance === undefined ? [] : [{ ...utterance, at: clamp(utterance.at) }];
    });
  }
}

function twilioChannel(record: CallRecord): TwilioChannel {
  return (record.channel['twilio'] ?? {}) as TwilioChannel;
}

function lastDecision(record: CallRecord | undefined): Decision | undefined {
  return record?.decisions[record.decisions.length - 1];
}

function unknownCall(callSid: string): ServiceError {
  return new ServiceError('service/unknown-call', `no call ${callSid}: its voice webhook has not reached this service`);
}
