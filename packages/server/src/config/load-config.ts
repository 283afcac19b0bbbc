/**
 * Reads `callguard.yaml`: YAML, then its JSON Schema, then what a schema
 * cannot say (environment variables set). Every mistake is a diagnostic at
 * the YAML line and column it is about. Whether a behaviour a Contact Lens
 * rule maps to is one the policies know is checked once they are loaded
 * (`unknownConnectBehaviours`).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LogError, readSigningKey } from '@callguard/adapters/log';
import { Source, diagnostic, type Diagnostic } from '@callguard/dsl';
import { Ajv, type ErrorObject } from 'ajv';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { CodeOf } from '@callguard/contract';
import schema from './config.schema.json' with { type: 'json' };
import { readDuties } from './duties-config.js';
import type { Auth, DecisionLogSettings, RawConfig, ServiceConfig } from './types.js';

/** The outcome of reading a configuration: the config when there is no error, and every mistake found. */
export interface ConfigResult {
  readonly config: ServiceConfig | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** The environment variables a configuration may read. */
export type Env = Readonly<Record<string, string | undefined>>;

let validate: ReturnType<Ajv['compile']> | undefined;

/**
 * Reads and checks the configuration file `file` (relative paths in it are
 * relative to its folder); diagnostics name it `shown`.
 */
export function readConfig(file: string, env: Env, shown = file): ConfigResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const source = new Source('', shown);
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot be read (${String((e as Error).message)})`;
    return { config: undefined, diagnostics: [problem('config/cannot-read', `${shown}: ${why}`, source, 0, 0)] };
  }
  return parseConfig(text, shown, dirname(resolve(file)), env);
}

/** Checks configuration text; `name` is shown in diagnostics, `baseDir` anchors relative policy paths. */
export function parseConfig(text: string, name: string, baseDir: string, env: Env): ConfigResult {
  const source = new Source(text, name);
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      config: undefined,
      diagnostics: doc.errors.map((e) => problem('config/not-yaml', e.message.split('\n')[0] ?? e.message, source, e.pos[0], e.pos[1])),
    };
  }
  const raw: unknown = doc.toJS();
  validate ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validate(raw)) {
    // An `if` only says its `then` failed; the `then`'s own error says what is missing.
    const all = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
    // A value that fits none of a oneOf's shapes gets one message saying what the shapes are, not one per shape.
    const unions = all.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
    const errors = all.filter((e) => e.keyword === 'oneOf' || !unions.some((p) => e.instancePath.startsWith(p)));
    return { config: undefined, diagnostics: dedupe(errors.map((e) => schemaProblem(e, doc, source))) };
  }
  const config = raw as RawConfig;
  const diagnostics: Diagnostic[] = [];
  const at = (path: readonly (string | number)[], key = false) => span(doc, path, key);
  const envValue = (path: readonly (string | number)[], variable: string | undefined, fallback?: string): string | undefined => {
    const name = variable ?? fallback;
    if (name === undefined) return undefined;
    const value = env[name];
    if (value === undefined || value === '') {
      const [start, end] = at(path);
      diagnostics.push(problem('config/missing-env', `environment variable ${name} is not set`, source, start, end, `set ${name} before starting the service`));
    }
    return value;
  };
  const auth = readAuth(config.auth ?? 'none', (setting, variable) => envValue(['auth', setting], variable));
  const twilio = config.twilio;
  const twilioToken = twilio === undefined ? undefined : envValue(twilio.authTokenEnv === undefined ? ['twilio'] : ['twilio', 'authTokenEnv'], twilio.authTokenEnv, 'TWILIO_AUTH_TOKEN');
  const path = (p: string) => resolve(baseDir, p);
  const decisionLog = readDecisionLog(config.decisionLog, path, envValue, (setting, message, help) => {
    const [start, end] = at(['decisionLog', setting]);
    diagnostics.push(problem('config/invalid', message, source, start, end, help));
  });
  const duties =
    config.duties === undefined
      ? undefined
      : readDuties(config.duties, {
          path,
          env: (where, variable) => envValue(where, variable),
          invalid(where, message, help, key) {
            const [start, end] = at(where, key);
            diagnostics.push(problem('config/invalid', message, source, start, end, help));
          },
        });
  if (diagnostics.length > 0) return { config: undefined, diagnostics };
  return {
    config: {
      host: config.server?.host ?? '127.0.0.1',
      port: config.server?.port ?? 8080,
      bodyLimitBytes: config.server?.bodyLimitBytes ?? 65_536,
      requestTimeoutMs: config.server?.requestTimeoutMs ?? 10_000,
      logLevel: config.server?.logLevel ?? 'info',
      auth,
      policies: {
        default: path(config.policies.default),
        queues: Object.fromEntries(Object.entries(config.policies.queues ?? {}).map(([q, f]) => [q, path(f)])),
        watch: config.policies.watch ?? true,
      },
      store: { ttlSeconds: config.store?.ttlSeconds ?? 3600, idleTtlSeconds: config.store?.idleTtlSeconds ?? 86_400 },
      twilio:
        twilio === undefined
          ? undefined
          : {
              publicBaseUrl: twilio.publicBaseUrl.replace(/\/+$/, ''),
              authToken: twilioToken ?? '',
              accountSid: env[twilio.accountSidEnv ?? 'TWILIO_ACCOUNT_SID'] || undefined,
              apiBaseUrl: twilio.apiBaseUrl,
              customerTrack: twilio.customerTrack ?? 'inbound_track',
              agentQueue: twilio.agentQueue ?? 'support',
              supervisorQueue: twilio.supervisorQueue ?? 'supervisor',
              languageCode: twilio.languageCode,
              recordings: twilio.recordings ?? {},
            },
      connect:
        config.connect === undefined
          ? undefined
          : { region: config.connect.region, endpoint: config.connect.endpoint, stopContact: config.connect.stopContact ?? true, rules: config.connect.rules ?? {} },
      decisionLog,
      duties,
    },
    diagnostics: [],
  };
}

/** The decision log's settings with its signing key read and checked; problems are reported through `invalid`. */
function readDecisionLog(
  raw: RawConfig['decisionLog'],
  path: (p: string) => string,
  envValue: (at: readonly (string | number)[], variable: string) => string | undefined,
  invalid: (setting: string, message: string, help?: string) => void,
): DecisionLogSettings | undefined {
  if (raw === undefined) return undefined;
  if (raw.keyFile !== undefined && raw.keyFileEnv !== undefined) {
    invalid('keyFileEnv', 'decisionLog: give keyFile or keyFileEnv, not both', 'keep the one that says where the signing key is');
    return undefined;
  }
  // keyFile is relative to the configuration, a path from the environment to the working folder.
  const fromEnv = raw.keyFileEnv === undefined ? undefined : envValue(['decisionLog', 'keyFileEnv'], raw.keyFileEnv);
  const keyPath = raw.keyFile === undefined ? (fromEnv === undefined ? undefined : resolve(fromEnv)) : path(raw.keyFile);
  let key: string | undefined;
  if (keyPath !== undefined) {
    try {
      key = readSigningKey(keyPath);
    } catch (e) {
      if (!(e instanceof LogError)) throw e;
      invalid(raw.keyFile === undefined ? 'keyFileEnv' : 'keyFile', `decisionLog: ${e.message}`, 'name an ed25519 private key in PEM, e.g. made with `openssl genpkey -algorithm ed25519`');
    }
  }
  return { path: path(raw.path), key, keepText: raw.keepText ?? false, checkpointEvery: raw.checkpointEvery ?? 100 };
}

function readAuth(auth: NonNullable<RawConfig['auth']>, secret: (setting: string, variable: string) => string | undefined): Auth {
  if (auth === 'none') return { kind: 'none' };
  if ('bearerTokenEnv' in auth) return { kind: 'bearer', token: secret('bearerTokenEnv', auth.bearerTokenEnv) ?? '' };
  return { kind: 'hmac', secret: secret('hmacSecretEnv', auth.hmacSecretEnv) ?? '', toleranceSeconds: auth.toleranceSeconds ?? 300 };
}

function problem(code: CodeOf<'config'>, message: string, source: Source, start: number, end: number, help?: string): Diagnostic {
  return diagnostic(code, 'error', message, { source, start, end: Math.max(end, start) }, help === undefined ? {} : { help });
}

/** Turns one ajv error into a diagnostic at the value (or, for an unknown setting, the key) it is about. */
function schemaProblem(error: ErrorObject, doc: Document, source: Source): Diagnostic {
  const path = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const where = path.length === 0 ? 'the configuration' : path.join('.');
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const key = String(params['additionalProperty']);
    const [start, end] = span(doc, [...path, key], true);
    return problem('config/invalid', `${where}: unknown setting \`${key}\``, source, start, end, 'remove it, or check its spelling against docs/service.md');
  }
  const [start, end] = span(doc, path, false);
  if (error.keyword === 'required') return problem('config/invalid', `${where}: \`${String(params['missingProperty'])}\` is required`, source, start, end);
  if (error.keyword === 'enum') {
    return problem('config/invalid', `${where} must be one of ${(params['allowedValues'] as unknown[]).join(', ')}`, source, start, end);
  }
  if (error.keyword === 'pattern' && path.at(-1) === 'behaviour') {
    return problem('config/invalid', `${where}: \`${String(doc.getIn(path))}\` is not a behaviour name`, source, start, end, 'a built-in behaviour such as `profanity`, or one the policies declare: letters, digits and `_`');
  }
  if (error.keyword === 'oneOf') return problem('config/invalid', `${where} must be \`none\`, { bearerTokenEnv: NAME } or { hmacSecretEnv: NAME }`, source, start, end);
  return problem('config/invalid', `${where} ${error.message ?? 'is not valid'}`, source, start, end);
}

/** The offsets of the value at `path` (or of its key), falling back to the nearest enclosing node. */
function span(doc: Document, path: readonly (string | number)[], key: boolean): [number, number] {
  let node: unknown = doc.contents;
  let found: [number, number] = [0, 0];
  for (const segment of path) {
    if (isSeq(node)) {
      const item = typeof segment === 'number' || /^\d+$/.test(segment) ? (node.items[Number(segment)] as Node | undefined) : undefined;
      const range = item?.range;
      if (item === undefined || range === undefined || range === null) break;
      found = [range[0], isScalar(item) ? range[1] : range[0]];
      node = item;
      continue;
    }
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
    if (pair === undefined) break;
    const keyNode = pair.key as Node;
    if (keyNode.range) found = [keyNode.range[0], keyNode.range[1]];
    if (key && segment === path[path.length - 1]) return found;
    node = pair.value;
    const range = (node as Node | null)?.range;
    if (range) found = isScalar(node) ? [range[0], range[1]] : found;
  }
  return found;
}

function dedupe(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.span.start}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
