import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Service } from '@callguard/server';
import { describe, expect, it } from 'vitest';
import { captureIo } from '../capture-io.js';
import { serveCommand, type ServeOptions } from './serve.js';

const root = join(import.meta.dirname, '../../../..');
const env = { CALLGUARD_API_TOKEN: 'local-token', TWILIO_AUTH_TOKEN: 'twilio-token' };

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
