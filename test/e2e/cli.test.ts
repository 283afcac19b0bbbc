// The built `callguard` binary, run as a user would (after `pnpm build`):
// the "done when" checks of the language and engine issues.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'packages/cli/dist/bin.js');
const policies = readdirSync(join(root, 'examples/policies'))
  .filter((f) => f.endsWith('.policy'))
  .map((f) => `examples/policies/${f}`);
const broken = readdirSync(join(root, 'examples/policies/broken'))
  .filter((f) => f.endsWith('.policy'))
  .map((f) => `examples/policies/broken/${f}`);

function callguard(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe.skipIf(!existsSync(bin))('the callguard binary', () => {
  it('check passes on every example policy', () => {
    const r = callguard('check', ...policies);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n')).toEqual(policies.map((p) => `ok ${p}`));
  });

  it('fmt --check passes on every example policy', () => {
    expect(callguard('fmt', '--check', ...policies).code).toBe(0);
  });

  it.each(broken)('check fails on %s with file:line:col: error[code]: message', (file) => {
    const r = callguard('check', file);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const head = new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: error\\[[a-z]+/[a-z-]+\\]: .+$`, 'm');
    expect(r.out).toMatch(head);
    expect(r.out).toMatch(/\n\s*\d+ \| .*\n\s+\| *\^+/);
  });

  it('replay prints one decision per event', () => {
    const r = callguard('replay', 'examples/policies/warn-then-end.policy', 'examples/calls/keeps-swearing.jsonl', '--json');
    expect(r.code).toBe(0);
    const actions = r.out.trimEnd().split('\n').map((l) => (JSON.parse(l) as { action: string }).action);
    // The first decision answers call_started: nothing is set up for this caller.
    expect(actions).toEqual(['continue', 'continue', 'continue', 'continue', 'warn', 'continue', 'warn', 'continue', 'escalate', 'continue', 'end_call']);
  });

  it('--help of every command shows an example', () => {
    for (const command of ['check', 'fmt', 'replay', 'explain', 'test', 'compile', 'init', 'duties', 'restrictions']) {
      const r = callguard(command, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toContain('Examples:');
    }
  });
});
