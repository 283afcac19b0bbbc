import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duty } from '@callguard/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeApi, scripted, type Answer, type FakeApi } from '../../test/fake-api.js';
import { sampleDecision } from '../../test/sample-record.js';
import { IncidentLogSink } from '../crm/incident-log-sink.js';
import { verifyWebhook, WebhookSink } from '../crm/webhook.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/types.js';
import { deliverDue, type DeliveryOptions } from './deliver-due.js';
import type { DutyRoute } from './routes.js';
import type { DutySink } from './sink.js';

const SECRET = 'whsec-test';
const START = '2026-12-01T09:00:00.000Z';
const policy = { name: 'warn-then-end', version: '1.0.0', hash: 'f00d' };

const decision = (seq: number, at: string, duties: Duty[]) => sampleDecision(seq, at, duties, policy);

const documentDuty: Duty = { kind: 'document', rule: 'abuse' };
const followUp: Duty = { kind: 'follow_up', rule: 'abuse', script: { name: 'apology', text: 'Sorry.' }, within_ms: 86_400_000, due: '2026-12-02T09:00:40.000Z' };
const notify: Duty = { kind: 'notify', rule: 'abuse', target: 'supervisor' };

let dir: string;
let store: Store;
let api: FakeApi | undefined;
let now: Date;
const clock = () => now;

const options = (extra: Partial<DeliveryOptions> = {}): DeliveryOptions => ({
  clock,
  random: () => 0,
  maxAttempts: 4,
  backoff: { baseMs: 1000, maxMs: 60_000 },
  timeoutMs: 300,
  leaseMs: 5000,
  ...extra,
});

function open(routes: readonly DutyRoute[]): Store {
  return openStore(join(dir, 'callguard.db'), { clock, routes });
}

async function receiver(answers: (() => Answer) | Answer[]): Promise<{ sinks: Map<string, DutySink>; api: FakeApi }> {
  const next = Array.isArray(answers) ? scripted(answers, { status: 200, body: { ok: true } }) : answers;
  api = await fakeApi(next);
  return { api, sinks: new Map<string, DutySink>([['hook', new WebhookSink({ url: `${api.url}/duties`, secret: SECRET, clock })]]) };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'callguard-outbox-'));
  now = new Date('2026-12-01T09:05:00.000Z');
});

afterEach(async () => {
  store.close();
  await api?.close();
  api = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('the outbox, delivered to a webhook', () => {
  it('writes each owed duty in the decision transaction and posts it signed, with its idempotency key', async () => {
    store = open([{ duties: ['document', 'notify'], to: 'hook' }]);
    const added = store.apply(decision(4, '2026-12-01T09:00:40Z', [documentDuty, notify]), { callId: 'c1', callerId: 'k1', startedAt: START });
    expect(added.deliveries).toBe(2);
    const { sinks, api } = await receiver([]);
    expect(await deliverDue(store.outbox, sinks, options())).toEqual({ delivered: 2, retried: 0, dead: 0 });
    expect(api.received).toHaveLength(2);
    const [first] = api.received;
    expect(first).toMatchObject({ method: 'POST', url: '/duties' });
    expect(first!.headers['content-type']).toBe('application/json');
    expect(first!.headers['idempotency-key']).toMatch(/^cg1-[0-9a-f]{32}$/);
    expect(verifyWebhook(SECRET, { timestamp: first!.headers['callguard-timestamp'] as string, signature: first!.headers['callguard-signature'] as string }, first!.body, now)).toBe(true);
    expect(verifyWebhook(SECRET, { timestamp: first!.headers['callguard-timestamp'] as string, signature: first!.headers['callguard-signature'] as string }, first!.body, new Date(now.getTime() + 301_000))).toBe(false);
    expect(first!.json).toMatchObject({
      v: 1,
      key: first!.headers['idempotency-key'],
      duty: { kind: 'document', rule: 'abuse' },
      call: { id: 'c1', caller_id: 'k1', started_at: START },
      event: { seq: 4, at: '2026-12-01T09:00:40.000Z', type: 'utterance' },
      decision: { action: 'end_call', rule: 'abuse', step: { n: 3, of: 3 }, matched: [{ why: 'profanity 0.93 >= 0.8' }] },
      policy,
    });
    expect(store.outbox.deliveries().map((d) => d.state)).toEqual(['delivered', 'delivered']);
  });

  it('owes a duty once per call however often its rule fires, and once across a replay', () => {
    store = open([{ duties: ['document'], to: 'hook' }]);
    const context = { callId: 'c1', callerId: 'k1', startedAt: START };
    store.applyCall([decision(2, '2026-12-01T09:00:20Z', [documentDuty]), decision(3, '2026-12-01T09:00:30Z', [documentDuty])], context);
    store.applyCall([decision(2, '2026-12-01T09:00:20Z', [documentDuty]), decision(3, '2026-12-01T09:00:30Z', [documentDuty])], context);
    expect(store.outbox.deliveries()).toHaveLength(1);
    expect(store.outbox.deliveries()[0]!.eventSeq).toBe(2);
  });

  it('retries 500s and a hang past the timeout with backoff, then delivers once', async () => {
    store = open([{ duties: ['document'], to: 'hook' }]);
    store.apply(decision(1, '2026-12-01T09:00:10Z', [documentDuty]), { callId: 'c1', startedAt: START });
    const { sinks, api } = await receiver([{ status: 500, body: { message: 'database down' } }, 'hang']);
    expect(await deliverDue(store.outbox, sinks, options())).toEqual({ delivered: 0, retried: 1, dead: 0 });
    let d = store.outbox.deliveries()[0]!;
    expect(d).toMatchObject({ state: 'pending', attempts: 1, lastError: { code: 'delivery/unavailable', message: 'the webhook answered 500: database down' } });
    // random 0: half of the 1 s base.
    expect(d.notBefore).toBe('2026-12-01T09:05:00.500Z');
    expect(await deliverDue(store.outbox, sinks, options())).toEqual({ delivered: 0, retried: 0, dead: 0 });
    now = new Date('2026-12-01T09:05:01.000Z');
    expect(await deliverDue(store.outbox, sinks, options())).toEqual({ delivered: 0, retried: 1, dead: 0 });
    d = store.outbox.deliveries()[0]!;
    expect(d).toMatchObject({ attempts: 2, lastError: { code: 'delivery/timeout', message: 'hook did not answer within 300 ms' } });
    expect(d.notBefore).toBe('2026-12-01T09:05:02.000Z');
    now = new Date('2026-12-01T09:05:03.000Z');
    expect(await deliverDue(store.outbox, sinks, options())).toEqual({ delivered: 1, retried: 0, dead: 0 });
    expect(api.received.map((r) => r.headers['idempotency-key'])).toEqual(Array(3).fill(d.key));
  });

  it("honours a 429's Retry-After", async () => {
    store = open([{ duties: ['document'], to: 'hook' }]);
    store.apply(decision(1, '2026-12-01T09:00:10Z', [documentDuty]), { callId: 'c1', startedAt: START });
    const { sinks } = await receiver([{ status: 429, body: { message: 'slow down' }, headers: { 'retry-after': '7' } }]);
    await deliverDue(store.outbox, sinks, options());
    expect(store.outbox.deliveries()[0]).toMatchObject({ state: 'pending', notBefore: '2026-12-01T09:05:07.000Z', lastError: { code: 'delivery/rate-limited' } });
  });

  it('dead-letters a 4xx at once with the receiver’s message, and never sends it again until retried', async () => {
    store = open([{ duties: ['document', 'follow_up'], to: 'hook', at: 'now' }]);
    store.apply(decision(1, '2026-12-01T09:00:10Z', [documentDuty, followUp]), { callId: 'c1', startedAt: START });
    const { sinks, api } = await receiver([{ status: 422, body: { error: { message: 'unknown field `duty`' } } }]);
    expect(await deliverDue(store.outbox, sinks, options())).toEqual({ delivered: 0, retried: 0, dead: 1 });
    const [doc, follow] = store.outbox.deliveries();
    expect(doc).toMatchObject({ state: 'dead', attempts: 1, lastError: { code: 'delivery/rejected', message: 'the webhook answered 422: unknown field `duty`' } });
    // The follow-up waits for the rule's note; it is never sent before it.
    expect(follow).toMatchObject({ state: 'dead', attempts: 0, lastError: { code: 'delivery/waited-for-dead', message: `waits for delivery ${doc!.id}, which is dead; retry that one` } });
    now = new Date('2026-12-02T09:00:00Z');
    await deliverDue(store.outbox, sinks, options());
    expect(api.received).toHaveLength(1);
    store.outbox.retry(doc!.id, now);
    expect(await deliverDue(store.outbox, sinks, options())).toEqual({ delivered: 2, retried: 0, dead: 0 });
    expect(api.received.map((r) => r.json.duty.kind)).toEqual(['document', 'document', 'follow_up']);
  });

  it('dead-letters after the last attempt, naming the last failure', async () => {
    store = open([{ duties: ['document'], to: 'hook' }]);
    store.apply(decision(1, '2026-12-01T09:00:10Z', [documentDuty]), { callId: 'c1', startedAt: START });
    const { sinks } = await receiver(() => ({ status: 503, body: '<html><body>Service Unavailable</body></html>' }));
    for (let i = 0; i < 4; i++) {
      await deliverDue(store.outbox, sinks, options());
      now = new Date(now.getTime() + 120_000);
    }
    expect(store.outbox.deliveries()[0]).toMatchObject({
      state: 'dead',
      attempts: 4,
      lastError: { code: 'delivery/exhausted', message: 'gave up after 4 attempts; the last: the webhook answered 503: <html><body>Service Unavailable</body></html>' },
    });
    expect(store.outbox.counts(now)).toMatchObject({ dead: 1, pending: 0 });
  });

  it('delivers a follow-up at its due time, after the rule’s note', async () => {
    store = open([{ duties: ['document', 'follow_up'], to: 'hook' }]);
    store.apply(decision(1, '2026-12-01T09:00:40Z', [documentDuty, followUp]), { callId: 'c1', startedAt: START });
    const { sinks, api } = await receiver([]);
    expect(await deliverDue(store.outbox, sinks, options())).toMatchObject({ delivered: 1 });
    expect(store.outbox.counts(new Date('2026-12-02T10:00:00Z'))).toMatchObject({ delivered: 1, pending: 1, overdue: 1 });
    now = new Date('2026-12-02T09:00:40.000Z');
    expect(await deliverDue(store.outbox, sinks, options())).toMatchObject({ delivered: 1 });
    expect(api.received.map((r) => r.json.duty.kind)).toEqual(['document', 'follow_up']);
  });

  it('claims a delivery whose worker died again only once its lease has lapsed', () => {
    store = open([{ duties: ['document'], to: 'hook' }]);
    store.apply(decision(1, '2026-12-01T09:00:10Z', [documentDuty]), { callId: 'c1', startedAt: START });
    const claimed = store.outbox.claim(now, 5000);
    expect(claimed).toMatchObject({ state: 'delivering', attempts: 1, leaseUntil: '2026-12-01T09:05:05.000Z' });
    expect(store.outbox.claim(new Date('2026-12-01T09:05:04.999Z'), 5000)).toBeUndefined();
    expect(store.outbox.claim(new Date('2026-12-01T09:05:05.000Z'), 5000)).toMatchObject({ id: claimed!.id, attempts: 2 });
  });

  it('dead-letters a delivery routed to a sink that is not configured', async () => {
    store = open([{ duties: ['document'], to: 'crm' }]);
    store.apply(decision(1, '2026-12-01T09:00:10Z', [documentDuty]), { callId: 'c1', startedAt: START });
    const { sinks } = await receiver([]);
    await deliverDue(store.outbox, sinks, options());
    expect(store.outbox.deliveries()[0]!.lastError).toEqual({ code: 'delivery/no-sink', message: 'no sink named `crm` is configured (configured: hook)' });
  });

  it('writes to the local incident log by default, once per key', async () => {
    store = openStore(join(dir, 'callguard.db'), { clock });
    store.apply(decision(1, '2026-12-01T09:00:10Z', [documentDuty, notify]), { callId: 'c1', startedAt: START });
    const sinks = new Map<string, DutySink>([['log', new IncidentLogSink(store.incidents, clock)]]);
    expect(await deliverDue(store.outbox, sinks, options())).toMatchObject({ delivered: 2 });
    // A worker killed after writing and before settling writes again: the log keeps one.
    const [first] = store.outbox.deliveries();
    await new IncidentLogSink(store.incidents, clock).deliver(first!.record);
    expect(store.incidents.list().map((i) => [i.kind, i.key])).toEqual([
      ['document', first!.key],
      ['notify', store.outbox.deliveries()[1]!.key],
    ]);
    expect(store.outbox.deliveries()[0]!.externalId).toBe('incident-1');
  });
});
