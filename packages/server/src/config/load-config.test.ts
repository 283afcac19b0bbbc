import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '@callguard/dsl';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/helpers.js';
import { parseConfig, readConfig } from './load-config.js';

const check = (text: string, env: Record<string, string> = {}) => parseConfig(text, 'callguard.yaml', '/srv', env);
const shown = (text: string, env: Record<string, string> = {}) => check(text, env).diagnostics.map((d) => formatDiagnostic(d).split('\n')[0]);

describe('callguard.yaml', () => {
  it('reads the example with its defaults, paths beside it and the token from the environment', () => {
    const { config, diagnostics } = readConfig(join(ROOT, 'examples/callguard.yaml'), {
      CALLGUARD_API_TOKEN: 't0ken',
      TWILIO_AUTH_TOKEN: 'tw',
      CALLGUARD_WEBHOOK_URL: 'https://hooks.example.com/callguard',
      CALLGUARD_WEBHOOK_SECRET: 'whsec',
    });
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      auth: { kind: 'bearer', token: 't0ken' },
      policies: { default: join(ROOT, 'examples/policies/warn-then-end.policy'), queues: { billing: join(ROOT, 'examples/policies/acme-billing.policy') } },
      store: { ttlSeconds: 3600 },
      twilio: { publicBaseUrl: 'https://callguard.example.com', authToken: 'tw', accountSid: undefined, customerTrack: 'inbound_track' },
      connect: { region: 'eu-west-2', stopContact: false, rules: { 'Customer-Threat': { behaviour: 'threat', confidence: 0.95 } } },
      duties: {
        store: join(ROOT, 'examples/callguard.db'),
        sinks: { 'crm-webhook': { kind: 'webhook', url: 'https://hooks.example.com/callguard', secret: 'whsec' } },
        routes: [{ duties: ['*'], to: 'log' }, { to: 'crm-webhook' }],
        delivery: { maxAttempts: 8, backoffMs: 1000, maxBackoffMs: 3_600_000, timeoutMs: 5000, leaseMs: 10_000, pollMs: 1000 },
      },
    });
  });

  it('names an unknown setting at its key, with line and column', () => {
    expect(shown('policies:\n  default: a.policy\nserver:\n  prot: 80\n')).toEqual(['callguard.yaml:4:3: error[config/invalid]: server: unknown setting `prot`']);
  });

  it('names a mistyped value at the value', () => {
    expect(shown('policies:\n  default: a.policy\nserver:\n  port: eighty\n')).toEqual(['callguard.yaml:4:9: error[config/invalid]: server.port must be integer']);
  });

  it('names a missing setting at its parent', () => {
    expect(shown('policies:\n  queues: {}\n')).toEqual(['callguard.yaml:1:1: error[config/invalid]: policies: `default` is required']);
  });

  it('says what auth may be', () => {
    expect(shown('policies:\n  default: a.policy\nauth:\n  token: abc\n')[0]).toBe(
      'callguard.yaml:3:1: error[config/invalid]: auth must be `none`, { bearerTokenEnv: NAME } or { hmacSecretEnv: NAME }',
    );
  });

  it('reports YAML syntax errors where they are', () => {
    expect(shown('policies:\n  default: [a.policy\n')[0]).toMatch(/^callguard\.yaml:\d+:\d+: error\[config\/not-yaml\]: /);
  });

  it('requires the environment variables it names, at the setting that names them', () => {
    const text = 'policies:\n  default: a.policy\nauth:\n  bearerTokenEnv: API_TOKEN\n';
    expect(shown(text)).toEqual(['callguard.yaml:4:19: error[config/missing-env]: environment variable API_TOKEN is not set']);
    expect(check(text, { API_TOKEN: 'x' }).config?.auth).toEqual({ kind: 'bearer', token: 'x' });
  });

  it('takes any behaviour name a Contact Lens rule may map to, built in or declared, and refuses what is not a name', () => {
    const rules = (behaviour: string) => `policies:\n  default: a.policy\nconnect:\n  region: eu-west-2\n  rules:\n    Abuse: { behaviour: ${behaviour} }\n`;
    expect(check(rules('insults_staff')).config?.connect?.rules).toEqual({ Abuse: { behaviour: 'insults_staff' } });
    expect(shown(rules('"staff insult"'))).toEqual(['callguard.yaml:6:25: error[config/invalid]: connect.rules.Abuse.behaviour: `staff insult` is not a behaviour name']);
  });

  it('says so when the file cannot be read', () => {
    expect(readConfig('/nonexistent/callguard.yaml', {}, 'missing.yaml').diagnostics.map((d) => d.message)).toEqual(['missing.yaml: no such file']);
  });

  it('has a schema that every setting in the example is described by', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'packages/server/src/config/config.schema.json'), 'utf8'));
    expect(Object.keys(schema.properties)).toEqual(['server', 'auth', 'policies', 'store', 'twilio', 'connect', 'decisionLog', 'duties']);
  });
});

describe('callguard.yaml: duties', () => {
  const base = 'policies:\n  default: a.policy\nduties:\n  store: duties.db\n';

  it('routes every duty to the local incident log by default, with the delivery defaults', () => {
    expect(check(base).config?.duties).toEqual({
      store: '/srv/duties.db',
      sinks: {},
      routes: [{ duties: ['*'], to: 'log' }],
      delivery: { maxAttempts: 8, backoffMs: 1000, maxBackoffMs: 3_600_000, timeoutMs: 10_000, leaseMs: 30_000, pollMs: 1000 },
    });
  });

  it('names an unknown duty kind and an unknown sink at their lines', () => {
    const text = `${base}  routes:\n    - duties: [document, note]\n      to: crm\n`;
    expect(shown(text)).toEqual([
      'callguard.yaml:6:26: error[config/invalid]: duties.routes[0]: `note` is not a duty kind',
      'callguard.yaml:7:11: error[config/invalid]: duties.routes[0].to: no sink named `crm`',
    ]);
  });

  it('asks for the secrets a webhook needs, at their lines', () => {
    expect(shown(`${base}  sinks:\n    hook:\n      kind: webhook\n      urlEnv: HOOK_URL\n`)).toEqual(['callguard.yaml:6:5: error[config/invalid]: duties.sinks.hook: `secretEnv` is required']);
    expect(shown(`${base}  sinks:\n    hook:\n      kind: webhook\n      urlEnv: HOOK_URL\n      secretEnv: HOOK_SECRET\n`, { HOOK_URL: 'https://h.example.com' })).toEqual([
      'callguard.yaml:9:18: error[config/missing-env]: environment variable HOOK_SECRET is not set',
    ]);
    expect(shown(`${base}  sinks:\n    hook:\n      kind: webhook\n      secretEnv: HOOK_SECRET\n`, { HOOK_SECRET: 's' })).toEqual([
      'callguard.yaml:6:5: error[config/invalid]: duties.sinks.hook: give the webhook sink\'s address as `url` or `urlEnv`',
    ]);
  });

  it('reads the CRM sinks with their secrets from the environment and their mappings\' defaults', () => {
    const text = `${base}  sinks:
    sf:
      kind: salesforce
      url: https://acme.my.salesforce.com/
      tokenEnv: SF_TOKEN
      fields: { Type: Call }
    zd:
      kind: zendesk
      urlEnv: ZD_URL
      usernameEnv: ZD_USER
      tokenEnv: ZD_TOKEN
    hs:
      kind: hubspot
      tokenEnv: HS_TOKEN
      engagement: note
`;
    const env = { SF_TOKEN: 'sf', ZD_URL: 'https://acme.zendesk.com/api/v2', ZD_USER: 'agent@acme.example', ZD_TOKEN: 'zd', HS_TOKEN: 'hs' };
    expect(check(text, env).config?.duties?.sinks).toEqual({
      sf: { kind: 'salesforce', instanceUrl: 'https://acme.my.salesforce.com', accessToken: 'sf', apiVersion: '62.0', object: 'Task', externalIdField: 'CallGuard_Key__c', whoId: '{call.caller_id}', fields: { Type: 'Call' } },
      zd: { kind: 'zendesk', endpointUri: 'https://acme.zendesk.com/api/v2', username: 'agent@acme.example', token: 'zd', ticketId: '{call.id}' },
      hs: { kind: 'hubspot', accessToken: 'hs', basePath: undefined, engagement: 'note', contactId: '{call.caller_id}', keyProperty: 'callguard_key' },
    });
    expect(shown(text, { ...env, ZD_USER: '' })).toEqual(['callguard.yaml:14:20: error[config/missing-env]: environment variable ZD_USER is not set']);
  });

  it('names a setting another kind of sink takes at its key, and what the kind takes', () => {
    const d = check(`${base}  sinks:\n    zd:\n      kind: zendesk\n      url: https://acme.zendesk.com/api/v2\n      usernameEnv: U\n      tokenEnv: T\n      whoId: '{call.caller_id}'\n`, { U: 'u', T: 't' }).diagnostics;
    expect(d.map((x) => formatDiagnostic(x).split('\n')[0])).toEqual(['callguard.yaml:11:7: error[config/invalid]: duties.sinks.zd: `whoId` is not a setting of a zendesk sink']);
    expect(d[0]!.help).toBe('a zendesk sink takes url, urlEnv, usernameEnv, tokenEnv, ticketId');
    expect(shown(`${base}  sinks:\n    sf:\n      kind: salesforce\n      url: https://acme.my.salesforce.com\n`)).toEqual(['callguard.yaml:6:5: error[config/invalid]: duties.sinks.sf: `tokenEnv` is required']);
  });

  it('names an unknown sink kind, and a lease shorter than an attempt', () => {
    expect(shown(`${base}  sinks:\n    crm:\n      kind: dynamics\n`)).toEqual(['callguard.yaml:7:13: error[config/invalid]: duties.sinks.crm.kind must be one of log, webhook, salesforce, zendesk, hubspot']);
    expect(shown(`${base}  delivery:\n    timeoutMs: 5000\n    leaseMs: 4000\n`)).toEqual([
      'callguard.yaml:7:14: error[config/invalid]: duties.delivery.leaseMs (4000) must be longer than timeoutMs (5000)',
    ]);
  });
});
