import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import { loopbackApi } from '../../test/loopback.js';
import { logLines, NOW, policyFolder, testConfig } from '../../test/helpers.js';
import { createService, type Service } from '../service.js';

const TOKEN = 'twilio-auth-token';
const ACCOUNT = 'AC0123456789abcdef0123456789abcdef';
const CALL = 'CA11111111111111111111111111111111';
const PUBLIC = 'https://callguard.example.com';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

async function serve(apiBaseUrl?: string) {
  const { file } = policyFolder();
  const logs = logLines();
  const twilioSettings = {
    publicBaseUrl: PUBLIC,
    authToken: TOKEN,
    accountSid: apiBaseUrl === undefined ? undefined : ACCOUNT,
    apiBaseUrl,
    customerTrack: 'inbound_track' as const,
    agentQueue: 'support',
    supervisorQueue: 'supervisor',
    languageCode: undefined,
    recordings: {},
  };
  const service: Service = createService(testConfig(file, { twilio: twilioSettings }), { now: () => NOW, logStream: logs.stream });
  cleanups.push(() => service.close());
  /** Posts `fields` form-encoded as Twilio does, signed unless `signature` says otherwise. */
  const post = (path: string, fields: Record<string, string>, signature: string | null = twilio.getExpectedTwilioSignature(TOKEN, `${PUBLIC}${path}`, fields)) =>
    service.inject({
      method: 'POST',
      url: path,
      payload: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signature === null ? {} : { 'x-twilio-signature': signature }) },
    });
  const call = async () => (await service.inject({ method: 'GET', url: `/v1/calls/${CALL}` })).json();
  return { service, post, call, logs };
}

// The voice webhook of an incoming call, as Twilio posts it.
const voice = {
  AccountSid: ACCOUNT,
  ApiVersion: '2010-04-01',
  CallSid: CALL,
  CallStatus: 'ringing',
  Called: '+442071234567',
  Caller: '+447700900123',
  Direction: 'inbound',
  From: '+447700900123',
  To: '+442071234567',
};

let sequence = 1;
/** A transcription callback, as Twilio posts them. */
function transcription(event: string, extra: Record<string, string> = {}, seq = sequence++) {
  return {
    AccountSid: ACCOUNT,
    CallSid: CALL,
    TranscriptionSid: 'GT22222222222222222222222222222222',
    Timestamp: new Date(NOW + seq * 5000).toISOString(),
    SequenceId: String(seq),
    TranscriptionEvent: event,
    ...extra,
  };
}
const said = (words: string, track = 'inbound_track', final = true, seq?: number) =>
  transcription('transcription-content', { LanguageCode: 'en-US', Track: track, TranscriptionData: JSON.stringify({ transcript: words, confidence: 0.94 }), Final: String(final) }, seq);

const ABUSE = 'You are a useless fucking idiot, fix my internet';

describe('Twilio: the voice webhook', () => {
  it('starts the call and answers with TwiML that transcribes both labelled tracks, finals only, profanity filter off, then queues', async () => {
    sequence = 1;
    const { post, call } = await serve();
    const response = await post('/v1/twilio/voice?queue=billing', voice, twilio.getExpectedTwilioSignature(TOKEN, `${PUBLIC}/v1/twilio/voice?queue=billing`, voice));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/xml/);
    expect(response.body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Start><Transcription statusCallbackUrl="https://callguard.example.com/v1/twilio/transcription" track="both_tracks" inboundTrackLabel="customer" outboundTrackLabel="agent" partialResults="false" profanityFilter="false"/></Start><Enqueue>support</Enqueue></Response>',
    );
    expect(await call()).toMatchObject({ version: 1, decisions: [{ event: { type: 'call_started', seq: 0 } }] });
  });

  it('refuses an unsigned or forged webhook with 403 and starts nothing', async () => {
    const { post, service } = await serve();
    const unsigned = await post('/v1/twilio/voice', voice, null);
    expect(unsigned.statusCode).toBe(403);
    expect(unsigned.json()).toMatchObject({ code: 'service/forbidden' });
    expect((await post('/v1/twilio/voice', voice, 'forged=')).statusCode).toBe(403);
    // Signed for another host (a proxy's), not the public URL: refused.
    expect((await post('/v1/twilio/voice', voice, twilio.getExpectedTwilioSignature(TOKEN, 'http://10.0.0.7:8080/v1/twilio/voice', voice))).statusCode).toBe(403);
    expect((await service.inject({ method: 'GET', url: `/v1/calls/${CALL}` })).statusCode).toBe(404);
  });
});

describe('Twilio: transcription callbacks', () => {
  it('decides final transcripts, ignores partials and answers with the TwiML of the decision', async () => {
    sequence = 1;
    const { post, call } = await serve();
    await post('/v1/twilio/voice', voice);
    expect((await post('/v1/twilio/transcription', transcription('transcription-started', { ProfanityFilter: 'false' }))).statusCode).toBe(200);
    const partial = await post('/v1/twilio/transcription', said(ABUSE, 'inbound_track', false));
    expect(partial.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect((await call()).decisions).toHaveLength(1);
    const agent = await post('/v1/twilio/transcription', said('How can I help you today?', 'outbound_track'));
    expect(agent.statusCode).toBe(200);
    const warned = await post('/v1/twilio/transcription', said(ABUSE));
    expect(warned.body).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><Response><Say>I want to help, .*<\/Say><Enqueue>support<\/Enqueue><\/Response>$/);
    const decisions = (await call()).decisions;
    expect(decisions.map((d: { action: string }) => d.action)).toEqual(['continue', 'continue', 'warn']);
    expect(decisions[2].event.at).toBe(new Date(NOW + 4 * 5000).toISOString());
  });

  it('takes a repeated callback once and puts early ones back in order', async () => {
    sequence = 1;
    const { post, call } = await serve();
    await post('/v1/twilio/voice', voice);
    const first = said('Hello, I need help with my bill', 'inbound_track', true, 1);
    const third = said(ABUSE, 'inbound_track', true, 3);
    const second = said('Sure, let me look at that', 'outbound_track', true, 2);
    await post('/v1/twilio/transcription', first);
    const replayed = await post('/v1/twilio/transcription', first);
    expect(replayed.statusCode).toBe(200);
    expect((await call()).version).toBe(2);
    await post('/v1/twilio/transcription', third);
    expect((await call()).decisions).toHaveLength(2);
    const filled = await post('/v1/twilio/transcription', second);
    expect(filled.body).toContain('<Say>');
    const texts = (await call()).decisions.slice(1).map((d: { event: { seq: number }; action: string }) => [d.event.seq, d.action]);
    expect(texts).toEqual([
      [1, 'continue'],
      [2, 'continue'],
      [3, 'warn'],
    ]);
  });

  it('refuses a TranscriptionData that is not JSON, and a callback without CallSid, changing nothing', async () => {
    sequence = 1;
    const { post, call } = await serve();
    await post('/v1/twilio/voice', voice);
    const bad = await post('/v1/twilio/transcription', { ...said('x'), TranscriptionData: 'not json' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'service/bad-transcription-data', field: 'TranscriptionData' });
    const { CallSid: _, ...withoutCall } = said('x');
    const noCall = await post('/v1/twilio/transcription', withoutCall);
    expect(noCall.json()).toMatchObject({ status: 400, code: 'service/bad-form', field: 'CallSid' });
    const garbage = await post('/v1/twilio/transcription', { '%%%': '%E0%A4%A', CallSid: CALL });
    expect(garbage.json()).toMatchObject({ status: 400, code: 'service/bad-form', field: 'TranscriptionEvent' });
    expect((await call()).version).toBe(1);
  });

  it('updates the live call over the REST API with the decision, through the SDK', async () => {
    sequence = 1;
    const api = await loopbackApi(() => ({ status: 200, body: { sid: CALL, account_sid: ACCOUNT, status: 'in-progress' } }));
    cleanups.push(api.close);
    const { post, logs } = await serve(api.url);
    await post('/v1/twilio/voice', voice);
    const warned = await post('/v1/twilio/transcription', said(ABUSE));
    expect(api.received).toHaveLength(1);
    const [request] = api.received;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`/2010-04-01/Accounts/${ACCOUNT}/Calls/${CALL}.json`);
    expect(request?.headers['authorization']).toBe(`Basic ${Buffer.from(`${ACCOUNT}:${TOKEN}`).toString('base64')}`);
    expect(request?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request?.headers['user-agent']).toMatch(/^twilio-node\//);
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({ Twiml: warned.body });
    expect(logs.lines().some((l) => l['msg'] === 'live call updated' && l['action'] === 'warn')).toBe(true);
  });

  it('keeps the decision when the REST update fails, and says so in the log', async () => {
    sequence = 1;
    const api = await loopbackApi(() => ({ status: 404, body: { code: 20404, message: 'The requested resource was not found', status: 404 } }));
    cleanups.push(api.close);
    const { post, call, logs } = await serve(api.url);
    await post('/v1/twilio/voice', voice);
    expect((await post('/v1/twilio/transcription', said(ABUSE))).statusCode).toBe(200);
    expect((await call()).decisions[1].action).toBe('warn');
    expect(logs.lines().some((l) => l['msg'] === 'live call update failed; the decision stands')).toBe(true);
  });
});

describe('Twilio: call status callbacks', () => {
  const status = (callStatus: string) => ({ ...voice, CallStatus: callStatus, Timestamp: 'Tue, 01 Dec 2026 09:05:00 +0000', CallDuration: '300' });

  it('turns a completed call into call_ended', async () => {
    const { post, call } = await serve();
    await post('/v1/twilio/voice', voice);
    expect((await post('/v1/twilio/status', status('completed'))).statusCode).toBe(200);
    expect((await call()).decisions[1]).toMatchObject({ event: { type: 'call_ended', at: '2026-12-01T09:05:00.000Z' }, ended: true });
  });

  it.each(['busy', 'failed', 'no-answer', 'canceled'])('turns a %s call into line_dropped', async (callStatus) => {
    const { post, call } = await serve();
    await post('/v1/twilio/voice', voice);
    await post('/v1/twilio/status', status(callStatus));
    expect((await call()).decisions[1]).toMatchObject({ event: { type: 'line_dropped' }, ended: true });
  });

  it('notes the status of a call that already ended, and refuses one for an unknown call', async () => {
    const { post, call, service } = await serve();
    await post('/v1/twilio/voice', voice);
    await post('/v1/twilio/status', status('failed'));
    const late = await post('/v1/twilio/status', status('completed'));
    expect(late.statusCode).toBe(200);
    expect((await call()).version).toBe(2);
    const other = { ...status('completed'), CallSid: 'CA99999999999999999999999999999999' };
    expect((await post('/v1/twilio/status', other)).json()).toMatchObject({ status: 404, code: 'service/unknown-call' });
    expect((await service.inject({ method: 'GET', url: '/v1/calls/CA99999999999999999999999999999999' })).statusCode).toBe(404);
  });
});
