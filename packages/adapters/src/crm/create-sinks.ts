import type { DutySink } from '../outbox/sink.js';
import type { IncidentLog } from '../store/incident.js';
import { HubSpotSink } from './hubspot.js';
import { IncidentLogSink } from './incident-log-sink.js';
import { SalesforceSink } from './salesforce.js';
import { ZendeskSink } from './zendesk.js';
import type { SinkSettings } from './sink-settings.js';
import { WebhookSink } from './webhook.js';

/** What sinks may need besides their settings. */
export interface SinkContext {
  /** The store's incident log, for `log` sinks. */
  readonly incidents: IncidentLog;
  /** "Now", for signatures' timestamps and the incident log's entries. */
  readonly clock: () => Date;
}

/**
 * The sinks the configuration names, by name. The local incident log is
 * always there as `log` unless the configuration gives that name to another sink.
 */
export function createSinks(settings: Readonly<Record<string, SinkSettings>>, context: SinkContext): Map<string, DutySink> {
  const sinks = new Map<string, DutySink>([['log', new IncidentLogSink(context.incidents, context.clock)]]);
  for (const [name, s] of Object.entries(settings)) sinks.set(name, createSink(s, context));
  return sinks;
}

function createSink(s: SinkSettings, context: SinkContext): DutySink {
  switch (s.kind) {
    case 'log':
      return new IncidentLogSink(context.incidents, context.clock);
    case 'webhook':
      return new WebhookSink({ url: s.url, secret: s.secret, clock: context.clock });
    case 'salesforce':
      return new SalesforceSink({ ...s, clock: context.clock });
    case 'zendesk':
      return new ZendeskSink({ ...s, clock: context.clock });
    case 'hubspot':
      return new HubSpotSink({ ...s, clock: context.clock });
  }
}
