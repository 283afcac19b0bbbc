import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, type Answer, type FakeApi, type Received } from '../../test/fake-api.js';
import { sampleRecord } from '../../test/sample-record.js';
import { DeliveryFailure } from '../outbox/sink.js';
import { HubSpotSink, type HubSpotSettings } from './hubspot.js';

const clock = () => new Date('2026-12-01T09:05:00Z');
let api: FakeApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function sink(answer: (r: Received) => Answer, overrides: Partial<HubSpotSettings> = {}) {
  api = await fakeApi(answer);
  return new HubSpotSink({ accessToken: 'pat-eu1-0000', basePath: api.url, engagement: 'call', contactId: '{call.caller_id}', keyProperty: 'callguard_key', clock, ...overrides });
}

async function failure(work: Promise<unknown>): Promise<DeliveryFailure> {
  const e = await work.then(() => undefined, (error: unknown) => error);
  expect(e).toBeInstanceOf(DeliveryFailure);
  return e as DeliveryFailure;
}

const notFound: Answer = { status: 404, body: { status: 'error', message: 'Object not found.  objectId are usually numeric.', category: 'OBJECT_NOT_FOUND', correlationId: 'c0ffee' } };
const made = (id: string): Answer => ({ status: 201, body: { id, properties: {}, createdAt: '2026-12-01T09:05:00.000Z', updatedAt: '2026-12-01T09:05:00.000Z', archived: false } });

describe('the HubSpot sink, through @hubspot/api-client', () => {
  it('looks the key up, then creates a call engagement with string properties, the duration in ms, associated with the contact', async () => {
    const record = sampleRecord(undefined, '4211', '501');
    const s = await sink((r) => (r.method === 'GET' ? notFound : made('9001')));
    expect(await s.deliver(record)).toEqual({ externalId: '9001' });
    const [look, create] = api!.received;
    const url = new URL(look!.url, api!.url);
    expect([look!.method, url.pathname, url.searchParams.get('idProperty'), url.searchParams.get('properties')]).toEqual(['GET', `/crm/v3/objects/calls/${record.key}`, 'callguard_key', 'callguard_key']);
    expect(create).toMatchObject({ method: 'POST', url: '/crm/v3/objects/calls' });
    expect(create!.headers['authorization']).toBe('Bearer pat-eu1-0000');
    expect(create!.headers['content-type']).toMatch(/^application\/json/);
    expect(create!.json).toEqual({
      properties: {
        hs_timestamp: '2026-12-01T09:01:30.000Z',
        hs_call_title: 'CallGuard: follow up (abuse)',
        hs_call_body: expect.stringContaining(`CallGuard key: ${record.key}`),
        hs_call_duration: '90000',
        hs_call_direction: 'INBOUND',
        hs_call_status: 'COMPLETED',
        callguard_key: record.key,
      },
      associations: [{ to: { id: '501' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 194 }] }],
    });
    expect(Object.values(create!.json.properties).every((v) => typeof v === 'string')).toBe(true);
  });

  it('creates nothing when the key is already there (an attempt whose answer was lost)', async () => {
    const s = await sink(() => ({ status: 200, body: { id: '9001', properties: { callguard_key: 'x' }, createdAt: '2026-12-01T09:05:00.000Z', updatedAt: '2026-12-01T09:05:00.000Z', archived: false } }));
    expect(await s.deliver(sampleRecord())).toEqual({ externalId: '9001' });
    expect(api!.received.map((r) => r.method)).toEqual(['GET']);
  });

  it('makes a note associated with the contact when configured to', async () => {
    const s = await sink((r) => (r.method === 'GET' ? notFound : made('77')), { engagement: 'note' });
    await s.deliver(sampleRecord(undefined, '4211', '501'));
    const create = api!.received[1]!;
    expect(create.url).toBe('/crm/v3/objects/notes');
    expect(create.json.properties).toEqual({ hs_timestamp: '2026-12-01T09:01:30.000Z', hs_note_body: expect.stringContaining('CallGuard decided'), callguard_key: expect.stringMatching(/^cg1-/) });
    expect(create.json.associations[0].types[0].associationTypeId).toBe(202);
  });

  it('dead-letters wrong credentials and a refused property with HubSpot’s message; honours Retry-After; retries what is not JSON', async () => {
    let s = await sink(() => ({ status: 401, body: { status: 'error', message: 'Authentication credentials not found.', category: 'INVALID_AUTHENTICATION' } }));
    let f = await failure(s.deliver(sampleRecord()));
    expect([f.code, f.disposition, f.message]).toEqual(['delivery/unauthorized', 'dead', "hubspot answered 401: Authentication credentials not found. (check the sink's credentials)"]);
    await api!.close();
    s = await sink((r) => (r.method === 'GET' ? notFound : { status: 400, body: { status: 'error', message: 'Property values were not valid: callguard_key does not exist', category: 'VALIDATION_ERROR' } }));
    f = await failure(s.deliver(sampleRecord()));
    expect([f.code, f.disposition, f.message]).toEqual(['delivery/rejected', 'dead', 'hubspot answered 400: Property values were not valid: callguard_key does not exist']);
    await api!.close();
    s = await sink(() => ({ status: 429, body: { status: 'error', message: 'You have reached your secondly limit.', category: 'RATE_LIMITS' }, headers: { 'retry-after': '2' } }));
    f = await failure(s.deliver(sampleRecord()));
    expect([f.code, f.disposition, f.retryAfterMs]).toEqual(['delivery/rate-limited', 'retry', 2000]);
    await api!.close();
    s = await sink((r) => (r.method === 'GET' ? notFound : { status: 201, body: '<html>maintenance</html>' }));
    f = await failure(s.deliver(sampleRecord()));
    expect([f.code, f.disposition]).toEqual(['delivery/not-json', 'retry']);
  });
});
