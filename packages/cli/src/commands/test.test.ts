import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIo, runCaptured } from '../capture-io.js';
import { watchTests } from './test.js';

const root = join(import.meta.dirname, '../../../..');
const example = join(root, 'examples/policies/warn-then-end.policy');

/** Runs `callguard ...args` in-process from `cwd`, keeping what it prints. */
function callguard(cwd: string, ...args: string[]) {
  return runCaptured(args, cwd);
}

/** A folder holding the example policy and the given test files of it (name → cases in YAML). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'callguard-test-'));
  copyFileSync(example, join(dir, 'warn-then-end.policy'));
  for (const [name, cases] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), `policy: ${join(dir, 'warn-then-end.policy')}\ncases:\n${cases}`);
  }
  return dir;
}

const passing = `  - name: Swearing is warned
    events: [{ at: +10s, customer: { profanity: 0.9 }, expect: { action: warn, rule: abuse } }]
`;
const failing = `  - name: Swearing ends the call at once
    events: [{ at: +10s, customer: { profanity: 0.9 }, expect: end_call }]
`;

describe('callguard test', () => {
  it('exits 0 when every case passes, with the summary as the last line', () => {
    const r = callguard(folder({ 'a.test.yaml': passing, 'sub/b.test.yaml': passing, 'notes.yaml': 'not: a test' }), 'test');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe('a.test.yaml  ·  acme-standard 3.2.0\n  pass Swearing is warned\n\nsub/b.test.yaml  ·  acme-standard 3.2.0\n  pass Swearing is warned\n\n2 passed, 0 failed\n');
  });

  it('exits 1 when a case fails, showing the difference', () => {
    const dir = folder({ 'a.test.yaml': passing + failing });
    const r = callguard(dir, 'test', 'a.test.yaml');
    expect(r.code).toBe(1);
    expect(r.out).toContain('  FAIL Swearing ends the call at once (line 5)\n      line 6, at +10s: customer [profanity 0.90]\n        action:  expected end_call, got warn\n');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed');
  });

  it('exits 2 for a malformed test file, naming file, line and column, while other files still run', () => {
    const dir = folder({ 'a.test.yaml': passing, 'b.test.yaml': '  - name: x\n    events: [{ at: +10x, customer: {} }]\n' });
    const r = callguard(dir, 'test');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^b\.test\.yaml:4:20: error\[test\/bad-value\]: "at" must be a time relative to the start of the call/);
    expect(r.out).toContain('1 passed, 0 failed\n');
  });

  it('exits 2 for a test file naming a policy that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-test-'));
    writeFileSync(join(dir, 'a.test.yaml'), 'policy: nowhere.policy\ncases: [{ name: x, events: [{ at: +1s, customer: {} }] }]\n');
    const r = callguard(dir, 'test');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^a\.test\.yaml:1:9: error\[test\/policy-not-found\]: no policy file nowhere\.policy/);
  });

  it('exits 2 for a test file naming a policy outside the working folder and its own, printing nothing of it', () => {
    const outside = mkdtempSync(join(tmpdir(), 'callguard-outside-'));
    writeFileSync(join(outside, 'secret.policy'), 'policy "secret" {\n  SECRET TOKEN 12345\n}\n');
    const dir = folder({ 'ok.test.yaml': passing });
    symlinkSync(join(outside, 'secret.policy'), join(dir, 'team.policy'));
    writeFileSync(join(dir, 'a.test.yaml'), 'policy: ../../../../../../../../etc/passwd\ncases: [{ name: x, events: [{ at: +1s, customer: {} }] }]\n');
    writeFileSync(join(dir, 'b.test.yaml'), 'policy: team.policy\ncases: [{ name: x, events: [{ at: +1s, customer: {} }] }]\n');
    const r = callguard(dir, 'test');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^a\.test\.yaml:1:9: error\[test\/policy-outside\]: "policy" must name a file in the working folder or beside the test file — \.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd is outside them/);
    expect(r.err).toContain('b.test.yaml:1:9: error[test/policy-outside]');
    expect(r.err + r.out).not.toMatch(/SECRET|root:/);
    // The other files still run.
    expect(r.out).toContain('1 passed, 0 failed\n');
  });

  it('exits 2 when a path is missing or holds no test files', () => {
    const dir = folder({});
    expect(callguard(dir, 'test', 'missing')).toMatchObject({ code: 2, err: 'missing: error[usage/file-not-found]: no such file or folder\n' });
    expect(callguard(dir, 'test')).toMatchObject({ code: 2, err: 'error[usage/no-test-files]: no policy test files (*.test.yaml) in .\n' });
  });

  it('lists uncovered rules and steps with --coverage, and fails below --min-coverage', () => {
    const dir = folder({ 'a.test.yaml': passing });
    const r = callguard(dir, 'test', '--coverage');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Coverage\n  acme-standard 3.2.0');
    expect(r.out).toContain(': 9% of ladder steps (1 of 11)\n    rule vulnerable: never fired\n    rule abuse: step 2 of 4 (warn), step 3 of 4 (escalate), step 4 of 4 (end_call) not reached\n    rule rudeness: never fired\n');
    expect(callguard(dir, 'test', '--min-coverage', '9').code).toBe(0);
    const below = callguard(dir, 'test', '--min-coverage', '50%');
    expect(below.code).toBe(1);
    expect(below.out).toContain('below the minimum of 50%');
    expect(callguard(dir, 'test', '--min-coverage', 'most').code).toBe(2);
  });

  it('prints a JSON report with --json', () => {
    const r = callguard(folder({ 'a.test.yaml': passing + failing }), 'test', '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { passed: number; failed: number; files: { cases: { passed: boolean }[] }[]; coverage: { percent: number }[] };
    expect(report).toMatchObject({ passed: 1, failed: 1, files: [{ cases: [{ passed: true }, { passed: false }] }], coverage: [{ percent: (1 / 11) * 100 }] });
  });

  it('shows an example in --help', () => {
    const r = callguard(root, 'test', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('$ callguard test examples/tests');
  });

  it('passes on examples/tests with full coverage', () => {
    const r = callguard(root, 'test', 'examples/tests', '--min-coverage', '100');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\n\d+ passed, 0 failed\n$/);
  });

  it('runs only the cases whose name matches --run, ignoring case', () => {
    const dir = folder({ 'a.test.yaml': passing + failing, 'b.test.yaml': failing });
    const r = callguard(dir, 'test', '--run', 'IS WARNED');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe('a.test.yaml  ·  acme-standard 3.2.0\n  pass Swearing is warned\n\n1 passed, 0 failed\n');
    expect(callguard(dir, 'test', '--run', 'warned|at once').out).toContain('1 passed, 2 failed');
  });

  it('says so when --run matches no case, or is not a pattern', () => {
    const dir = folder({ 'a.test.yaml': passing });
    expect(callguard(dir, 'test', '--run', 'threat')).toMatchObject({
      code: 2,
      err: 'error[usage/no-matching-case]: no case in . has a name matching `threat`\n',
    });
    const bad = callguard(dir, 'test', '--run', '(');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^error\[usage\/bad-option-value\]: option '--run <pattern>' argument '\(' is invalid\. not a regular expression/);
  });

  it('runs again with --watch when a test file changes on disk', async () => {
    const dir = folder({ 'a.test.yaml': passing });
    const io = captureIo(dir);
    const watching = watchTests([], { coverage: false, minCoverage: undefined, json: false }, io);
    try {
      expect(io.stdout()).toContain('1 passed, 0 failed\n');
      // Give the watchers a moment to start, then change the file for real.
      await new Promise((done) => setTimeout(done, 200));
      writeFileSync(join(dir, 'a.test.yaml'), `policy: ${join(dir, 'warn-then-end.policy')}\ncases:\n${passing}${failing}`);
      const deadline = performance.now() + 10_000;
      while (!io.stdout().includes('1 passed, 1 failed') && performance.now() < deadline) await new Promise((done) => setTimeout(done, 50));
      expect(io.stdout()).toMatch(/── rerun: a\.test\.yaml changed ──\n[\s\S]*FAIL Swearing ends the call at once[\s\S]*1 passed, 1 failed\n$/);
    } finally {
      watching.close();
    }
  });
});

describe('callguard usage mistakes', () => {
  it('names the code and suggests the command or option meant', () => {
    expect(callguard(root, 'tset')).toMatchObject({ code: 2, err: "error[usage/unknown-command]: unknown command 'tset'\n  = help: did you mean `test`?\n" });
    expect(callguard(root, 'test', '--covrage')).toMatchObject({
      code: 2,
      err: "error[usage/unknown-option]: unknown option '--covrage'\n  = help: did you mean `--coverage`?\n",
    });
    expect(callguard(root, 'replay').err).toMatch(/^error\[usage\/missing-argument\]: missing required argument 'policy'\n/);
  });
});
