import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../capture-io.js';

const root = join(import.meta.dirname, '../../../..');
const policy = join(root, 'examples/policies/zero-tolerance.policy');

describe('callguard verify', () => {
  it('fails on zero tolerance for "never end_call unless warned" and writes a counterexample replay reproduces', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-verify-'));
    const r = runCaptured(['verify', policy, '--assert', 'never end_call unless warned'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/BROKEN {2}never end_call unless warned {2}\(asserted\)/);
    expect(r.out).toMatch(/Explored \d+ states .* in \d+ ms\./);
    const file = /counterexample: (\S+)/.exec(r.out)?.[1] ?? '';
    expect(readFileSync(join(dir, file), 'utf8').trimEnd().split('\n')).toHaveLength(2);
    const replayed = runCaptured(['replay', policy, file, '--json'], dir);
    expect(replayed.code).toBe(0);
    const last = JSON.parse(replayed.out.trimEnd().split('\n').at(-1) ?? '{}') as { action: string; rule: { id: string } };
    expect(last).toMatchObject({ action: 'end_call', rule: { id: 'severe_abuse' } });
  });

  it('exits 0 when every property holds, with JSON on request', () => {
    const r = runCaptured(['verify', policy, '--json', '--assert', 'end_call always owes document'], root);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { holds: boolean; complete: boolean; findings: { holds: boolean }[] };
    expect(result).toMatchObject({ holds: true, complete: true });
    expect(result.findings.length).toBeGreaterThan(4);
  });

  it('points at a property that does not read, and exits 2', () => {
    const r = runCaptured(['verify', policy, '--assert', 'never end_call unles warned'], root);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').slice(0, 4)).toEqual([
      '--assert:1:16: error[parse/syntax]: unexpected `unles` in a `never` property',
      '  |',
      '1 | never end_call unles warned',
      '  |                ^^^^^',
    ]);
  });
});
