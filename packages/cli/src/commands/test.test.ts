import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../capture-io.js';

const root = join(import.meta.dirname, '../../../..');
const policy = join(root, 'examples/policies/warn-then-end.policy');

/** Runs `callguard ...args` in-process from `cwd`, keeping what it prints. */
function callguard(cwd: string, ...args: string[]) {
  return runCaptured(args, cwd);
}

/** A folder holding the given test files (name → cases in YAML). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'callguard-test-'));
  for (const [name, cases] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), `policy: ${policy}\ncases:\n${cases}`);
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
    expect(r.err).toMatch(/^b\.test\.yaml:4:20: "at" must be a time relative to the start of the call/);
    expect(r.out).toContain('1 passed, 0 failed\n');
  });

  it('exits 2 for a test file naming a policy that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-test-'));
    writeFileSync(join(dir, 'a.test.yaml'), 'policy: nowhere.policy\ncases: [{ name: x, events: [{ at: +1s, customer: {} }] }]\n');
    const r = callguard(dir, 'test');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^a\.test\.yaml:1:9: no policy file nowhere\.policy/);
  });

  it('exits 2 when a path is missing or holds no test files', () => {
    const dir = folder({});
    expect(callguard(dir, 'test', 'missing')).toMatchObject({ code: 2, err: 'missing: no such file or folder\n' });
    expect(callguard(dir, 'test')).toMatchObject({ code: 2, err: 'no policy test files (*.test.yaml) in .\n' });
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
});
