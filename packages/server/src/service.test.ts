import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { after, calm, logLines, NOW, policyFolder, started, swearing, testConfig } from '../test/helpers.js';
import { hmacSignature } from './http/auth.js';
import { createService, type Service } from './service.js';
import type { ServiceConfig } from './config/types.js';

let services: Service[] = [];
afterEach(async () => {
  await Promise.all(services.map((s) => s.close()));
  services = [];
});

function serve(overrides: Partial<ServiceConfig> = {}, now = () => NOW) {
  const { file } = policyFolder();
  const logs = logLines();
  const service = createService(testConfig(file, overrides), { now, logStream: logs.stream });
  services.push(service);
  const post = (callId: string, body: unknown, headers: Record<string, string> = {}) =>
    service.inject({ method: 'POST', url: `/v1/calls/${callId}/events`, payload: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
  const get = (callId: string) => service.inject({ method: 'GET', url: `/v1/calls/${callId}` });
  return { service, post, get, logs };
}

describe('POST /v1/calls/{callId}/events', () => {
  it('starts a call, decides each event, and shows the call with its history', async () => {
    const { post, get } = serve();
    const opening = await post('c1', started('c1'));
    expect(opening.statusCode).toBe(200);
    expect(opening.json()).toMatchObject({ call_id: 'c1', version: 1, decisions: [{ action: 'continue', event: { seq: 0, type: 'call_started' } }] });
    const warned = await post('c1', [calm(after(5)), swearing(after(10))]);
    expect(warned.json().decisions.map((d: { action: string }) => d.action)).toEqual(['continue', 'warn']);
    const call = (await get('c1')).json();
    expect(call).toMatchObject({ call_id: 'c1', version: 2, ended: false, policy: { name: 'acme-standard', version: '3.2.0' } });
    expect(call.decisions).toHaveLength(3);
  });

  it('refuses an invalid event with 400, the field and the reason, and leaves the call untouched (a whole batch)', async () => {
    const { post, get } = serve();
    await post('c1', started('c1'));
    const refused = await post('c1', [swearing(after(5)), swearing(after(6), 1.5)]);
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json()).toEqual({
      type: 'urn:callguard:problem:event/invalid',
      title: 'Invalid event',
      status: 400,
      detail: 'signals.profanity must be at most 1',
      code: 'event/invalid',
      field: '[1].signals.profanity',
    });
    expect((await get('c1')).json()).toMatchObject({ version: 1, decisions: [{ action: 'continue' }] });
    // The first event of the refused batch is still the call's next: the ladder has not moved.
    expect((await post('c1', swearing(after(5)))).json().decisions[0]).toMatchObject({ action: 'warn', step: { n: 1 } });
  });

  it.each([
    ['an event for a call never started', 'ghost', calm(after(1)), 404, 'service/unknown-call'],
    ['a call_started naming another call', 'c2', started('other'), 400, 'service/wrong-call'],
    ['a second call_started', 'c1', started('c1', after(2)), 409, 'event/already-started'],
    ['an event earlier than the last', 'c1', calm('2026-12-01T08:59:00Z'), 409, 'event/out-of-order'],
    ['an agent action naming an unknown rule', 'c1', { type: 'agent_action', at: after(3), action: 'warn', rule: 'nope' }, 400, 'event/unknown-rule'],
    ['an empty list', 'c1', [], 400, 'event/invalid'],
  ])('refuses %s', async (_what, callId, body, status, code) => {
    const { post, get } = serve();
    await post('c1', started('c1'));
    const before = (await get('c1')).json();
    const response = await post(callId, body);
    expect(response.statusCode).toBe(status);
    expect(response.json().code).toBe(code);
    expect((await get('c1')).json()).toEqual(before);
  });

  it('answers a retried event (same id) with its first decision and leaves the call as it was', async () => {
    const { post, get } = serve();
    await post('c1', started('c1'));
    const event = { ...swearing(after(5)), id: 'calls-0-17' };
    const first = await post('c1', event);
    expect(first.json().decisions[0]).toMatchObject({ action: 'warn', step: { n: 1 }, event: { seq: 1 } });
    const before = (await get('c1')).json();
    const retried = await post('c1', event);
    expect(retried.statusCode).toBe(200);
    expect(retried.json().decisions).toEqual(first.json().decisions);
    expect((await get('c1')).json()).toEqual(before);
    // The next swear is the second warning, not the one after it.
    expect((await post('c1', swearing(after(6)))).json().decisions[0]).toMatchObject({ action: 'warn', step: { n: 2 }, event: { seq: 2 } });
  });

  it('refuses events after the call has ended, call_ended included, with event/call-ended', async () => {
    const { post } = serve();
    await post('c1', started('c1'));
    for (let i = 1; i <= 3; i++) await post('c1', swearing(after(i * 10)));
    const last = await post('c1', swearing(after(40)));
    expect(last.json().decisions[0]).toMatchObject({ action: 'end_call', ended: true });
    const ended = await post('c1', { type: 'call_ended', at: after(60) });
    expect(ended.statusCode).toBe(409);
    expect(ended.json()).toMatchObject({ code: 'event/call-ended', status: 409 });
  });

  it('answers malformed bodies, wrong media types, oversize bodies and unknown routes with a code', async () => {
    const { service } = serve({ bodyLimitBytes: 1024 });
    const inject = (method: 'GET' | 'POST', url: string, payload?: string, type = 'application/json') =>
      service.inject({ method, url, ...(payload === undefined ? {} : { payload, headers: { 'content-type': type } }) });
    const cases = [
      [await inject('POST', '/v1/calls/c1/events', '{"type":'), 400, 'service/not-json'],
      [await inject('POST', '/v1/calls/c1/events', 'hello', 'text/plain'), 415, 'service/unsupported-media-type'],
      [await inject('POST', '/v1/calls/c1/events', JSON.stringify({ text: 'x'.repeat(2000) })), 413, 'service/body-too-large'],
      [await inject('GET', '/v1/nowhere'), 404, 'service/not-found'],
      [await inject('GET', '/v1/calls/ghost'), 404, 'service/unknown-call'],
    ] as const;
    for (const [response, status, code] of cases) {
      expect(response.statusCode).toBe(status);
      expect(response.json()).toMatchObject({ status, code });
    }
  });
});

describe('authentication', () => {
  it('takes the configured bearer token, 401 without one, 403 with another; health and metrics stay open', async () => {
    const { post, service } = serve({ auth: { kind: 'bearer', token: 's3cret' } });
    expect((await post('c1', started('c1'))).json()).toMatchObject({ status: 401, code: 'service/unauthorized' });
    expect((await post('c1', started('c1'), { authorization: 'Bearer nope' })).json()).toMatchObject({ status: 403, code: 'service/forbidden' });
    expect((await post('c1', started('c1'), { authorization: 'Bearer s3cret' })).statusCode).toBe(200);
    expect((await service.inject({ method: 'GET', url: '/v1/calls/c1' })).statusCode).toBe(401);
    expect((await service.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await service.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
  });

  it('takes an HMAC signature over the request once, within the time window', async () => {
    let now = NOW;
    const { post } = serve({ auth: { kind: 'hmac', secret: 'k', toleranceSeconds: 300 } }, () => now);
    const body = JSON.stringify(started('c1'));
    const ts = String(NOW / 1000);
    const sign = (t: string, b = body) => ({ 'x-callguard-timestamp': t, 'x-callguard-signature': hmacSignature('k', t, 'POST', '/v1/calls/c1/events', b) });
    expect((await post('c1', started('c1'))).json().code).toBe('service/unauthorized');
    expect((await post('c1', started('c1'), { ...sign(ts), 'x-callguard-signature': 'v1=00' })).json().code).toBe('service/forbidden');
    expect((await post('c1', started('c1'), sign(String(NOW / 1000 - 301)))).json().code).toBe('service/stale-signature');
    expect((await post('c1', started('c1'), sign(ts))).statusCode).toBe(200);
    const replay = await post('c1', started('c1'), sign(ts));
    expect(replay.statusCode).toBe(409);
    expect(replay.json().code).toBe('service/replayed-signature');
    now += 1000;
    expect((await post('c1', calm(after(1)), sign(String(now / 1000), JSON.stringify(calm(after(1)))))).statusCode).toBe(200);
  });
});

describe('state', () => {
  it('forgets an ended call after the TTL', async () => {
    let now = NOW;
    const { post, get } = serve({ store: { ttlSeconds: 60, idleTtlSeconds: 3600 } }, () => now);
    await post('c1', started('c1'));
    await post('c1', { type: 'call_ended', at: after(30) });
    now += 59_000;
    expect((await get('c1')).statusCode).toBe(200);
    now += 2000;
    expect((await get('c1')).json().code).toBe('service/unknown-call');
  });

  it('handles concurrent requests of one call in arrival order, each once', async () => {
    const { post, get } = serve();
    await post('c1', started('c1'));
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => post('c1', calm(after(i + 1)))));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    const call = (await get('c1')).json();
    expect(call.version).toBe(21);
    expect(call.decisions.map((d: { event: { seq: number } }) => d.event.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i));
  });
});

describe('GET /metrics', () => {
  it('counts events by type, decisions by action, refusals by code, open calls and latency', async () => {
    const { post, service } = serve();
    await post('c1', started('c1'));
    await post('c1', swearing(after(5)));
    await post('c1', swearing(after(6), 3));
    const text = (await service.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toContain('callguard_events_total{type="utterance"} 1');
    expect(text).toContain('callguard_decisions_total{action="warn"} 1');
    expect(text).toContain('callguard_rejected_total{code="event/invalid"} 1');
    expect(text).toContain('callguard_open_calls 1');
    expect(text).toMatch(/callguard_request_duration_seconds_count\{route="\/v1\/calls\/:callId\/events"\} 3/);
  });
});

describe('logs', () => {
  it('log each decision that asks for something with the call id, the policy hash and the action', async () => {
    const { post, logs } = serve();
    await post('c1', started('c1'));
    await post('c1', swearing(after(5)));
    const line = logs.lines().find((l) => l['msg'] === 'decision');
    expect(line).toMatchObject({ callId: 'c1', action: 'warn', rule: 'abuse', event: 'utterance' });
    expect(line?.['policy']).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('requests that never reach a route', () => {
  /** Sends `text` on a raw connection and resolves to everything the service answers before it closes. */
  async function raw(address: URL, text: string): Promise<string> {
    const socket = connect(Number(address.port), address.hostname);
    await new Promise((r) => socket.once('connect', r));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => {});
    socket.write(text);
    await new Promise((r) => socket.once('close', r));
    return answer;
  }
  const problemOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { status: number; code: string };

  it('a slow client gets 408 service/request-timeout once requestTimeoutMs passes, and its call is not touched', async () => {
    const { service, get } = serve({ requestTimeoutMs: 300 });
    const body = JSON.stringify(started('slow'));
    const answer = await raw(new URL(await service.listen()), `POST /v1/calls/slow/events HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, 10)}`);
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(answer).toContain('Content-Type: application/problem+json');
    expect(problemOf(answer)).toMatchObject({ status: 408, code: 'service/request-timeout' });
    expect((await get('slow')).statusCode).toBe(404);
  });

  it('an unreadable request gets 400 service/bad-request, oversized headers 431 service/headers-too-large', async () => {
    const { service } = serve();
    const address = new URL(await service.listen());
    expect(problemOf(await raw(address, 'HELLO THERE\r\n\r\n'))).toMatchObject({ status: 400, code: 'service/bad-request' });
    expect(problemOf(await raw(address, `GET /healthz HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`))).toMatchObject({ status: 431, code: 'service/headers-too-large' });
    const metrics = (await service.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toContain('callguard_rejected_total{code="service/bad-request"} 1');
  });
});

describe('shutdown', () => {
  it('finishes a request in flight, then stops listening', async () => {
    const { service } = serve();
    const address = new URL(await service.listen());
    const body = JSON.stringify(started('s1'));
    // A request whose body is still on its way when shutdown begins.
    const socket = connect(Number(address.port), address.hostname);
    await new Promise((r) => socket.once('connect', r));
    socket.write(`POST /v1/calls/s1/events HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, 10)}`);
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    const ended = new Promise((r) => socket.once('close', r));
    await new Promise((r) => setTimeout(r, 50));
    const closed = service.close();
    socket.write(body.slice(10));
    await closed;
    await ended;
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(answer).toContain('"call_id":"s1"');
    await expect(fetch(`${address.origin}/healthz`)).rejects.toThrow();
  });
});
