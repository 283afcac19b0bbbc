import type { AssociationTypes, Client } from '@hubspot/api-client';
import type { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/objects/calls/index.js';
import type { DeliveryRecord } from '../outbox/delivery-record.js';
import { DeliveryFailure, type Delivered, type DutySink } from '../outbox/sink.js';
import { httpFailure, messageOf, networkFailure, vendorMessage } from './http-failure.js';
import { loadSdk } from './load-sdk.js';
import { deliverySummary, deliveryTitle, secondsIntoCall } from './summary.js';
import { fillTemplate } from './template.js';

/** Settings of {@link HubSpotSink}. */
export interface HubSpotSettings {
  /** A private app's access token. */
  readonly accessToken: string;
  /** The API's address; HubSpot's own by default. */
  readonly basePath: string | undefined;
  /** A call engagement (with the call's duration) or a note. */
  readonly engagement: 'call' | 'note';
  /** Template of the contact's id the engagement is associated with; none when it has no value. */
  readonly contactId: string | undefined;
  /** A unique-value property of the engagement holding the idempotency key (`callguard_key`). */
  readonly keyProperty: string;
  /** "Now", for a `Retry-After` given as a date. */
  readonly clock: () => Date;
}

/**
 * A call or note engagement associated with the contact, through
 * `@hubspot/api-client` (`crm.objects.calls.basicApi.create`; every
 * property a string, durations in milliseconds). HubSpot has no
 * idempotency header, so the sink looks the key up first (`getById` with
 * the key property as `idProperty`) and creates only when it is not there.
 */
export class HubSpotSink implements DutySink {
  private loaded: Promise<{ client: Client; types: typeof AssociationTypes; hubspotDefined: AssociationSpecAssociationCategoryEnum }> | undefined;

  constructor(private readonly settings: HubSpotSettings) {}

  /** The SDK is loaded on the first delivery (an optional peer dependency). Retries are the worker's, with the outbox's backoff and attempt count. */
  private sdk() {
    const s = this.settings;
    this.loaded ??= loadSdk('hubspot', '@hubspot/api-client', '14', () =>
      Promise.all([import('@hubspot/api-client'), import('@hubspot/api-client/lib/codegen/crm/objects/calls/index.js')]),
    ).then(
      ([sdk, calls]) => ({
        client: new sdk.Client({ accessToken: s.accessToken, numberOfApiCallRetries: 0, ...(s.basePath !== undefined && { basePath: s.basePath }) }),
        types: sdk.AssociationTypes,
        hubspotDefined: calls.AssociationSpecAssociationCategoryEnum.HubspotDefined,
      }),
      (e: unknown) => {
        this.loaded = undefined;
        throw e;
      },
    );
    return this.loaded;
  }

  async deliver(record: DeliveryRecord): Promise<Delivered> {
    const s = this.settings;
    const { client, types, hubspotDefined } = await this.sdk();
    const api = s.engagement === 'call' ? client.crm.objects.calls.basicApi : client.crm.objects.notes.basicApi;
    try {
      const found: unknown = await api.getById(record.key, [s.keyProperty], undefined, undefined, false, s.keyProperty);
      return { externalId: engagementId(found) };
    } catch (e) {
      if ((e as { code?: unknown }).code !== 404) throw this.failure(e);
    }
    const at = record.event.at;
    const properties: Record<string, string> =
      s.engagement === 'call'
        ? {
            hs_timestamp: at,
            hs_call_title: deliveryTitle(record),
            hs_call_body: deliverySummary(record),
            hs_call_duration: String(secondsIntoCall(record) * 1000),
            hs_call_direction: 'INBOUND',
            hs_call_status: 'COMPLETED',
            [s.keyProperty]: record.key,
          }
        : { hs_timestamp: at, hs_note_body: deliverySummary(record), [s.keyProperty]: record.key };
    const contact = s.contactId === undefined ? undefined : fillTemplate(s.contactId, record);
    const associations =
      contact === undefined || contact === ''
        ? []
        : [
            {
              to: { id: contact },
              types: [
                {
                  associationCategory: hubspotDefined,
                  associationTypeId: s.engagement === 'call' ? types.callToContact : types.noteToContact,
                },
              ],
            },
          ];
    let created: unknown;
    try {
      created = await api.create({ properties, associations });
    } catch (e) {
      throw this.failure(e);
    }
    return { externalId: engagementId(created) };
  }

  /** The SDK's ApiException carries the status, the parsed body and the headers; anything else never got an answer it could read. */
  private failure(e: unknown): DeliveryFailure {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'number') {
      const message = messageOf(e);
      if (/mediaType|JSON|Unexpected token/i.test(message)) {
        return new DeliveryFailure('delivery/not-json', `hubspot answered with something that is not JSON: ${message}`, 'retry');
      }
      return networkFailure('hubspot', e);
    }
    const body = (e as { body?: unknown }).body;
    const headers = (e as { headers?: Record<string, string> }).headers ?? {};
    const message = typeof body === 'string' ? vendorMessage(body) : body === undefined ? '' : vendorMessage(JSON.stringify(body));
    return httpFailure('hubspot', code, message, headers['retry-after'], this.settings.clock());
  }
}

/** The id of the engagement HubSpot answered with; an answer without one was not the JSON HubSpot documents. */
function engagementId(answer: unknown): string {
  const id = typeof answer === 'object' && answer !== null ? (answer as { id?: unknown }).id : undefined;
  if (typeof id === 'string' && id !== '') return id;
  throw new DeliveryFailure('delivery/not-json', `hubspot answered with something that is not an engagement: ${String(JSON.stringify(answer)).slice(0, 200)}`, 'retry');
}
