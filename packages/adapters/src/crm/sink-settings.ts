/**
 * Each sink's settings as the service's configuration gives them: secrets
 * already read from the environment, URLs absolute. Field mappings are
 * templates over the delivery record (`{call.caller_id}`); see docs/duties.md.
 */

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

/** One sink's settings, by kind. */
export type SinkSettings = LogSinkSettings | WebhookSinkSettings;
