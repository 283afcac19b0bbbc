/** `duties:` in `callguard.yaml`: what schema validation cannot check (duty kinds, sink names, secrets), and the defaults. */
import { DEFAULT_ROUTES, type DutyRoute, type SinkSettings } from '@callguard/adapters';
import { DUTIES } from '@callguard/dsl';
import type { DeliverySettings, DutiesConfig, RawDutiesConfig, RawSink } from './types.js';

/** A path in the YAML document, for a diagnostic's position. */
export type ConfigPath = readonly (string | number)[];

/** What reading `duties:` needs from the configuration reader. */
export interface DutiesReader {
  /** An absolute path for one relative to the configuration file. */
  readonly path: (file: string) => string;
  /** The environment variable's value; a diagnostic at `at` when it is not set. */
  readonly env: (at: ConfigPath, variable: string) => string | undefined;
  /** Reports a mistake at `at` (at its key when `key`). */
  readonly invalid: (at: ConfigPath, message: string, help?: string, key?: boolean) => void;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** The `duties:` section ready to use; mistakes go to `reader.invalid`. */
export function readDuties(raw: RawDutiesConfig, reader: DutiesReader): DutiesConfig {
  const sinks: Record<string, SinkSettings> = {};
  for (const [name, sink] of Object.entries(raw.sinks ?? {})) {
    const settings = readSink(sink, ['duties', 'sinks', name], reader);
    if (settings !== undefined) sinks[name] = settings;
  }
  const names = ['log', ...Object.keys(raw.sinks ?? {})];
  const routes: DutyRoute[] = (raw.routes ?? []).map((route, i) => {
    route.duties.forEach((kind, j) => {
      if (kind !== '*' && !(DUTIES as readonly string[]).includes(kind)) {
        reader.invalid(['duties', 'routes', i, 'duties', j], `duties.routes[${i}]: \`${kind}\` is not a duty kind`, `use \`*\` or one of ${DUTIES.join(', ')}`);
      }
    });
    if (!names.includes(route.to)) reader.invalid(['duties', 'routes', i, 'to'], `duties.routes[${i}].to: no sink named \`${route.to}\``, `name one of ${names.join(', ')}, or define it under duties.sinks`);
    return { duties: route.duties as DutyRoute['duties'], to: route.to, ...(route.at !== undefined && { at: route.at }) };
  });
  const timeoutMs = raw.delivery?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const delivery: DeliverySettings = {
    maxAttempts: raw.delivery?.maxAttempts ?? 8,
    backoffMs: raw.delivery?.backoffMs ?? 1000,
    maxBackoffMs: raw.delivery?.maxBackoffMs ?? 3_600_000,
    timeoutMs,
    leaseMs: raw.delivery?.leaseMs ?? timeoutMs + 20_000,
    pollMs: raw.delivery?.pollMs ?? 1000,
  };
  if (delivery.leaseMs <= timeoutMs) {
    reader.invalid(['duties', 'delivery', 'leaseMs'], `duties.delivery.leaseMs (${delivery.leaseMs}) must be longer than timeoutMs (${timeoutMs})`, 'a claim must outlast the attempt it covers, or two workers may attempt at once');
  }
  return { store: reader.path(raw.store), sinks, routes: routes.length === 0 ? [...DEFAULT_ROUTES] : routes, delivery };
}

/** The settings each kind of sink takes besides `kind`. */
const SETTINGS: Readonly<Record<RawSink['kind'], readonly (keyof RawSink)[]>> = {
  log: [],
  webhook: ['url', 'urlEnv', 'secretEnv'],
  salesforce: ['url', 'urlEnv', 'tokenEnv', 'apiVersion', 'object', 'externalIdField', 'whoId', 'fields'],
  zendesk: ['url', 'urlEnv', 'usernameEnv', 'tokenEnv', 'ticketId'],
  hubspot: ['url', 'urlEnv', 'tokenEnv', 'engagement', 'contactId', 'keyProperty'],
};

function readSink(sink: RawSink, at: ConfigPath, reader: DutiesReader): SinkSettings | undefined {
  const allowed = SETTINGS[sink.kind];
  const wrong = (Object.keys(sink) as (keyof RawSink)[]).filter((k) => k !== 'kind' && !allowed.includes(k));
  for (const k of wrong) reader.invalid([...at, k], `${at.join('.')}: \`${k}\` is not a setting of a ${sink.kind} sink`, allowed.length === 0 ? 'remove it' : `a ${sink.kind} sink takes ${allowed.join(', ')}`, true);
  if (wrong.length > 0) return undefined;
  const secret = (setting: 'secretEnv' | 'tokenEnv' | 'usernameEnv') => reader.env([...at, setting], sink[setting] ?? '');
  switch (sink.kind) {
    case 'log':
      return { kind: 'log' };
    case 'webhook': {
      const url = address(sink, at, reader, true);
      const key = secret('secretEnv');
      return url === undefined || key === undefined ? undefined : { kind: 'webhook', url, secret: key };
    }
    case 'salesforce': {
      const instanceUrl = address(sink, at, reader, true);
      const accessToken = secret('tokenEnv');
      if (instanceUrl === undefined || accessToken === undefined) return undefined;
      return {
        kind: 'salesforce',
        instanceUrl,
        accessToken,
        apiVersion: sink.apiVersion ?? '62.0',
        object: sink.object ?? 'Task',
        externalIdField: sink.externalIdField ?? 'CallGuard_Key__c',
        whoId: sink.whoId ?? '{call.caller_id}',
        fields: sink.fields ?? {},
      };
    }
    case 'zendesk': {
      const endpointUri = address(sink, at, reader, true);
      const username = secret('usernameEnv');
      const token = secret('tokenEnv');
      if (endpointUri === undefined || username === undefined || token === undefined) return undefined;
      return { kind: 'zendesk', endpointUri, username, token, ticketId: sink.ticketId ?? '{call.id}' };
    }
    case 'hubspot': {
      const basePath = address(sink, at, reader, false);
      const accessToken = secret('tokenEnv');
      if (accessToken === undefined) return undefined;
      return { kind: 'hubspot', accessToken, basePath, engagement: sink.engagement ?? 'call', contactId: sink.contactId ?? '{call.caller_id}', keyProperty: sink.keyProperty ?? 'callguard_key' };
    }
  }
}

/** The sink's address from `url` or `urlEnv` (one, not both); undefined, after a diagnostic when it is required, when there is none. */
function address(sink: RawSink, at: ConfigPath, reader: DutiesReader, required: boolean): string | undefined {
  if (sink.url !== undefined && sink.urlEnv !== undefined) {
    reader.invalid(at, `${at.join('.')}: give the ${sink.kind} sink's address as \`url\` or \`urlEnv\`, not both`);
    return undefined;
  }
  if (sink.url === undefined && sink.urlEnv === undefined) {
    if (required) reader.invalid(at, `${at.join('.')}: give the ${sink.kind} sink's address as \`url\` or \`urlEnv\``);
    return undefined;
  }
  const url = sink.url ?? reader.env([...at, 'urlEnv'], sink.urlEnv ?? '');
  if (url !== undefined && !/^https?:\/\//.test(url)) {
    reader.invalid([...at, 'urlEnv'], `${sink.urlEnv ?? 'url'} must be an http(s) URL, not \`${url}\``);
    return undefined;
  }
  return url?.replace(/\/+$/, '');
}
