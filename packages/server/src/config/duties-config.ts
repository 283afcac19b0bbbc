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
  /** Reports a mistake at `at`. */
  readonly invalid: (at: ConfigPath, message: string, help?: string) => void;
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

function readSink(sink: RawSink, at: ConfigPath, reader: DutiesReader): SinkSettings | undefined {
  switch (sink.kind) {
    case 'log':
      return { kind: 'log' };
    case 'webhook': {
      if ((sink.url === undefined) === (sink.urlEnv === undefined)) {
        reader.invalid(at, `${at.join('.')}: give the webhook's address as \`url\` or \`urlEnv\`, not both or neither`);
        return undefined;
      }
      const url = sink.url ?? reader.env([...at, 'urlEnv'], sink.urlEnv ?? '');
      const secret = reader.env([...at, 'secretEnv'], sink.secretEnv ?? '');
      if (url !== undefined && !/^https?:\/\//.test(url)) reader.invalid([...at, 'urlEnv'], `${sink.urlEnv ?? 'url'} must be an http(s) URL, not \`${url}\``);
      return url === undefined || secret === undefined ? undefined : { kind: 'webhook', url, secret };
    }
  }
}
