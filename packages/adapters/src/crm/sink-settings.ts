/**
 * Each sink's settings as the service's configuration gives them: secrets
 * already read from the environment, URLs absolute. Field mappings are
 * templates over the delivery record (`{call.caller_id}`); see docs/duties.md.
 */

import type { HubSpotSettings } from './hubspot.js';
import type { SalesforceSettings } from './salesforce.js';
import type { ZendeskSettings } from './zendesk.js';

/** The store's own incident log. */
export interface LogSinkSettings {
  readonly kind: 'log';
}

/** A signed JSON webhook. */
export interface WebhookSinkSettings {
  readonly kind: 'webhook';
  readonly url: string;
  readonly secret: string;
}

/** A Task per duty in Salesforce (jsforce). */
export interface SalesforceSinkSettings extends Omit<SalesforceSettings, 'clock'> {
  readonly kind: 'salesforce';
}

/** A private comment per duty on a Zendesk ticket (node-zendesk). */
export interface ZendeskSinkSettings extends Omit<ZendeskSettings, 'clock'> {
  readonly kind: 'zendesk';
}

/** A call or note engagement per duty in HubSpot (@hubspot/api-client). */
export interface HubSpotSinkSettings extends Omit<HubSpotSettings, 'clock'> {
  readonly kind: 'hubspot';
}

/** One sink's settings, by kind. */
export type SinkSettings = LogSinkSettings | WebhookSinkSettings | SalesforceSinkSettings | ZendeskSinkSettings | HubSpotSinkSettings;
