// Done-when of duty delivery: the service runs with examples/callguard.yaml
// (copied unchanged beside a link to the example policies, so the store it
// creates stays out of the repository), its webhook sink pointed at a local
// receiver. The example calls are replayed through it; the receiver is down
// at first, then the service is killed with SIGKILL while a delivery is in
// flight (the receiver has taken it but not answered), and started again.
// Every owed duty must arrive exactly once, counted by idempotency key.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deliveryKey, routeDuty, verifyWebhook } from '../../packages/adapters/src/index.js';
import type { Decision } from '../../packages/contract/src/index.js';
import { readConfig } from '../../packages/server/src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeApi, type Answer, type FakeApi, type Received } from '../../packages/adapters/test/fake-api.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'packages/cli/dist/bin.js');
const SECRET = 'e2e-webhook-secret';
const TOKEN = 'e2e-token';
const CALLS = readdirSync(join(root, 'examples/calls')).filter((f) => f.endsWith('.jsonl')).sort();

/** The receiving side: verifies each delivery and keeps each key once. */
class Receiver {
  /** How many times each key was taken in (the receiver's "exactly once"). */
  readonly accepted = new Map<string, number>();
  /** Every request, duplicates included. */
  readonly requests: Received[] = [];
  badSignatures = 0;
  mode: 'down' | 'hold-next' | 'up' = 'down';
  /** Resolves when a delivery has been taken in and left unanswered. */
  held: Promise<string>;
  private release!: (key: string) => void;

  constructor() {
    this.held = new Promise((resolve) => (this.release = resolve));
  }

  answer(request: Received): Answer {
    this.requests.push(request);
    const ok = verifyWebhook(SECRET, { timestamp: header(request, 'callguard-timestamp'), signature: header(request, 'callguard-signature') }, request.body, new Date());
    if (!ok) {
      this.badSignatures++;
      return { status: 401, body: { message: 'bad signature' } };
    }
    if (this.mode === 'down') return { status: 503, body: '<html>maintenance</html>' };
    const key = header(request, 'idempotency-key') ?? '';
    const seen = this.accepted.has(key);
    if (!seen) this.accepted.set(key, 1);
    if (this.mode === 'hold-next') {
      this.mode = 'up';
      this.release(key);
      return 'hang';
    }
    return { status: seen ? 200 : 201, body: { received: key, duplicate: seen } };
  }
}

function header(request: Received, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

let dir: string;
let api: FakeApi;
let receiver: Receiver;
let service: ChildProcess | undefined;

async function startService(): Promise<string> {
  const child = spawn(process.execPath, [bin, 'serve', '--config', join(dir, 'callguard.yaml'), '--port', '0'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', CALLGUARD_API_TOKEN: TOKEN, TWILIO_AUTH_TOKEN: 'unused', CALLGUARD_WEBHOOK_URL: `${api.url}/callguard`, CALLGUARD_WEBHOOK_SECRET: SECRET },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  service = child;
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const address = /callguard serving on (\S+)/.exec(err)?.[1];
      if (address !== undefined) resolve(address);
    });
    child.once('exit', (code) => reject(new Error(`the service exited (${code}) before listening:\n${err}`)));
  });
}

async function post(address: string, path: string, body: unknown) {
  const response = await fetch(`${address}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { decisions: Decision[] };
}

async function gauge(address: string, state: string): Promise<number> {
  const text = await (await fetch(`${address}/metrics`)).text();
  return Number(new RegExp(`^callguard_duty_deliveries\\{state="${state}"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
}

async function until(what: string, done: () => Promise<boolean> | boolean, ms: number): Promise<void> {
  const deadline = performance.now() + ms;
  while (!(await done())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` (pnpm test does) before these tests`);
  dir = mkdtempSync(join(tmpdir(), 'callguard-duties-e2e-'));
  copyFileSync(join(root, 'examples/callguard.yaml'), join(dir, 'callguard.yaml'));
  symlinkSync(join(root, 'examples/policies'), join(dir, 'policies'));
  receiver = new Receiver();
  api = await fakeApi((request) => receiver.answer(request));
});

afterAll(async () => {
  service?.kill('SIGKILL');
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('duties delivered by the service with examples/callguard.yaml', () => {
  it('delivers each owed duty exactly once across a receiver outage and a SIGKILL mid-delivery', async () => {
    const config = readConfig(join(dir, 'callguard.yaml'), { CALLGUARD_API_TOKEN: TOKEN, TWILIO_AUTH_TOKEN: 'x', CALLGUARD_WEBHOOK_URL: api.url, CALLGUARD_WEBHOOK_SECRET: SECRET });
    const routes = config.config!.duties!.routes;
    const first = await startService();

    // The example calls, replayed; every duty the webhook is owed, by key, from the decisions answered.
    const expected = new Set<string>();
    for (const file of CALLS) {
      const events = readFileSync(join(root, 'examples/calls', file), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { call?: { id: string } });
      const callId = events[0]!.call!.id;
      const { decisions } = await post(first, `/v1/calls/${callId}/events`, events);
      for (const d of decisions) {
        for (const duty of [...d.duties, ...d.required]) {
          for (const { sink } of routeDuty(duty, routes)) {
            if (sink === 'crm-webhook') expected.add(deliveryKey({ callId, rule: duty.rule, kind: duty.kind, target: duty.target, sink }));
          }
        }
      }
    }
    expect(expected.size).toBeGreaterThan(5);

    // The receiver was down while the calls came in: the service kept retrying.
    await until('attempts against the receiver while it is down', () => receiver.requests.length >= 3, 30_000);
    expect(receiver.accepted.size).toBe(0);

    // It comes back, takes the next delivery in and never answers: the service is killed mid-attempt.
    receiver.mode = 'hold-next';
    const heldKey = await receiver.held;
    service!.kill('SIGKILL');
    await new Promise((resolve) => service!.once('exit', resolve));

    const second = await startService();
    await until(
      'every delivery settled after the restart',
      async () => (await gauge(second, 'pending')) === 0 && (await gauge(second, 'delivering')) === 0 && (await gauge(second, 'delivered')) > 0,
      90_000,
    );

    expect(receiver.badSignatures).toBe(0);
    expect(new Set(receiver.accepted.keys())).toEqual(expected);
    expect([...receiver.accepted.values()].every((n) => n === 1)).toBe(true);
    // The delivery in flight at the kill was sent again after the lease lapsed, with the same key: the receiver kept it once.
    expect(receiver.requests.filter((r) => header(r, 'idempotency-key') === heldKey).length).toBeGreaterThanOrEqual(2);
    expect(await gauge(second, 'dead')).toBe(0);

    service!.kill('SIGTERM');
    await new Promise((resolve) => service!.once('exit', resolve));
    const list = spawnSync(process.execPath, [bin, 'duties', 'list', '--store', join(dir, 'callguard.db'), '--json'], { encoding: 'utf8' });
    expect(list.status).toBe(0);
    const deliveries = (JSON.parse(list.stdout) as { deliveries: { state: string; sink: string; key: string }[] }).deliveries;
    expect(deliveries.every((d) => d.state === 'delivered')).toBe(true);
    expect(new Set(deliveries.filter((d) => d.sink === 'crm-webhook').map((d) => d.key))).toEqual(expected);
  });
});
