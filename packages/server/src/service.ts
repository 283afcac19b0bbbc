/**
 * Puts the service together from its configuration: policies (watched for
 * edits), the call store, metrics, the HTTP app and the adapters' routes;
 * and takes it apart again, finishing the requests in flight.
 */
import { ConnectContacts, TranscriptDetector, TwilioLiveCalls } from '@callguard/adapters';
import { formatDiagnostic, type Diagnostic } from '@callguard/dsl';
import type { Decision } from '@callguard/engine';
import type { FastifyInstance } from 'fastify';
import { CallService } from './calls/call-service.js';
import { openDecisionLogHook } from './calls/decision-log-hook.js';
import type { ServiceConfig } from './config/types.js';
import { buildApp } from './http/app.js';
import { callRoutes } from './http/call-routes.js';
import { unknownConnectBehaviours } from './connect/behaviours.js';
import { connectRoutes, decideContactFlow } from './connect/routes.js';
import { registerDutyMetrics } from './http/duty-metrics.js';
import { createMetrics } from './http/metrics.js';
import { openServiceDuties } from './duties/service-duties.js';
import { PolicySet, loadPolicies, type ReloadResult } from './policies/policy-set.js';
import { versionReleaser } from './policies/version-releaser.js';
import { watchPolicyFiles, type StopWatching } from './policies/watch.js';
import type { CallStore } from './store/call-store.js';
import { MemoryCallStore } from './store/memory-store.js';
import { twilioRoutes } from './twilio/routes.js';

/** What {@link createService} may be given besides the configuration. */
export interface ServiceOptions {
  /** The clock, in ms since 1970; the machine's by default. */
  readonly now?: () => number;
  /** Another call store; in-memory by default. */
  readonly store?: CallStore;
  /** Where JSON logs go, a line per write; standard output by default. */
  readonly logStream?: LogStream;
  /** Jitter for delivery retries, in [0, 1); `Math.random` by default. */
  readonly random?: () => number;
  /** Credentials for Amazon Connect's API; the AWS SDK's default chain (environment, role) by default. */
  readonly awsCredentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

/** Anything logs can be written to. */
export interface LogStream {
  /** Takes one JSON log line. */
  write(line: string): unknown;
}

/** A request sent through the service in-process, with no network (tests, embedding). */
export interface InjectedRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS';
  /** Path and query, e.g. `/v1/calls/c-1`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly payload?: string;
}

/** The service's answer to an {@link InjectedRequest}. */
export interface InjectedResponse {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string | string[] | number | undefined>>;
  readonly body: string;
  /** The body parsed as JSON (typed `any`: the caller knows the route's shape). */
  json(): any;
}

/** A running (or ready to run) decision service. */
export interface Service {
  readonly calls: CallService;
  readonly policies: PolicySet;
  /** Checks the policy files again and swaps them in if they have no errors (also done on every file change). */
  reloadPolicies(): ReloadResult;
  /** Answers an Amazon Connect contact-flow event with the flat string map the flow branches on (`connectContactFlowHandler`). */
  contactFlow(event: unknown): Promise<Record<string, string>>;
  /** Answers a request in-process, exactly as over the network. */
  inject(request: InjectedRequest): Promise<InjectedResponse>;
  /** Starts listening; resolves to the address. */
  listen(): Promise<string>;
  /** Stops taking requests, finishes those in flight, and releases everything. */
  close(): Promise<void>;
}

/** Thrown by {@link createService} when the policies cannot be loaded. */
export class PolicyLoadError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(`the policies have errors:\n\n${diagnostics.map((d) => formatDiagnostic(d)).join('\n\n')}`);
    this.name = 'PolicyLoadError';
  }
}

/** Builds the service described by `config`. Throws {@link PolicyLoadError} when a policy has errors. */
export function createService(config: ServiceConfig, options: ServiceOptions = {}): Service {
  const now = options.now ?? Date.now;
  const first = loadPolicies(config.policies);
  if (!first.ok) throw new PolicyLoadError(first.diagnostics);
  const policies = new PolicySet(config.policies, first);
  // Ended calls are swept out about as often as they expire, so memory follows the calls in progress.
  const store = options.store ?? new MemoryCallStore({ now, sweepMs: Math.min(60_000, config.store.ttlSeconds * 1000) });
  const metrics = createMetrics({ openCalls: () => store.openCalls(), policyVersions: () => policies.loaded });
  let closing = false;
  const app = buildApp({ ...config, ...(options.logStream === undefined ? {} : { logStream: options.logStream }), metrics, now, closing: () => closing });
  const log = app.log;
  const decisionLog = config.decisionLog === undefined ? undefined : openDecisionLogHook(config.decisionLog);
  if (config.decisionLog !== undefined && config.decisionLog.key === undefined) log.warn({ decisionLog: config.decisionLog.path }, 'decision log checkpoints are unsigned: no keyFile or keyFileEnv');
  for (const w of first.warnings) log.warn({ code: w.code }, formatDiagnostic(w));
  const duties =
    config.duties === undefined
      ? undefined
      : openServiceDuties(config.duties, {
          clock: () => new Date(now()),
          random: options.random ?? Math.random,
          onError: (error) => log.error({ err: error }, 'duty delivery failed; retrying at the next poll'),
        });
  if (duties !== undefined) registerDutyMetrics(metrics.registry, () => duties.counts());
  const calls = new CallService({
    policies,
    store,
    now,
    ttlMs: config.store.ttlSeconds * 1000,
    idleTtlMs: config.store.idleTtlSeconds * 1000,
    observer: {
      decided(callId, decisions, record, events) {
        // Before the answer: a decision's duties are durable before anyone acts on it.
        duties?.keep(callId, decisions, record);
        decisionLog?.decided(callId, events, decisions, record.ended);
        metrics.decided(decisions);
        for (const d of decisions) logDecision(log, callId, d, record.policy.hash);
        if (record.ended && policies.keepsRetired) releaser.run();
      },
    },
  });
  const releaser = versionReleaser(policies, calls, store, log);
  const reloadPolicies = (): ReloadResult => {
    const result = policies.reload();
    metrics.reloaded(result.swapped ? 'swapped' : 'refused');
    if (result.swapped) {
      log.info({ serving: result.serving }, 'policies reloaded');
      warnUnknownConnectBehaviours();
      releaser.run();
    } else log.error({ serving: result.serving, diagnostics: result.diagnostics.map((d) => formatDiagnostic(d)) }, 'policy edit refused; the previous version keeps serving');
    return result;
  };
  function warnUnknownConnectBehaviours(): void {
    for (const problem of unknownConnectBehaviours(config.connect?.rules ?? {}, policies.servingGeneration())) log.warn({ code: 'event/unknown-behaviour' }, problem);
  }
  warnUnknownConnectBehaviours();
  const files = [config.policies.default, ...Object.values(config.policies.queues)];
  const stopWatching: StopWatching = config.policies.watch ? watchPolicyFiles(files, reloadPolicies) : () => {};
  callRoutes(app, calls, metrics, () => ({ policies: policies.serving() }));
  const twilio = config.twilio;
  if (twilio !== undefined) {
    const live =
      twilio.accountSid === undefined ? undefined : new TwilioLiveCalls({ accountSid: twilio.accountSid, authToken: twilio.authToken, apiBaseUrl: twilio.apiBaseUrl });
    twilioRoutes(app, { calls, settings: twilio, detector: new TranscriptDetector(), live, now });
  }
  const connect = config.connect;
  const contacts =
    connect === undefined || !connect.stopContact ? undefined : new ConnectContacts({ region: connect.region, endpoint: connect.endpoint, credentials: options.awsCredentials });
  if (connect !== undefined) connectRoutes(app, { calls, settings: connect, contacts, now });
  log.info({ serving: policies.serving() }, 'policies loaded');

  return {
    calls,
    policies,
    reloadPolicies,
    contactFlow: (event) => decideContactFlow(calls, event, now),
    async inject(request) {
      const response = await app.inject(request);
      return { statusCode: response.statusCode, headers: response.headers, body: response.body, json: () => JSON.parse(response.body) };
    },
    async listen() {
      const address = await app.listen({ host: config.host, port: config.port });
      duties?.start();
      return address;
    },
    async close() {
      closing = true;
      stopWatching();
      await app.close();
      contacts?.close();
      await duties?.close();
      await store.close();
      decisionLog?.close();
    },
  };
}

/** One log line per decision: every one at debug, those that ask for something at info. */
function logDecision(log: FastifyInstance['log'], callId: string, d: Decision, hash: string): void {
  const level = d.action === 'continue' && d.duties.length === 0 ? 'debug' : 'info';
  log[level]({ callId, policy: hash, seq: d.event.seq, event: d.event.type, action: d.action, rule: d.rule?.id, step: d.step, ended: d.ended }, 'decision');
}
