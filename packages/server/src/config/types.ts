/** The configuration as `callguard.yaml` spells it (config.schema.json), before defaults and secrets. */
import type { DeliverAt, DutyRoute, SinkSettings } from '@callguard/adapters';

/** How callers of `/v1/calls` and `/v1/connect` authenticate. */
export type AuthSettings = 'none' | { readonly bearerTokenEnv: string } | { readonly hmacSecretEnv: string; readonly toleranceSeconds?: number };

/** A Contact Lens rule's meaning. */
export interface ConnectRuleSettings {
  readonly behaviour: string;
  readonly confidence?: number;
  readonly speaker?: 'customer' | 'agent';
}

/** `callguard.yaml`, as written. */
export interface RawConfig {
  readonly server?: {
    readonly host?: string;
    readonly port?: number;
    readonly bodyLimitBytes?: number;
    readonly requestTimeoutMs?: number;
    readonly logLevel?: string;
  };
  readonly auth?: AuthSettings;
  readonly policies: { readonly default: string; readonly queues?: Readonly<Record<string, string>>; readonly watch?: boolean };
  readonly store?: { readonly kind?: 'memory'; readonly ttlSeconds?: number; readonly idleTtlSeconds?: number };
  readonly twilio?: {
    readonly publicBaseUrl: string;
    readonly authTokenEnv?: string;
    readonly accountSidEnv?: string;
    readonly apiBaseUrl?: string;
    readonly customerTrack?: 'inbound_track' | 'outbound_track';
    readonly agentQueue?: string;
    readonly supervisorQueue?: string;
    readonly languageCode?: string;
    readonly recordings?: Readonly<Record<string, string>>;
  };
  readonly connect?: {
    readonly region: string;
    readonly endpoint?: string;
    readonly stopContact?: boolean;
    readonly rules?: Readonly<Record<string, ConnectRuleSettings>>;
  };
  readonly decisionLog?: {
    readonly path: string;
    readonly keyFile?: string;
    readonly keyFileEnv?: string;
    readonly keepText?: boolean;
    readonly checkpointEvery?: number;
  };
  readonly duties?: RawDutiesConfig;
}

/** `duties:` as written: sinks name the environment variables holding their secrets. */
export interface RawDutiesConfig {
  readonly store: string;
  readonly sinks?: Readonly<Record<string, RawSink>>;
  readonly routes?: readonly { readonly duties: readonly string[]; readonly to: string; readonly at?: DeliverAt }[];
  readonly delivery?: Partial<DeliverySettings>;
}

/** One sink as written (config.schema.json's `sink`). */
export interface RawSink {
  readonly kind: SinkSettings['kind'];
  readonly url?: string;
  readonly urlEnv?: string;
  readonly secretEnv?: string;
  readonly tokenEnv?: string;
  readonly usernameEnv?: string;
  readonly apiVersion?: string;
  readonly object?: string;
  readonly externalIdField?: string;
  readonly whoId?: string;
  readonly fields?: Readonly<Record<string, string>>;
  readonly ticketId?: string;
  readonly engagement?: 'call' | 'note';
  readonly contactId?: string;
  readonly keyProperty?: string;
}

/** How the delivery worker runs. */
export interface DeliverySettings {
  readonly maxAttempts: number;
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
  readonly timeoutMs: number;
  readonly leaseMs: number;
  readonly pollMs: number;
}

/** `duties:` ready to use: the store's absolute path, sinks with their secrets, routes checked. */
export interface DutiesConfig {
  readonly store: string;
  readonly sinks: Readonly<Record<string, SinkSettings>>;
  readonly routes: readonly DutyRoute[];
  readonly delivery: DeliverySettings;
}

/** Authentication with its secret read from the environment. */
export type Auth =
  | { readonly kind: 'none' }
  | { readonly kind: 'bearer'; readonly token: string }
  | { readonly kind: 'hmac'; readonly secret: string; readonly toleranceSeconds: number };

/** Twilio settings with defaults filled in and secrets read. */
export interface TwilioSettings {
  readonly publicBaseUrl: string;
  readonly authToken: string;
  /** Needed only to update live calls over the REST API. */
  readonly accountSid: string | undefined;
  readonly apiBaseUrl: string | undefined;
  readonly customerTrack: 'inbound_track' | 'outbound_track';
  readonly agentQueue: string;
  readonly supervisorQueue: string;
  readonly languageCode: string | undefined;
  readonly recordings: Readonly<Record<string, string>>;
}

/** Amazon Connect settings with defaults filled in. */
export interface ConnectSettings {
  readonly region: string;
  readonly endpoint: string | undefined;
  readonly stopContact: boolean;
  readonly rules: Readonly<Record<string, ConnectRuleSettings>>;
}

/** The decision log's settings: path absolute, signing key read. */
export interface DecisionLogSettings {
  readonly path: string;
  /** The ed25519 private key as PEM; undefined: checkpoints are unsigned. */
  readonly key: string | undefined;
  readonly keepText: boolean;
  readonly checkpointEvery: number;
}

/** The service's configuration, ready to use: defaults filled in, paths absolute, secrets read. */
export interface ServiceConfig {
  readonly host: string;
  readonly port: number;
  readonly bodyLimitBytes: number;
  readonly requestTimeoutMs: number;
  readonly logLevel: string;
  readonly auth: Auth;
  /** Absolute policy paths: the default, and one per queue. */
  readonly policies: { readonly default: string; readonly queues: Readonly<Record<string, string>>; readonly watch: boolean };
  readonly store: { readonly ttlSeconds: number; readonly idleTtlSeconds: number };
  readonly twilio: TwilioSettings | undefined;
  readonly connect: ConnectSettings | undefined;
  /** Where every decision is appended; undefined: no decision log. */
  readonly decisionLog?: DecisionLogSettings | undefined;
  /** Where owed duties are kept and delivered; undefined: the service keeps no duties. */
  readonly duties: DutiesConfig | undefined;
}
