// Any interleaving of successful runs, failed attempts and workers killed
// before or after the receiver took a delivery: the receiver applies each
// key at most once, a delivered delivery is never sent again, every second
// send is explained by a lost acknowledgement, a rule's duties never arrive
// before its note, and once the receiver is healthy everything is delivered.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Decision, Duty } from '@callguard/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeliveryRecord } from './delivery-record.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/types.js';
import { deliverDue } from './deliver-due.js';
import { DeliveryFailure, type DutySink } from './sink.js';

const LEASE_MS = 5000;
const ROUTES = [{ duties: ['document', 'notify', 'follow_up'] as const, to: 'hook', at: 'now' as const }];
const duties: Duty[] = [
  { kind: 'document', rule: 'abuse' },
  { kind: 'notify', rule: 'abuse', target: 'supervisor' },
  { kind: 'follow_up', rule: 'abuse', due: '2026-12-02T09:00:00.000Z' },
];

function decision(seq: number): Decision {
  return {
    v: 1,
    action: 'end_call',
    allowed: ['continue', 'end_call'],
    required: [],
    duties,
    matched: [],
    ended: true,
    policy: { name: 'p', version: '1', hash: 'h' },
    event: { seq, at: '2026-12-01T09:00:30Z', type: 'utterance', channel: 'phone' },
  };
}

/** A receiver that keeps keys: applies each once, counts every send. */
class Receiver {
  readonly applied = new Map<string, number>();
  readonly sends = new Map<string, number>();
  readonly order: DeliveryRecord[] = [];
  take(record: DeliveryRecord): void {
    this.sends.set(record.key, (this.sends.get(record.key) ?? 0) + 1);
    if (this.applied.has(record.key)) return;
    this.applied.set(record.key, 1);
    this.order.push(record);
  }
}

type Step =
  | { readonly kind: 'run'; readonly outcomes: readonly ('ok' | 'fail' | 'lost-ack')[] }
  | { readonly kind: 'crash-before' | 'crash-after' }
  | { readonly kind: 'wait'; readonly ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('run' as const), outcomes: fc.array(fc.constantFrom('ok' as const, 'fail' as const, 'lost-ack' as const), { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constantFrom('crash-before' as const, 'crash-after' as const) }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 2 * LEASE_MS }) }),
);

describe('the outbox under crashes and retries', () => {
  it('delivers each duty at most once by key, and at least once after recovery', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 }), fc.array(step, { maxLength: 25 }), async (calls, steps) => {
        const dir = mkdtempSync(join(tmpdir(), 'callguard-outbox-prop-'));
        const file = join(dir, 'callguard.db');
        let now = new Date('2026-12-01T09:01:00Z');
        const clock = () => now;
        const open = (): Store => openStore(file, { clock, routes: ROUTES });
        let store = open();
        const receiver = new Receiver();
        /** Sends the outbox could not have known arrived: failures after the receiver took it, crashes after. */
        const lostAcks = new Map<string, number>();
        const lose = (key: string) => lostAcks.set(key, (lostAcks.get(key) ?? 0) + 1);
        const deliveredAt = new Map<string, number>();
        try {
          for (let c = 0; c < calls; c++) store.apply(decision(1), { callId: `call-${c}`, startedAt: '2026-12-01T09:00:00Z' });
          const keys = store.outbox.deliveries().map((d) => d.key);
          const options = { clock, random: () => 0.5, maxAttempts: 1000, backoff: { baseMs: 100, maxMs: 2000 }, timeoutMs: 1000, leaseMs: LEASE_MS };
          const sink = (outcomes: readonly string[]): DutySink => {
            let i = 0;
            return {
              async deliver(record) {
                const outcome = outcomes[i++] ?? 'ok';
                if (deliveredAt.has(record.key)) throw new Error(`delivery ${record.key} sent again after it was delivered`);
                if (outcome === 'fail') throw new DeliveryFailure('delivery/unavailable', 'down', 'retry');
                receiver.take(record);
                if (outcome === 'lost-ack') {
                  lose(record.key);
                  throw new DeliveryFailure('delivery/timeout', 'no answer', 'retry');
                }
                return {};
              },
            };
          };
          const noteDelivered = () => {
            for (const d of store.outbox.deliveries({ state: 'delivered' })) if (!deliveredAt.has(d.key)) deliveredAt.set(d.key, receiver.sends.get(d.key) ?? 0);
          };
          for (const s of steps) {
            if (s.kind === 'wait') now = new Date(now.getTime() + s.ms);
            else if (s.kind === 'run') await deliverDue(store.outbox, new Map([['hook', sink(s.outcomes)]]), options);
            else {
              // A worker that claims, maybe hands the delivery over, and dies before settling.
              const claimed = store.outbox.claim(now, LEASE_MS);
              if (claimed !== undefined && s.kind === 'crash-after') {
                if (deliveredAt.has(claimed.key)) throw new Error('a delivered delivery was claimed again');
                receiver.take(claimed.record);
                lose(claimed.key);
              }
              store.close();
              store = open();
            }
            noteDelivered();
          }
          // Recovery: the receiver is healthy and time passes until nothing is left.
          for (let round = 0; round < 50 && store.outbox.counts(now).delivered < keys.length; round++) {
            now = new Date(now.getTime() + LEASE_MS + 2000);
            await deliverDue(store.outbox, new Map([['hook', sink([])]]), options);
            noteDelivered();
          }
          expect(store.outbox.counts(now)).toMatchObject({ delivered: keys.length, pending: 0, delivering: 0, dead: 0 });
          for (const key of keys) {
            expect(receiver.applied.get(key)).toBe(1);
            expect(receiver.sends.get(key) ?? 0).toBeLessThanOrEqual(1 + (lostAcks.get(key) ?? 0));
          }
          // A rule's notification and follow-up never arrive before its note.
          for (const [i, r] of receiver.order.entries()) {
            if (r.duty.kind === 'document') continue;
            const note = receiver.order.findIndex((o) => o.call.id === r.call.id && o.duty.kind === 'document');
            expect(note).toBeGreaterThanOrEqual(0);
            expect(note).toBeLessThan(i);
          }
        } finally {
          store.close();
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
  });
});
