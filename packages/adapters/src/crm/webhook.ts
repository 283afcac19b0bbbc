import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DeliveryRecord } from '../outbox/delivery-record.js';
import type { AttemptSignal, Delivered, DutySink } from '../outbox/sink.js';
import { httpFailure, networkFailure, vendorMessage } from './http-failure.js';

/** Settings of {@link WebhookSink}. */
export interface WebhookSettings {
  /** Where records are POSTed. */
  readonly url: string;
  /** The HMAC-SHA256 key the receiver checks signatures with. */
  readonly secret: string;
  /** The signature's timestamp comes from it. */
  readonly clock: () => Date;
}

/** The headers a webhook delivery carries. */
export const WEBHOOK_HEADERS = {
  /** The delivery's idempotency key: the same on every attempt; a receiver keeps it to ignore repeats. */
  key: 'idempotency-key',
  /** Unix seconds when the delivery was signed. */
  timestamp: 'callguard-timestamp',
  /** `v1=` and the hex HMAC-SHA256 of `<timestamp>.<body>`. */
  signature: 'callguard-signature',
} as const;

/** The signature of `body` sent at `timestamp` (Unix seconds), as the `callguard-signature` header carries it. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * A receiver's check of a delivery: the signature matches the body and
 * timestamp, and the timestamp is within `toleranceSeconds` of `now` (the
 * replay window: a captured delivery cannot be replayed later).
 */
export function verifyWebhook(secret: string, headers: { readonly timestamp: string | undefined; readonly signature: string | undefined }, body: string, now: Date, toleranceSeconds = 300): boolean {
  if (headers.timestamp === undefined || headers.signature === undefined || !/^\d+$/.test(headers.timestamp)) return false;
  const timestamp = Number(headers.timestamp);
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(webhookSignature(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * A generic webhook: each record POSTed as JSON, signed with HMAC-SHA256
 * over timestamp and body, with an `Idempotency-Key` header. Any 2xx is
 * success; the rest is classified as every sink's answers are.
 */
export class WebhookSink implements DutySink {
  constructor(private readonly settings: WebhookSettings) {}

  async deliver(record: DeliveryRecord, signal: AttemptSignal): Promise<Delivered> {
    const body = JSON.stringify(record);
    const timestamp = Math.floor(this.settings.clock().getTime() / 1000);
    let response: Response;
    try {
      response = await fetch(this.settings.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [WEBHOOK_HEADERS.key]: record.key,
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: webhookSignature(this.settings.secret, timestamp, body),
        },
        body,
        // The worker's signal is a real AbortSignal; the interface only names what sinks use of it.
        signal: signal as AbortSignal,
      });
    } catch (e) {
      throw networkFailure('the webhook', e);
    }
    const text = await response.text().catch(() => '');
    if (response.ok) return {};
    throw httpFailure('the webhook', response.status, vendorMessage(text), response.headers.get('retry-after'), this.settings.clock());
  }
}
