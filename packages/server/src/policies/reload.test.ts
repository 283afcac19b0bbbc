import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { after, bumpVersion, calm, logLines, NOW, policyFolder, started, swearing, testConfig } from '../../test/helpers.js';
import { createService, type Service } from '../service.js';
import { MemoryCallStore } from '../store/memory-store.js';

let services: Service[] = [];
afterEach(async () => {
  await Promise.all(services.map((s) => s.close()));
  services = [];
});

function serve(watch = false, store?: MemoryCallStore, now = () => NOW) {
  const { file } = policyFolder();
  const logs = logLines();
  const service = createService(testConfig(file, { policies: { default: file, queues: {}, watch } }), { now, logStream: logs.stream, ...(store === undefined ? {} : { store }) });
  services.push(service);
  const post = (callId: string, body: unknown) =>
    service.inject({ method: 'POST', url: `/v1/calls/${callId}/events`, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  return { service, file, logs, post };
}

const versionOf = (response: { json(): { decisions: { policy: { version: string } }[] } }) => response.json().decisions.map((d) => d.policy.version);

describe('policy reload', () => {
  it('swaps a checked edit in for new calls; a call keeps the version it started with', async () => {
    const { service, file, post } = serve();
    await post('old', started('old'));
    bumpVersion(file, '3.3.0');
    expect(service.reloadPolicies()).toMatchObject({ swapped: true });
    await post('new', started('new'));
    expect(versionOf(await post('old', swearing(after(5))))).toEqual(['3.2.0']);
    expect(versionOf(await post('new', swearing(after(5))))).toEqual(['3.3.0']);
  });

  it('refuses a broken edit with its diagnostics in the log; the old version keeps serving', async () => {
    const { service, file, post, logs } = serve();
    writeFileSync(file, 'policy "broken" {\n  version "1.0.0"\n  rule r { when customer swearing do warn }\n}\n');
    const result = service.reloadPolicies();
    expect(result.swapped).toBe(false);
    const line = logs.lines().find((l) => l['msg'] === 'policy edit refused; the previous version keeps serving');
    expect(String((line?.['diagnostics'] as string[])[0])).toMatch(/policy\.policy:\d+:\d+: error\[check\//);
    expect(versionOf(await post('c1', started('c1')))).toEqual(['3.2.0']);
  });

  it('sees an edit to the file on disk without being asked', async () => {
    const { service, file, post } = serve(true);
    bumpVersion(file, '4.0.0');
    const deadline = performance.now() + 10_000;
    while (!service.policies.serving()[0]?.includes('4.0.0') && performance.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(versionOf(await post('c1', started('c1')))).toEqual(['4.0.0']);
  });

  it('under load, an edit mid-stream loses no event and mixes no versions within a call', async () => {
    const { service, file, post } = serve();
    const CALLS = 40;
    const EVENTS = 12;
    const hashes = new Map<string, Set<string>>();
    let reloaded = false;
    let edited!: () => void;
    const edit = new Promise<void>((r) => (edited = r));
    const drive = async (c: number) => {
      const id = `load-${c}`;
      const seen = new Set<string>();
      hashes.set(id, seen);
      const record = (r: Awaited<ReturnType<typeof post>>) => {
        expect(r.statusCode).toBe(200);
        for (const d of r.json().decisions as { policy: { hash: string } }[]) seen.add(d.policy.hash);
      };
      record(await post(id, started(id)));
      for (let e = 1; e <= EVENTS; e++) {
        record(await post(id, e % 5 === 0 ? swearing(after(e)) : calm(after(e))));
        if (c === 0 && e === EVENTS / 2) {
          bumpVersion(file, '9.9.9');
          reloaded = service.reloadPolicies().swapped;
          edited();
        }
      }
    };
    // Half the calls start before the edit, half after it; both halves are mid-stream when it lands.
    await Promise.all(Array.from({ length: CALLS }, (_, c) => (c < CALLS / 2 ? drive(c) : edit.then(() => drive(c)))));
    expect(reloaded).toBe(true);
    const perCall = [...hashes.values()];
    expect(perCall.every((s) => s.size === 1)).toBe(true);
    expect(new Set(perCall.map((s) => [...s][0])).size).toBe(2);
    for (const id of hashes.keys()) {
      const call = (await service.inject({ method: 'GET', url: `/v1/calls/${id}` })).json();
      expect(call.decisions).toHaveLength(EVENTS + 1);
    }
  });

  it('releases each old version once no open call uses it: many reloads while calls end keep the versions loaded bounded', async () => {
    const { service, file, post } = serve();
    /** Waits for the release that follows a reload or the end of a call. */
    const released = async () => {
      await service.calls.settled();
      await new Promise((r) => setImmediate(r));
    };
    const gauge = async () => Number(/^callguard_policy_versions_loaded (\d+)$/m.exec((await service.inject({ method: 'GET', url: '/metrics' })).body)?.[1]);
    const open: { id: string; version: string }[] = [];
    for (let i = 1; i <= 30; i++) {
      const id = `call-${i}`;
      open.push({ id, version: versionOf(await post(id, started(id)))[0]! });
      // Two calls stay open across each reload; the oldest ends, on the version it started with.
      if (open.length > 2) {
        const oldest = open.shift()!;
        expect(versionOf(await post(oldest.id, calm(after(1))))).toEqual([oldest.version]);
        expect((await post(oldest.id, { type: 'call_ended', at: after(2) })).statusCode).toBe(200);
      }
      bumpVersion(file, `4.0.${i}`);
      expect(service.reloadPolicies().swapped).toBe(true);
      await released();
      // The version serving new calls, and one for each open call.
      expect(service.policies.loaded).toBeLessThanOrEqual(1 + open.length);
      expect(await gauge()).toBe(service.policies.loaded);
    }
    for (const call of open) await post(call.id, { type: 'call_ended', at: after(2) });
    await released();
    expect(service.policies.loaded).toBe(1);
    expect(await gauge()).toBe(1);
    // An ended call whose version is gone is refused as any ended call is.
    const late = await post('call-1', calm(after(3)));
    expect([late.statusCode, late.json().code]).toEqual([409, 'event/call-ended']);
  });

  it('releases the version of an open call forgotten after its idle TTL', async () => {
    let now = NOW;
    const store = new MemoryCallStore({ now: () => now });
    const { service, file, post } = serve(false, store, () => now);
    await post('idle', started('idle'));
    bumpVersion(file, '5.0.0');
    service.reloadPolicies();
    await service.calls.settled();
    await new Promise((r) => setImmediate(r));
    expect(service.policies.loaded).toBe(2);
    now += 86_400_000 + 1;
    store.sweep();
    bumpVersion(file, '5.0.1');
    service.reloadPolicies();
    await service.calls.settled();
    await new Promise((r) => setImmediate(r));
    expect(service.policies.loaded).toBe(1);
    expect(service.policies.serving()[0]).toContain('5.0.1');
  });
});
