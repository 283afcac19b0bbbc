// The built `callguard` binary, run as a user would (after `pnpm build`).
// Only what needs a real process is here: the shebang and module loading of
// the build, exit codes, and what reaches stdout and stderr. Everything else
// about the commands is tested in-process beside them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'packages/cli/dist/bin.js');
const policies = readdirSync(join(root, 'examples/policies'))
  .filter((f) => f.endsWith('.policy'))
  .map((f) => `examples/policies/${f}`);

function callguard(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the callguard binary', () => {
  beforeAll(() => {
    // A missing build is a failure, not a skip: `pnpm test` builds first.
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` (pnpm test does) before these tests`);
  });

  it('check passes on every example policy', () => {
    const r = callguard('check', ...policies);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n')).toEqual(policies.map((p) => `ok ${p}`));
  });

  it('check fails on a broken policy with file:line:col: error[code]: message and a code frame, on stdout', () => {
    const file = 'examples/policies/broken/unknown-behaviour.policy';
    const r = callguard('check', file);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^examples\/policies\/broken\/unknown-behaviour\.policy:\d+:\d+: error\[check\/unknown-behaviour\]: .+$/m);
    expect(r.out).toMatch(/\n\s*\d+ \| .*\n\s+\| *\^+/);
  });

  it('replay prints one decision per event', () => {
    const r = callguard('replay', 'examples/policies/warn-then-end.policy', 'examples/calls/keeps-swearing.jsonl', '--json');
    expect(r.code).toBe(0);
    const actions = r.out.trimEnd().split('\n').map((l) => (JSON.parse(l) as { action: string }).action);
    // The first decision answers call_started: nothing is set up for this caller.
    expect(actions).toEqual(['continue', 'continue', 'continue', 'continue', 'warn', 'continue', 'warn', 'continue', 'escalate', 'continue', 'end_call']);
  });
});

describe('callguard eval on standard input', () => {
  it("prints a decision for `echo '<event json>' | callguard eval examples/policies/warn-then-end.policy -`", () => {
    const event = '{"type":"utterance","at":"2026-12-01T09:00:05Z","speaker":"customer","text":"you are a useless idiot, f*** off"}';
    const r = spawnSync('sh', ['-c', `echo '${event}' | ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} eval examples/policies/warn-then-end.policy -`], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('event 1 utterance at 2026-12-01T09:00:05.000Z');
    expect(r.stdout).toMatch(/^Warn the customer \(step 1 of 4 of rule `abuse`/m);
  });
});
