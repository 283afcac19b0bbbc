// `callguard verify` on the example warn-then-end policy: its own assert and
// every built-in property hold over the whole model (a few seconds of CPU).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../capture-io.js';

const root = join(import.meta.dirname, '../../../..');

describe('callguard verify on examples/policies/warn-then-end.policy', () => {
  it('holds, its assert included, over every call of the model', () => {
    const r = runCaptured(['verify', join(root, 'examples/policies/warn-then-end.policy'), '--json'], root);
    const result = JSON.parse(r.out) as { holds: boolean; complete: boolean; findings: { property: string; title?: string; source: string; holds: boolean }[] };
    expect(result.findings.filter((f) => f.source === 'asserted')).toEqual([
      { property: 'never end_call unless warned at least once', title: 'never end without a warning', source: 'asserted', holds: true },
    ]);
    expect(result).toMatchObject({ holds: true, complete: true });
    expect(r.code).toBe(0);
  });
});
