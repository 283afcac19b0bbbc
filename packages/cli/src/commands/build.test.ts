import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArtefact } from '@callguard/engine/runtime';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../capture-io.js';

const root = join(import.meta.dirname, '../../../..');

describe('callguard build', () => {
  it('writes an artefact the runtime loads, and says where', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-build-'));
    const out = join(dir, 'acme.policy.json');
    const r = runCaptured(['build', 'examples/policies/warn-then-end.policy', '-o', out], root);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const policy = loadArtefact(JSON.parse(readFileSync(out, 'utf8')));
    expect(r.out).toBe(`built ${out}: acme-standard 3.2.0 (${policy.hash.slice(0, 12)})\n`);
  });

  it('writes the same bytes to standard output with -o -, every time', () => {
    const first = runCaptured(['build', 'examples/policies/warn-then-end.policy', '-o', '-'], root);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ format: 'callguard-policy', format_version: 1, manifest: { name: 'acme-standard' } });
    expect(runCaptured(['build', 'examples/policies/warn-then-end.policy', '-o', '-'], root).out).toBe(first.out);
  });

  it('writes nothing for a policy with errors, and exits 1', () => {
    const r = runCaptured(['build', 'examples/policies/broken/bad-version.policy', '-o', '-'], root);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('error[');
  });
});
