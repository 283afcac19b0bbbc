import type { Connection } from 'jsforce';
import type { DeliveryRecord } from '../outbox/delivery-record.js';
import { DeliveryFailure, type Delivered, type DutySink } from '../outbox/sink.js';
import { httpFailure, messageOf, networkFailure } from './http-failure.js';
import { loadSdk } from './load-sdk.js';
import { fillTemplate } from './template.js';
import { deliverySummary, deliveryTitle, secondsIntoCall } from './summary.js';

/** Settings of {@link SalesforceSink}. */
export interface SalesforceSettings {
  /** The org's instance URL, e.g. `https://acme.my.salesforce.com`. */
  readonly instanceUrl: string;
  /** An OAuth access token (from a connected app's flow). */
  readonly accessToken: string;
  /** The REST API version, e.g. `62.0`. */
  readonly apiVersion: string;
  /** The object made: `Task` by default. */
  readonly object: string;
  /** The object's external id field holding the idempotency key (`CallGuard_Key__c`): the delivery is an upsert on it. */
  readonly externalIdField: string;
  /** Template of the contact or lead the task is about (`WhoId`); left out when it has no value. */
  readonly whoId: string | undefined;
  /** More fields, each a template over the record; they override the defaults. */
  readonly fields: Readonly<Record<string, string>>;
  /** "Now", for a `Retry-After` given as a date. */
  readonly clock: () => Date;
}

/** Codes that mean the credentials are wrong, expired or not allowed to use the API. */
const CREDENTIALS = new Set(['INVALID_SESSION_ID', 'INVALID_AUTH_HEADER', 'INVALID_LOGIN', 'API_DISABLED_FOR_ORG', 'INSUFFICIENT_ACCESS', 'INSUFFICIENT_ACCESS_OR_READONLY']);
/** Codes that mean the object, field or record named does not exist. */
const UNKNOWN = new Set(['NOT_FOUND', 'INVALID_TYPE', 'ENTITY_IS_DELETED', 'INVALID_FIELD', 'INVALID_CROSS_REFERENCE_KEY', 'MALFORMED_ID']);
/** Codes Salesforce documents as a refusal of the record itself (a 4xx): sending it again gets the same answer. */
const REFUSED = new Set([
  'REQUIRED_FIELD_MISSING',
  'FIELD_CUSTOM_VALIDATION_EXCEPTION',
  'FIELD_INTEGRITY_EXCEPTION',
  'INVALID_FIELD_FOR_INSERT_UPDATE',
  'INVALID_TYPE_ON_FIELD_IN_RECORD',
  'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
  'INVALID_ID_FIELD',
  'INVALID_OPERATION',
  'STRING_TOO_LONG',
  'NUMBER_OUTSIDE_VALID_RANGE',
  'DUPLICATE_VALUE',
  'DUPLICATES_DETECTED',
  'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY',
  'JSON_PARSER_ERROR',
  'METHOD_NOT_ALLOWED',
  'MULTIPLE_CHOICES',
  'MULTIPLE_API_ERRORS',
]);

/**
 * A call-logging Task on the contact, through jsforce: an upsert on the
 * external id field (PATCH `/sobjects/Task/<field>/<key>`), Salesforce's own
 * idempotency mechanism, so a second attempt updates the task the first made.
 */
export class SalesforceSink implements DutySink {
  private connection: Promise<Connection> | undefined;

  constructor(private readonly settings: SalesforceSettings) {}

  /** jsforce is loaded on the first delivery (an optional peer dependency). */
  private connect(): Promise<Connection> {
    const s = this.settings;
    this.connection ??= loadSdk('salesforce', 'jsforce', '3.10.16', () => import('jsforce')).then(
      ({ Connection }) => new Connection({ instanceUrl: s.instanceUrl, accessToken: s.accessToken, version: s.apiVersion }),
      (e: unknown) => {
        this.connection = undefined;
        throw e;
      },
    );
    return this.connection;
  }

  async deliver(record: DeliveryRecord): Promise<Delivered> {
    const s = this.settings;
    const due = record.duty.due;
    const whoId = s.whoId === undefined ? undefined : fillTemplate(s.whoId, record);
    const task: Record<string, string | number> = {
      Subject: deliveryTitle(record),
      Status: due === undefined ? 'Completed' : 'Not Started',
      Priority: 'Normal',
      TaskSubtype: 'Call',
      CallType: 'Inbound',
      CallDurationInSeconds: secondsIntoCall(record),
      CallObject: record.call.id,
      ActivityDate: (due ?? record.event.at).slice(0, 10),
      Description: deliverySummary(record),
      ...(whoId !== undefined && whoId !== '' && { WhoId: whoId }),
    };
    for (const [field, template] of Object.entries(s.fields)) {
      const value = fillTemplate(template, record);
      if (value !== undefined) task[field] = value;
    }
    task[s.externalIdField] = record.key;
    const connection = await this.connect();
    let result: unknown;
    try {
      result = await connection.sobject(s.object).upsert(task, s.externalIdField);
    } catch (e) {
      throw salesforceFailure(e, s.clock());
    }
    if (typeof result !== 'object' || result === null || (result as { success?: unknown }).success !== true) {
      throw new DeliveryFailure('delivery/not-json', `salesforce answered with something that is not a save result: ${String(JSON.stringify(result)).slice(0, 200)}`, 'retry');
    }
    const id = (result as { id?: unknown }).id;
    return { externalId: typeof id === 'string' ? id : undefined };
  }
}

/**
 * jsforce throws an error named by Salesforce's `errorCode` (or
 * `ERROR_HTTP_<status>` when the body had none), without the status, so the
 * code decides: refusals are dead-lettered, anything else is retried.
 */
function salesforceFailure(e: unknown, now: Date): DeliveryFailure {
  const code = (e as { errorCode?: unknown }).errorCode;
  if (typeof code !== 'string') return networkFailure('salesforce', e);
  const message = messageOf(e).split('\n')[0] ?? '';
  const status = /^ERROR_HTTP_(\d{3})$/.exec(code)?.[1];
  if (status !== undefined) return httpFailure('salesforce', Number(status), message, undefined, now);
  const said = `salesforce answered ${code}: ${message}`;
  if (code === 'REQUEST_LIMIT_EXCEEDED') return new DeliveryFailure('delivery/rate-limited', said, 'retry');
  if (CREDENTIALS.has(code)) return new DeliveryFailure('delivery/unauthorized', `${said} (check the sink's credentials)`, 'dead');
  if (UNKNOWN.has(code)) return new DeliveryFailure('delivery/not-found', `${said} (check the object and fields the sink's mapping names)`, 'dead');
  if (REFUSED.has(code)) return new DeliveryFailure('delivery/rejected', said, 'dead');
  // SERVER_UNAVAILABLE, UNABLE_TO_LOCK_ROW, UNKNOWN_EXCEPTION (a 500), and codes not listed: the upsert is safe to repeat.
  return new DeliveryFailure('delivery/unavailable', said, 'retry');
}
