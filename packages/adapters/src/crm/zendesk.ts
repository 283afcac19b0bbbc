import type { ZendeskClient } from 'node-zendesk';
import type { DeliveryRecord } from '../outbox/delivery-record.js';
import { DeliveryFailure, type Delivered, type DutySink } from '../outbox/sink.js';
import { httpFailure, networkFailure, vendorMessage } from './http-failure.js';
import { loadSdk } from './load-sdk.js';
import { deliverySummary, keyMarker } from './summary.js';
import { requireField } from './template.js';

/** Settings of {@link ZendeskSink}. */
export interface ZendeskSettings {
  /** The API's address, e.g. `https://acme.zendesk.com/api/v2`. */
  readonly endpointUri: string;
  /** The agent's email address. */
  readonly username: string;
  /** An API token (Admin Center, Apps and integrations, Zendesk API). */
  readonly token: string;
  /** Template of the ticket's id (a number), `{call.id}` by default: the ticket a Talk call made. */
  readonly ticketId: string;
  /** "Now", for a `Retry-After` given as a date. */
  readonly clock: () => Date;
}

/**
 * A private comment on the call's ticket, through node-zendesk
 * (`tickets.update` with `{ticket: {comment: {body, public: false}}}`).
 * Zendesk has no idempotency key for an update, so the sink looks first:
 * a comment already carrying the delivery's key means it arrived.
 */
export class ZendeskSink implements DutySink {
  private loaded: Promise<ZendeskClient> | undefined;

  constructor(private readonly settings: ZendeskSettings) {}

  /** node-zendesk is loaded on the first delivery (an optional peer dependency). Its original errors carry the status (`throwOriginalException`). */
  private client(): Promise<ZendeskClient> {
    const s = this.settings;
    this.loaded ??= loadSdk('zendesk', 'node-zendesk', '6', () => import('node-zendesk')).then(
      ({ createClient }) => createClient({ username: s.username, token: s.token, endpointUri: s.endpointUri, throwOriginalException: true }),
      (e: unknown) => {
        this.loaded = undefined;
        throw e;
      },
    );
    return this.loaded;
  }

  async deliver(record: DeliveryRecord): Promise<Delivered> {
    const ticket = requireField('zendesk', 'ticket id', this.settings.ticketId, record);
    if (!/^\d+$/.test(ticket)) throw new DeliveryFailure('delivery/unmapped', `zendesk: the ticket id \`${ticket}\` (from ${this.settings.ticketId}) is not a number`, 'dead');
    const id = Number(ticket);
    const marker = keyMarker(record.key);
    const client = await this.client();
    let comments: unknown;
    try {
      comments = await client.tickets.getComments(id);
    } catch (e) {
      throw this.failure(e, undefined);
    }
    if (!Array.isArray(comments) || !comments.every(isComment)) throw this.odd(comments);
    if (comments.some((c) => c.body.includes(marker))) return { externalId: `ticket-${id}` };
    let answer: ZendeskAnswer;
    try {
      // node-zendesk's declarations call the parsed body `response`; at run time `response` is the HTTP answer (status, headers).
      answer = (await client.tickets.update(id, { ticket: { comment: { body: deliverySummary(record), public: false } } })) as unknown as ZendeskAnswer;
    } catch (e) {
      throw this.failure(e, undefined);
    }
    const { response, result } = answer;
    if (result instanceof Error || response.status >= 300) throw this.failure(result, response);
    if (typeof result !== 'object' || result === null || typeof (result as { id?: unknown }).id !== 'number') throw this.odd(result);
    return { externalId: `ticket-${id}` };
  }

  /** node-zendesk's error (statusCode and the parsed body as result), or an answer it passed through. */
  private failure(e: unknown, response: ZendeskAnswer['response'] | undefined): DeliveryFailure {
    const status = response?.status ?? (e as { statusCode?: unknown } | undefined)?.statusCode;
    if (typeof status !== 'number') return networkFailure('zendesk', e);
    const body = (e as { result?: unknown } | undefined)?.result;
    const message = body === undefined || body === null ? '' : vendorMessage(JSON.stringify(body));
    return httpFailure('zendesk', status, message, response?.headers.get('retry-after'), this.settings.clock());
  }

  private odd(answer: unknown): DeliveryFailure {
    return new DeliveryFailure('delivery/not-json', `zendesk answered with something that is not the ticket JSON it documents: ${String(JSON.stringify(answer)).slice(0, 200)}`, 'retry');
  }
}

/** What `tickets.update` resolves to at run time: the HTTP answer, and the ticket it parsed (or what it could not). */
interface ZendeskAnswer {
  readonly response: { readonly status: number; readonly headers: { get(name: string): string | null } };
  readonly result: unknown;
}

function isComment(value: unknown): value is { id: number; body: string } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'number' && typeof (value as { body?: unknown }).body === 'string';
}
