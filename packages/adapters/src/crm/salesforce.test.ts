import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Decision } from '@callguard/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, type Answer, type FakeApi, type Received } from '../../test/fake-api.js';
import { sampleRecord } from '../../test/sample-record.js';
import { deliverDue } from '../outbox/deliver-due.js';
import { DeliveryFailure } from '../outbox/sink.js';
import { openStore } from '../store/open-store.js';
import { SalesforceSink, type SalesforceSettings } from './salesforce.js';

const clock = () => new Date('2026-12-01T09:05:00Z');
let api: FakeApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function sink(answer: (r: Received) => Answer, overrides: Partial<SalesforceSettings> = {}) {
  api = await fakeApi(answer);
  return new SalesforceSink({
    instanceUrl: api.url,
    accessToken: '00Dxx0000001gPL!AR8AQJXg',
    apiVersion: '62.0',
    object: 'Task',
    externalIdField: 'CallGuard_Key__c',
    whoId: '{call.caller_id}',
    fields: {},
    clock,
    ...overrides,
  });
}

async function failure(work: Promise<unknown>): Promise<DeliveryFailure> {
  const e = await work.then(() => undefined, (error: unknown) => error);
  expect(e).toBeInstanceOf(DeliveryFailure);
  return e as DeliveryFailure;
}

describe('the Salesforce sink, through jsforce', () => {
  it('upserts a call-logging Task on the contact by the external id field, so a second attempt updates the first', async () => {
    const record = sampleRecord();
    let created = false;
    const s = await sink(() => {
      const answer = { status: created ? 200 : 201, body: { id: '00T5g00000AbCdEFGH', success: true, errors: [], created: !created } };
      created = true;
      return answer;
    });
    expect(await s.deliver(record)).toEqual({ externalId: '00T5g00000AbCdEFGH' });
    expect(await s.deliver(record)).toEqual({ externalId: '00T5g00000AbCdEFGH' });
    const [first, second] = api!.received;
    expect(first).toMatchObject({ method: 'PATCH', url: `/services/data/v62.0/sobjects/Task/CallGuard_Key__c/${record.key}` });
    expect(second!.url).toBe(first!.url);
    expect(first!.headers['authorization']).toBe('Bearer 00Dxx0000001gPL!AR8AQJXg');
    expect(first!.headers['content-type']).toBe('application/json');
    expect(first!.json).toEqual({
      Subject: 'CallGuard: follow up (abuse)',
      Status: 'Not Started',
      Priority: 'Normal',
      TaskSubtype: 'Call',
      CallType: 'Inbound',
      CallDurationInSeconds: 90,
      CallObject: '4211',
      ActivityDate: '2026-12-02',
      Description: expect.stringContaining(`CallGuard key: ${record.key}`),
      WhoId: '0035g00000XyZ12AAB',
    });
    expect(first!.json.Description).toContain('CallGuard decided end_call under rule abuse (step 3 of 3)');
    expect(first!.json.Description).not.toContain('Sorry.');
  });

  it('logs a duty with no due date as a completed call on the day, without a contact when the call has none, with mapped fields', async () => {
    const record = sampleRecord({ kind: 'document', rule: 'abuse' }, '4212', null);
    const s = await sink(() => ({ status: 201, body: { id: '00T1', success: true, errors: [], created: true } }), { fields: { Type: 'Call', Queue__c: '{policy.name}' } });
    await s.deliver(record);
    expect(api!.received[0]!.json).toMatchObject({ Status: 'Completed', ActivityDate: '2026-12-01', Type: 'Call', Queue__c: 'acme-standard' });
    expect(api!.received[0]!.json).not.toHaveProperty('WhoId');
  });

  it('dead-letters wrong credentials and an unknown object with Salesforce’s message', async () => {
    let s = await sink(() => ({ status: 401, body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }] }));
    let f = await failure(s.deliver(sampleRecord()));
    expect([f.code, f.disposition, f.message]).toEqual(['delivery/unauthorized', 'dead', "salesforce answered INVALID_SESSION_ID: Session expired or invalid (check the sink's credentials)"]);
    await api!.close();
    s = await sink(() => ({ status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }] }), { object: 'Taks' });
    f = await failure(s.deliver(sampleRecord()));
    expect(api!.received[0]!.url).toMatch(/^\/services\/data\/v62\.0\/sobjects\/Taks\/CallGuard_Key__c\//);
    expect([f.code, f.disposition]).toEqual(['delivery/not-found', 'dead']);
  });

  it('refuses a validation error for good and retries a busy org', async () => {
    let s = await sink(() => ({ status: 400, body: [{ message: 'Required fields are missing: [Subject]', errorCode: 'REQUIRED_FIELD_MISSING', fields: ['Subject'] }] }));
    let f = await failure(s.deliver(sampleRecord()));
    expect([f.code, f.disposition, f.message]).toEqual(['delivery/rejected', 'dead', 'salesforce answered REQUIRED_FIELD_MISSING: Required fields are missing: [Subject]']);
    await api!.close();
    s = await sink(() => ({ status: 503, body: [{ message: 'Server unavailable', errorCode: 'SERVER_UNAVAILABLE' }] }));
    f = await failure(s.deliver(sampleRecord()));
    expect([f.code, f.disposition]).toEqual(['delivery/unavailable', 'retry']);
  });

  it('retries an HTML error page and an answer that is not JSON', async () => {
    let s = await sink(() => ({ status: 502, body: '<html><body>Bad Gateway</body></html>' }));
    let f = await failure(s.deliver(sampleRecord()));
    expect([f.code, f.disposition]).toEqual(['delivery/unavailable', 'retry']);
    await api!.close();
    s = await sink(() => ({ status: 200, body: '<html><body>Log in to Salesforce</body></html>' }));
    f = await failure(s.deliver(sampleRecord()));
    expect([f.code, f.disposition]).toEqual(['delivery/not-json', 'retry']);
  });
});

describe('the Salesforce sink under the worker', () => {
  it('survives 500s and a hang past the timeout, then makes one Task under one key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-sf-'));
    let now = new Date('2026-12-01T09:05:00Z');
    const store = openStore(join(dir, 'callguard.db'), { clock: () => now, routes: [{ duties: ['document'], to: 'crm' }] });
    try {
      const decision: Decision = {
        v: 1,
        action: 'warn',
        allowed: ['continue', 'warn'],
        required: [],
        duties: [{ kind: 'document', rule: 'abuse' }],
        matched: [],
        ended: false,
        policy: { name: 'p', version: '1', hash: 'h' },
        event: { seq: 2, at: '2026-12-01T09:00:20Z', type: 'utterance', channel: 'phone' },
      };
      store.apply(decision, { callId: 'call-7', callerId: '0035g00000XyZ12AAB', startedAt: '2026-12-01T09:00:00Z' });
      let n = 0;
      const s = await sink(() => {
        n++;
        if (n <= 2) return { status: 500, body: [{ message: 'An unexpected error occurred', errorCode: 'UNKNOWN_EXCEPTION' }] };
        if (n === 3) return 'hang';
        return { status: 201, body: { id: '00T1', success: true, errors: [], created: true } };
      });
      const options = { clock: () => now, random: () => 0, maxAttempts: 8, backoff: { baseMs: 1000, maxMs: 60_000 }, timeoutMs: 300, leaseMs: 5000 };
      const sinks = new Map([['crm', s]]);
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 4; i++) {
        await deliverDue(store.outbox, sinks, options);
        codes.push(store.outbox.deliveries()[0]!.lastError?.code);
        now = new Date(now.getTime() + 60_000);
      }
      expect(codes).toEqual(['delivery/unavailable', 'delivery/unavailable', 'delivery/timeout', undefined]);
      expect(store.outbox.deliveries()[0]).toMatchObject({ state: 'delivered', attempts: 4, externalId: '00T1' });
      expect(new Set(api!.received.map((r) => r.url)).size).toBe(1);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
