import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../capture-io.js';

const root = join(import.meta.dirname, '../../../..');

function callguard(args: string[]) {
  return runCaptured(args, root);
}

describe('callguard compile', () => {
  it('prints the checked policy as the ir, with its hash', () => {
    const r = callguard(['compile', 'examples/policies/acme-billing.policy']);
    expect(r.code).toBe(0);
    const { v, policy: ir } = JSON.parse(r.out) as { v: number; policy: { name: string; bases: string[]; hash: string; rules: { id: string }[] } };
    expect(v).toBe(1);
    expect(ir.name).toBe('acme-billing');
    expect(ir.bases).toEqual(['acme-standard']);
    expect(ir.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(ir.rules.map((r) => r.id)).toEqual(['vulnerable', 'abuse', 'rudeness', 'stuck', 'repeat_harasser', 'peak', 'line_dropped', 'disputes']);
  });

  it('prints json-rules-engine rules, one per ladder step', () => {
    const r = callguard(['compile', '--target', 'json-rules-engine', 'examples/policies/warn-then-end.policy']);
    expect(r.code).toBe(0);
    const { v, rules } = JSON.parse(r.out) as { v: number; rules: { name: string; conditions: unknown; event: { type: string } }[] };
    expect(v).toBe(1);
    expect(rules.filter((x) => x.name.startsWith('abuse#')).map((x) => x.event.type)).toEqual(['warn', 'warn', 'escalate', 'end_call']);
  });

  it('exits 2 for an unknown target and 1 for a policy with errors', () => {
    expect(callguard(['compile', '--target', 'wasm', 'examples/policies/warn-then-end.policy']).code).toBe(2);
    expect(callguard(['compile', 'examples/policies/broken/bad-version.policy']).code).toBe(1);
  });
});
