import { createHash } from 'node:crypto';

/** What makes one delivery: a call's duty of a kind, owed by a rule, to a target, sent to a sink. */
export interface DeliveryIdentity {
  readonly callId: string;
  readonly rule: string;
  readonly kind: string;
  readonly target: string | undefined;
  readonly sink: string;
}

/**
 * The idempotency key of a delivery: the same for every decision of a call
 * that owes the same duty (a rule firing three times owes one CRM note), and
 * for every replay of the call, so a receiver that keeps keys sees each duty
 * once. 36 characters of `[0-9a-z-]`, within every vendor's limit on an
 * external id or idempotency key.
 */
export function deliveryKey(id: DeliveryIdentity): string {
  const digest = createHash('sha256').update([id.callId, id.rule, id.kind, id.target ?? '', id.sink].join('\u0000')).digest('hex');
  return `cg1-${digest.slice(0, 32)}`;
}
