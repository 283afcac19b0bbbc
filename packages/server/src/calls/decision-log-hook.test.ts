import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLogReader, sha256, verifyLog } from '@callguard/adapters/log';
import { afterEach, describe, expect, it } from 'vitest';
import { after, calm, NOW, policyFolder, started, swearing } from '../../test/helpers.js';
import { parseConfig } from '../config/load-config.js';
import { createService, type Service } from '../service.js';
import { MemoryCallStore } from '../store/memory-store.js';

let running: Service | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** A policy folder with an ed25519 key pair and a configuration that logs decisions, signed with that key. */
function loggingSetup(extra = '') {
  const { dir } = policyFolder();
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'log-key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const text = `server:\n  port: 0\n  logLevel: silent\npolicies:\n  default: policy.policy\n  watch: false\ndecisionLog:\n  path: decisions.db\n  keyFile: log-key.pem\n  checkpointEvery: 3\n${extra}`;
  const { config, diagnostics } = parseConfig(text, 'callguard.yaml', dir, {});
  expect(diagnostics).toEqual([]);
  return { config: config!, dir, publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

describe('the decision service with a decision log', () => {
  it('appends every decision over loopback, in the order it answered, and the log verifies', async () => {
    const { config, dir, publicKey } = loggingSetup();
    const service = createService(config, { now: () => NOW });
    running = service;
    const origin = new URL(await service.listen()).origin;
    const post = async (callId: string, body: unknown) => {
      const response = await fetch(`${origin}/v1/calls/${callId}/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as { decisions?: { event: { seq: number }; action: string; policy: { hash: string } }[] } };
    };
    const said = { ...swearing(after(10)), text: 'what the customer said' };
    const sent: { callId: string; event: unknown }[] = [];
    const answered: { callId: string; decision: unknown }[] = [];
    const send = async (callId: string, events: unknown[]) => {
      const { status, body } = await post(callId, events.length === 1 ? events[0] : events);
      if (status !== 200) return status;
      for (const event of events) sent.push({ callId, event });
      for (const decision of body.decisions ?? []) answered.push({ callId, decision });
      return status;
    };
    expect(await send('a', [started('a')])).toBe(200);
    expect(await send('b', [started('b', after(1))])).toBe(200);
    expect(await send('a', [calm(after(5)), said])).toBe(200);
    // A refused batch decides nothing, so nothing is logged.
    expect(await send('b', [swearing(after(6), 1.5)])).toBe(400);
    for (let i = 1; i <= 3; i++) expect(await send('b', [swearing(after(10 + i))])).toBe(200);
    expect(answered.map((a) => (a.decision as { action: string }).action)).toEqual(['continue', 'continue', 'continue', 'warn', 'warn', 'warn', 'escalate']);
    await service.close();
    running = undefined;

    const reader = openLogReader(join(dir, 'decisions.db'));
    const entries = reader.entries();
    const checkpoints = reader.checkpoints();
    reader.close();
    expect(entries.map((e) => [e.callId, JSON.parse(e.decision)])).toEqual(answered.map((a) => [a.callId, a.decision]));
    expect(entries.map((e) => e.eventHash)).toEqual(sent.map((s) => sha256(JSON.stringify(s.event))));
    const policy = (answered[0]!.decision as { policy: { name: string; version: string; hash: string } }).policy;
    for (const e of entries) expect([e.policyName, e.policyVersion, e.policyHash]).toEqual([policy.name, policy.version, policy.hash]);
    // What the customer said is not kept unless the configuration asks.
    expect(entries.map((e) => e.event).join('\n')).not.toContain('what the customer said');
    expect(checkpoints.map((c) => c.seq)).toEqual([3, 6, 7]);
    const verdict = verifyLog(entries, checkpoints, publicKey);
    expect(verdict).toMatchObject({ ok: true, entries: 7, checkpoints: 3, problems: [] });
  });

  it('logs a redelivered event once, whether retried alone or in a batch with new ones, also after a restart', async () => {
    const { config, dir, publicKey } = loggingSetup();
    const post = (service: Service, body: unknown) =>
      service.inject({ method: 'POST', url: '/v1/calls/a/events', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    const first = { ...swearing(after(5)), id: 'a-1' };
    const second = { ...swearing(after(6)), id: 'a-2' };
    // One store for both processes, as a shared store would be.
    const store = new MemoryCallStore({ now: () => NOW, sweepMs: 60_000 });
    let service = createService(config, { now: () => NOW, store });
    running = service;
    await post(service, started('a'));
    await post(service, first);
    expect((await post(service, first)).statusCode).toBe(200);
    await service.close();
    // A new process reads what the log already has.
    service = createService(config, { now: () => NOW, store });
    running = service;
    const batch = await post(service, [first, second]);
    expect(batch.json().decisions.map((d: { event: { seq: number } }) => d.event.seq)).toEqual([1, 2]);
    await service.close();
    running = undefined;
    const reader = openLogReader(join(dir, 'decisions.db'));
    const entries = reader.entries();
    const checkpoints = reader.checkpoints();
    reader.close();
    expect(entries.map((e) => (JSON.parse(e.decision) as { event: { seq: number } }).event.seq)).toEqual([0, 1, 2]);
    expect(verifyLog(entries, checkpoints, publicKey)).toMatchObject({ ok: true, entries: 3 });
  });

  it('keeps what was said when keepText is set', async () => {
    const { config, dir } = loggingSetup('  keepText: true\n');
    const service = createService(config, { now: () => NOW });
    running = service;
    await service.inject({ method: 'POST', url: '/v1/calls/a/events', headers: { 'content-type': 'application/json' }, payload: JSON.stringify([started('a'), { ...calm(after(2)), text: 'hello there' }]) });
    await service.close();
    running = undefined;
    const reader = openLogReader(join(dir, 'decisions.db'));
    expect(reader.entries()[1]?.event).toContain('hello there');
    reader.close();
  });
});

describe('decisionLog in callguard.yaml', () => {
  const dir = mkdtempSync(join(tmpdir(), 'callguard-log-config-'));
  const shown = (log: string, env: Record<string, string> = {}) =>
    parseConfig(`policies:\n  default: a.policy\ndecisionLog:\n${log}`, 'callguard.yaml', dir, env).diagnostics.map((d) => d.message);

  it('reads the key from a file named by an environment variable, and requires the variable', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const keyFile = join(dir, 'key.pem');
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const text = `policies:\n  default: a.policy\ndecisionLog:\n  path: d.db\n  keyFileEnv: LOG_KEY\n`;
    expect(parseConfig(text, 'callguard.yaml', dir, { LOG_KEY: keyFile }).config?.decisionLog).toMatchObject({ path: join(dir, 'd.db'), keepText: false, checkpointEvery: 100 });
    expect(parseConfig(text, 'callguard.yaml', dir, { LOG_KEY: keyFile }).config?.decisionLog?.key).toContain('PRIVATE KEY');
    expect(shown('  path: d.db\n  keyFileEnv: LOG_KEY\n')).toEqual(['environment variable LOG_KEY is not set']);
  });

  it('refuses a key that is not an ed25519 private key, and both ways of naming one', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    writeFileSync(join(dir, 'rsa.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    expect(shown('  path: d.db\n  keyFile: rsa.pem\n')[0]).toMatch(/^decisionLog: .*rsa\.pem: the key is rsa, not ed25519$/);
    expect(shown('  path: d.db\n  keyFile: k.pem\n  keyFileEnv: LOG_KEY\n')).toEqual(['decisionLog: give keyFile or keyFileEnv, not both']);
  });
});
