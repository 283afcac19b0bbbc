/** Shared set-up for the service's tests: a policy folder of its own, a configuration, events. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { ServiceConfig } from '../src/config/types.js';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '../../..');

/** The fixed clock of the tests: a day in the examples' calls. */
export const NOW = Date.parse('2026-12-01T09:00:00Z');

/** A fresh folder holding a copy of the warn-then-end example policy as `policy.policy`. */
export function policyFolder(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'callguard-serve-'));
  const file = join(dir, 'policy.policy');
  copyFileSync(join(ROOT, 'examples/policies/warn-then-end.policy'), file);
  return { dir, file };
}

/** Rewrites the policy's `version "..."` line, which changes its hash. */
export function bumpVersion(file: string, version: string): void {
  writeFileSync(file, readFileSync(file, 'utf8').replace(/version "[^"]+"/, `version "${version}"`));
}

/** A configuration for tests: the policy in `file`, no watching, port 0, quiet logs. */
export function testConfig(file: string, overrides: Partial<ServiceConfig> = {}): ServiceConfig {
  return {
    host: '127.0.0.1',
    port: 0,
    bodyLimitBytes: 65_536,
    requestTimeoutMs: 10_000,
    logLevel: 'info',
    auth: { kind: 'none' },
    policies: { default: file, queues: {}, watch: false },
    store: { ttlSeconds: 3600, idleTtlSeconds: 86_400 },
    twilio: undefined,
    connect: undefined,
    duties: undefined,
    ...overrides,
  };
}

/** A log stream that keeps every JSON line written to it. */
export function logLines(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, lines: () => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

/** `call_started` for call `id` at `at`. */
export const started = (id: string, at = '2026-12-01T09:00:00Z', queue?: string) => ({
  type: 'call_started',
  at,
  call: queue === undefined ? { id } : { id, queue },
});

/** A customer utterance with profanity at the given confidence. */
export const swearing = (at: string, confidence = 0.95) => ({ type: 'utterance', at, speaker: 'customer', signals: { profanity: confidence } });

/** A quiet customer utterance. */
export const calm = (at: string) => ({ type: 'utterance', at, speaker: 'customer', signals: {} });

/** `at` seconds after 09:00:00 on the test day. */
export const after = (seconds: number) => new Date(NOW + seconds * 1000).toISOString();
