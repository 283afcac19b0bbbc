import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { after, bumpVersion, calm, logLines, NOW, policyFolder, started, swearing, testConfig } from '../../test/helpers.js';
import { createService, type Service } from '../service.js';

let services: Service[] = [];
afterEach(async () => {
  await Promise.all(services.map((s) => s.close()));
  services = [];
});

function serve(watch = false) {
  const { file } = policyFolder();
  const logs = logLines();
  const service = createService(testConfig(file, { policies: { default: file, queues: {}, watch } }), { now: () => NOW, logStream: logs.stream });
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
});
