import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, type Answer, type FakeApi, type Received } from '../../test/fake-api.js';
import { sampleRecord } from '../../test/sample-record.js';
import { DeliveryFailure } from '../outbox/sink.js';
import { ZendeskSink } from './zendesk.js';

const clock = () => new Date('2026-12-01T09:05:00Z');
let api: FakeApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function sink(answer: (r: Received) => Answer, ticketId = '{call.id}') {
  api = await fakeApi(answer);
  return new ZendeskSink({ endpointUri: `${api.url}/api/v2`, username: 'agent@acme.example', token: 'zd-token', ticketId, clock });
}

async function failure(work: Promise<unknown>): Promise<DeliveryFailure> {
  const e = await work.then(() => undefined, (error: unknown) => error);
  expect(e).toBeInstanceOf(DeliveryFailure);
  return e as DeliveryFailure;
}

const comments = (extra: { id: number; body: string }[] = []) => ({ status: 200, body: { comments: [{ id: 1, body: 'Call from +44 7700 900123', public: true }, ...extra], next_page: null, count: 1 + extra.length } });
const updated = { status: 200, body: { ticket: { id: 4211, status: 'open' }, audit: { id: 77, events: [] } } };

describe('the Zendesk sink, through node-zendesk', () => {
  it('looks for the key among the ticket’s comments, then adds a private comment with tickets.update', async () => {
    const record = sampleRecord();
    const s = await sink((r) => (r.method === 'GET' ? comments() : updated));
    expect(await s.deliver(record)).toEqual({ externalId: 'ticket-4211' });
    const [look, update] = api!.received;
    expect(look!.method).toBe('GET');
    expect(new URL(look!.url, api!.url).pathname).toBe('/api/v2/tickets/4211/comments.json');
    expect(update).toMatchObject({ method: 'PUT', url: '/api/v2/tickets/4211.json' });
    const basic = `Basic ${Buffer.from('agent@acme.example/token:zd-token').toString('base64')}`;
    expect([look!.headers['authorization'], update!.headers['authorization']]).toEqual([basic, basic]);
    expect(update!.headers['content-type']).toBe('application/json');
    expect(update!.json).toEqual({ ticket: { comment: { body: expect.stringContaining(`CallGuard key: ${record.key}`), public: false } } });
  });

  it('adds nothing when a comment already carries the key (an attempt whose answer was lost)', async () => {
    const record = sampleRecord();
    const s = await sink((r) => (r.method === 'GET' ? comments([{ id: 2, body: `CallGuard decided ...\nCallGuard key: ${record.key}` }]) : updated));
    expect(await s.deliver(record)).toEqual({ externalId: 'ticket-4211' });
    expect(api!.received.map((r) => r.method)).toEqual(['GET']);
  });

  it('dead-letters wrong credentials, an unknown ticket and a ticket id that is not a number', async () => {
    let s = await sink(() => ({ status: 401, body: { error: "Couldn't authenticate you" } }));
    let f = await failure(s.deliver(sampleRecord()));
    expect([f.code, f.disposition, f.message]).toEqual(['delivery/unauthorized', 'dead', "zendesk answered 401: Couldn't authenticate you (check the sink's credentials)"]);
    await api!.close();
    s = await sink(() => ({ status: 404, body: { error: 'RecordNotFound', description: 'Not found' } }));
    f = await failure(s.deliver(sampleRecord()));
    expect([f.code, f.disposition, f.message]).toEqual(['delivery/not-found', 'dead', "zendesk answered 404: Not found (check the object and id the sink's mapping names)"]);
    await api!.close();
    s = await sink(() => updated);
    f = await failure(s.deliver(sampleRecord(undefined, 'call-1003')));
    expect([f.code, f.disposition, f.message]).toEqual(['delivery/unmapped', 'dead', 'zendesk: the ticket id `call-1003` (from {call.id}) is not a number']);
    expect(api!.received).toHaveLength(0);
  });

  it('refuses an invalid update, honours a 429’s Retry-After, and retries an answer that is not JSON', async () => {
    let s = await sink((r) => (r.method === 'GET' ? comments() : { status: 422, body: { error: 'RecordInvalid', description: 'Record validation errors' } }));
    let f = await failure(s.deliver(sampleRecord()));
    expect([f.code, f.disposition, f.message]).toEqual(['delivery/rejected', 'dead', 'zendesk answered 422: Record validation errors']);
    await api!.close();
    s = await sink((r) => (r.method === 'GET' ? comments() : { status: 429, body: { error: 'TooManyRequests' }, headers: { 'retry-after': '30' } }));
    f = await failure(s.deliver(sampleRecord()));
    expect([f.code, f.disposition, f.retryAfterMs]).toEqual(['delivery/rate-limited', 'retry', 30_000]);
    await api!.close();
    s = await sink((r) => (r.method === 'GET' ? comments() : { status: 200, body: '<html>Help Center</html>' }));
    f = await failure(s.deliver(sampleRecord()));
    expect([f.code, f.disposition]).toEqual(['delivery/not-json', 'retry']);
    await api!.close();
    s = await sink(() => ({ status: 502, body: '<html>Bad Gateway</html>' }));
    f = await failure(s.deliver(sampleRecord()));
    expect([f.code, f.disposition]).toEqual(['delivery/not-json', 'retry']);
  });
});
