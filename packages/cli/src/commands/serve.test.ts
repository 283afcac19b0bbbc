import { copyFileSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Service } from '@callguard/server';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { captureIo } from '../capture-io.js';
import { serveCommand, type ServeOptions } from './serve.js';

const root = join(import.meta.dirname, '../../../..');
const env = { CALLGUARD_API_TOKEN: 'local-token', TWILIO_AUTH_TOKEN: 'twilio-token', CALLGUARD_WEBHOOK_URL: 'http://127.0.0.1:9/duties', CALLGUARD_WEBHOOK_SECRET: 'whsec' };

function serve(options: Partial<ServeOptions>, cwd = root) {
  const io = captureIo(cwd);
  const code = serveCommand({ checkConfig: false, ...options }, io, { env, onStopSignal: () => {} });
  return { code, io };
}

describe('callguard serve --check-config', () => {
  it('says which policy serves which queue', () => {
    const { code, io } = serve({ config: 'examples/callguard.yaml', checkConfig: true });
    expect(io.stderr()).toBe('');
    expect(code).toBe(0);
    expect(io.stdout()).toMatch(/^ok examples\/callguard\.yaml\n {2}default: acme-standard 3\.2\.0 \([0-9a-f]{12}\)\n {2}billing: acme-billing 3\.2\.1 .*\n {2}patients: cedar-never-hang-up 1\.0\.0 .*\n$/);
  });

  it('reports a configuration mistake at its line and column, with the file as typed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-serve-cli-'));
    writeFileSync(join(dir, 'callguard.yaml'), 'policies:\n  default: p.policy\nservr: {}\n');
    const { code, io } = serve({ config: 'callguard.yaml', checkConfig: true }, dir);
    expect(code).toBe(1);
    expect(io.stderr()).toMatch(/^callguard\.yaml:3:1: error\[config\/invalid\]: the configuration: unknown setting `servr`\n/);
  });

  it('reports the errors of a policy the configuration names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-serve-cli-'));
    writeFileSync(join(dir, 'callguard.yaml'), 'policies:\n  default: p.policy\n');
    writeFileSync(join(dir, 'p.policy'), 'policy "p" {\n  version "1.0.0"\n  rule r { when customer shouting do warn }\n}\n');
    const { code, io } = serve({ config: 'callguard.yaml', checkConfig: true }, dir);
    expect(code).toBe(1);
    expect(io.stderr()).toMatch(/p\.policy:3:\d+: error\[check\/unknown-behaviour\]/);
  });

  it('needs exactly one of --config and --policy', () => {
    const { code, io } = serve({});
    expect(code).toBe(1);
    expect(io.stderr()).toBe('callguard serve: give either --config <file> or --policy <file|dir>\n');
  });
});

describe('callguard serve', () => {
  it('serves a quick start from --policy until a stop signal', async () => {
    const io = captureIo(root);
    let stop: () => void = () => {};
    const started = new Promise<{ service: Service; address: string }>((resolve) => {
      const code = serveCommand({ policy: 'examples/policies/warn-then-end.policy', port: 0, checkConfig: false }, io, {
        env,
        onStopSignal: (s) => (stop = s),
        started: (service, address) => resolve({ service, address }),
      });
      expect(code).toBe(0);
    });
    const { service, address } = await started;
    const response = await fetch(`${address}/v1/calls/c1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'call_started', at: '2026-12-01T09:00:00Z', call: { id: 'c1' } }),
    });
    expect(response.status).toBe(200);
    expect(io.stderr()).toContain(`callguard serving on ${address}`);
    stop();
    await service.close();
    expect(io.stderr()).toContain('stopping; finishing the requests in flight');
  });
});

/** A folder holding examples/callguard.yaml unchanged and the example policies, so the duty store it creates stays out of the repository. */
function exampleCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'callguard-serve-example-'));
  copyFileSync(join(root, 'examples/callguard.yaml'), join(dir, 'callguard.yaml'));
  symlinkSync(join(root, 'examples/policies'), join(dir, 'policies'));
  return dir;
}

describe('callguard serve --config examples/callguard.yaml', () => {
  it('answers Twilio with TwiML when signed and 403 when not, Amazon Connect with a flat map, and serves /metrics', async () => {
    const io = captureIo(exampleCopy());
    let stop: () => void = () => {};
    const { service, address } = await new Promise<{ service: Service; address: string }>((resolve) => {
      serveCommand({ config: 'callguard.yaml', port: 0, checkConfig: false }, io, {
        env,
        onStopSignal: (s) => (stop = s),
        started: (service, address) => resolve({ service, address }),
      });
    });
    const form = (path: string, fields: Record<string, string>, signed = true) =>
      fetch(`${address}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...(signed ? { 'x-twilio-signature': twilio.getExpectedTwilioSignature(env.TWILIO_AUTH_TOKEN, `https://callguard.example.com${path}`, fields) } : {}),
        },
        body: new URLSearchParams(fields).toString(),
      });
    const call = { AccountSid: 'AC0123456789abcdef0123456789abcdef', CallSid: 'CA0123456789abcdef0123456789abcdef' };
    expect((await form('/v1/twilio/voice', { ...call, CallStatus: 'ringing', From: '+447700900123', To: '+442071234567' })).status).toBe(200);
    const transcript = {
      ...call,
      TranscriptionSid: 'GT0123456789abcdef0123456789abcdef',
      Timestamp: '2026-12-01T09:00:40Z',
      SequenceId: '1',
      TranscriptionEvent: 'transcription-content',
      Track: 'inbound_track',
      TranscriptionData: '{"transcript":"You are a useless fucking idiot","confidence":0.95}',
      Final: 'true',
    };
    const signed = await form('/v1/twilio/transcription', transcript);
    expect(signed.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(await signed.text()).toMatch(/<Response><Say>.*<\/Say><Enqueue>support<\/Enqueue><\/Response>$/);
    expect((await form('/v1/twilio/transcription', { ...transcript, SequenceId: '2' }, false)).status).toBe(403);

    const json = (path: string, body: unknown) =>
      fetch(`${address}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${env.CALLGUARD_API_TOKEN}` }, body: JSON.stringify(body) });
    const instance = 'arn:aws:connect:eu-west-2:123456789012:instance/c8c0e68d-2200-4265-82c0-6f0a1b2c3d4e';
    const contactFlow = {
      Name: 'ContactFlowEvent',
      Details: {
        ContactData: { Attributes: {}, Channel: 'VOICE', ContactId: 'contact-1', InitialContactId: 'contact-1', InitiationMethod: 'INBOUND', InstanceARN: instance, PreviousContactId: 'contact-1', Queue: { ARN: `${instance}/queue/q1`, Name: 'billing' }, CustomerEndpoint: null, SystemEndpoint: null, MediaStreams: { Customer: { Audio: null } } },
        Parameters: {},
      },
    };
    expect(await (await json('/v1/connect/contact-flow', contactFlow)).json()).toMatchObject({ callguard_action: 'continue', callguard_policy: 'acme-billing' });
    const rule = {
      version: '0', id: 'e1', 'detail-type': 'Contact Lens Realtime Rules Matched', source: 'aws.connect', account: '123456789012', time: '2026-12-03T09:00:40Z', region: 'eu-west-2', resources: [],
      detail: { version: '1.0', ruleName: 'Customer-Threat', actionName: 'GenerateEventBridgeEvent', instanceArn: instance, contactArn: `${instance}/contact/contact-1` },
    };
    const matched = await json('/v1/connect/events', rule);
    expect(matched.status).toBe(200);
    expect(((await matched.json()) as { decisions: unknown[] }).decisions).toHaveLength(1);
    const metrics = await (await fetch(`${address}/metrics`)).text();
    expect(metrics).toContain('callguard_events_total{type="utterance"} 2');
    stop();
    await service.close();
  });
});
