/** A delivery record as the outbox builds it, for the sinks' tests. */
import type { Decision, Duty } from '@callguard/contract';
import { deliveryKey } from '../src/outbox/delivery-key.js';
import { deliveryRecord, type DeliveryRecord } from '../src/outbox/delivery-record.js';

/** An `end_call` decision of rule `abuse` at event `seq`, owing `duties`, under `policy`. */
export function sampleDecision(seq: number, at: string, duties: Duty[], policy: Decision['policy']): Decision {
  return {
    v: 1,
    action: 'end_call',
    rule: { id: 'abuse', title: 'Abuse' },
    step: { n: 3, of: 3 },
    allowed: ['continue', 'end_call'],
    required: [],
    duties,
    matched: [{ rule: 'abuse', action: 'end_call', step: { n: 3, of: 3 }, why: 'profanity 0.93 >= 0.8' }],
    ended: true,
    policy,
    event: { seq, at, type: 'utterance', channel: 'phone' },
  };
}

const decision = sampleDecision(4, '2026-12-01T09:01:30Z', [{ kind: 'record_warning', rule: 'abuse', category: 'profanity' }], {
  name: 'acme-standard',
  version: '3.2.0',
  hash: 'a286698607a7b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6',
});

/** The record of `duty` (a follow-up due the next day by default) on call `callId` of caller `callerId` (null: a call without one). */
export function sampleRecord(
  duty: Duty = { kind: 'follow_up', rule: 'abuse', script: { name: 'apology', text: 'Sorry.' }, within_ms: 86_400_000, due: '2026-12-02T09:01:30.000Z' },
  callId = '4211',
  callerId: string | null = '0035g00000XyZ12AAB',
): DeliveryRecord {
  const key = deliveryKey({ callId, rule: duty.rule, kind: duty.kind, target: duty.target, sink: 'crm' });
  return deliveryRecord(decision, duty, { callId, callerId: callerId ?? undefined, startedAt: '2026-12-01T09:00:00Z' }, key);
}
