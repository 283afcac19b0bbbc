import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../capture-io.js';

const root = join(import.meta.dirname, '../../../..');

function callguard(args: string[], cwd = root) {
  return runCaptured(args, cwd);
}

const examplePolicies = (folder: string) =>
  readdirSync(join(root, folder))
    .filter((f) => f.endsWith('.policy'))
    .map((f) => `${folder}/${f}`);

/** The codes a broken example's first line promises: `# expect: code, code`. */
function expectedCodes(file: string): string[] {
  const first = readFileSync(join(root, file), 'utf8').split('\n', 1)[0] ?? '';
  const m = /^# expect: (.+)$/.exec(first);
  if (!m) throw new Error(`${file} does not start with \`# expect: <codes>\``);
  return m[1]!.split(',').map((c) => c.trim());
}

interface JsonReport {
  readonly ok: boolean;
  readonly diagnostics: readonly { readonly code: string; readonly severity: string }[];
}

describe('the broken example policies', () => {
  it.each(examplePolicies('examples/policies/broken'))('%s fails with exactly the errors its `# expect:` line names', (file) => {
    const expected = expectedCodes(file);
    const r = callguard(['check', '--json', file]);
    expect(r.code).toBe(1);
    const [report] = (JSON.parse(r.out) as { v: 1; files: JsonReport[] }).files;
    const codes = new Set(report!.diagnostics.map((d) => d.code));
    for (const code of expected) expect(codes).toContain(code);
    const errors = report!.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    expect(errors.length).toBeGreaterThan(0);
    for (const code of errors) expect(expected).toContain(code);
  });
});

describe('callguard check', () => {
  it('prints ok per clean file and exits 0', () => {
    const r = callguard(['check', 'examples/policies/warn-then-end.policy', 'examples/policies/acme-billing.policy']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('ok examples/policies/warn-then-end.policy\nok examples/policies/acme-billing.policy\n');
  });

  it('prints file:line:col, the code frame and help, and exits 1', () => {
    const r = callguard(['check', 'examples/policies/broken/unknown-behaviour.policy']);
    expect(r.code).toBe(1);
    const [head, ...frame] = r.out.trimEnd().split('\n');
    expect(head).toMatch(/^examples\/policies\/broken\/unknown-behaviour\.policy:\d+:\d+: error\[check\/unknown-behaviour\]: unknown behaviour `swearing`$/);
    expect(frame.join('\n')).toContain('when customer swearing');
    expect(frame.join('\n')).toMatch(/\^{8}/);
    expect(frame.at(-1)).toContain('help: did you mean `profanity`?');
  });

  it('exits 1 when any file has an error, still reporting the clean ones', () => {
    const r = callguard(['check', 'examples/policies/zero-tolerance.policy', 'examples/policies/broken/bad-version.policy']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('ok examples/policies/zero-tolerance.policy');
    expect(r.out).toContain('error[check/bad-version]');
  });

  it('--json prints every diagnostic with line, column and underlined text', () => {
    const r = callguard(['check', '--json', 'examples/policies/broken/unknown-behaviour.policy']);
    expect(r.code).toBe(1);
    const { v, files: report } = JSON.parse(r.out) as { v: number; files: { file: string; ok: boolean; diagnostics: { code: string; text: string; line: number }[] }[] };
    expect(v).toBe(1);
    expect(report).toHaveLength(1);
    expect(report[0]!.ok).toBe(false);
    expect(report[0]!.diagnostics[0]).toMatchObject({ code: 'check/unknown-behaviour', text: 'swearing' });
  });

  it('reports warnings but exits 0 when there are no errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-'));
    writeFileSync(
      join(dir, 'w.policy'),
      'policy "w" {\n  version "1.0.0"\n  stance never_hang_up\n  script unused "hi"\n  rule r "t" {\n    when customer rudeness\n    do deescalate\n  }\n}\n',
    );
    const r = callguard(['check', 'w.policy'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('warning[check/unused-script]');
    expect(r.out).toContain('ok w.policy (1 warning)');
  });

  it('lists the warnings a policy acknowledged, with its reasons, in text, --json and explain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-'));
    const reason = 'Vulnerable callers are passed to the social team before they reach an agent';
    writeFileSync(
      join(dir, 'a.policy'),
      `policy "a" {\n  version "1.0.0"\n  stance warn_then_end\n  rule threats {\n    when customer threat\n    do warn then end_call\n  }\n\n  acknowledge no-vulnerable-rule "${reason}"\n}\n`,
    );
    const r = callguard(['check', 'a.policy'], dir);
    expect(r).toMatchObject({ code: 0, out: `acknowledged check/no-vulnerable-rule (a.policy:9:3): "${reason}"\nok a.policy\n` });
    const json = JSON.parse(callguard(['check', '--json', 'a.policy'], dir).out) as { files: { diagnostics: unknown[]; acknowledged: unknown[] }[] };
    expect(json.files[0]).toMatchObject({ diagnostics: [], acknowledged: [{ code: 'check/no-vulnerable-rule', reason, file: 'a.policy', line: 9, column: 3, warnings: 1 }] });
    const call = '{"type":"call_started","at":"2026-12-01T09:00:00Z","call":{"id":"c"}}\n{"type":"utterance","at":"2026-12-01T09:00:05Z","speaker":"customer","signals":{"threat":0.9}}\n';
    writeFileSync(join(dir, 'c.jsonl'), call);
    const explained = callguard(['explain', 'a.policy', 'c.jsonl', '--at', '1'], dir);
    expect(explained.out).toContain(`\nThe policy acknowledges these warnings of the checker:\n  check/no-vulnerable-rule: "${reason}"\n`);
    const explainedJson = JSON.parse(callguard(['explain', '--json', 'a.policy', 'c.jsonl', '--at', '1'], dir).out) as { acknowledged: unknown };
    expect(explainedJson.acknowledged).toEqual([{ code: 'check/no-vulnerable-rule', reason }]);
  });

  it('exits 2 with a clear message for a missing file', () => {
    const r = callguard(['check', 'nope.policy']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('nope.policy: error[usage/file-not-found]: no such file\n');
  });

  it('exits 2 on usage errors', () => {
    expect(callguard(['check']).code).toBe(2);
    expect(callguard(['frobnicate']).code).toBe(2);
    expect(callguard(['check', '--nope', 'x.policy']).code).toBe(2);
  });

  it('reads bases only under the working folder or beside the policy, and never echoes what lies outside', () => {
    const outside = mkdtempSync(join(tmpdir(), 'callguard-outside-'));
    writeFileSync(join(outside, 'secret.policy'), 'policy "secret" {\n  SECRET TOKEN 12345\n}\n');
    const dir = mkdtempSync(join(tmpdir(), 'callguard-'));
    writeFileSync(join(dir, 'team.policy'), `policy "team" extends "${join(outside, 'secret.policy')}" {\n  version "1.0.0"\n}\n`);
    const r = callguard(['check', 'team.policy'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('error[check/extends-missing]');
    expect(r.out).toContain('is outside the folders policies may be read from');
    expect(r.out).not.toContain('SECRET');
  });

  it('refuses devices and FIFOs rather than reading or waiting on them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-'));
    execFileSync('mkfifo', [join(dir, 'pipe.policy')]);
    writeFileSync(join(dir, 'team.policy'), 'policy "team" extends "pipe" {\n  version "1.0.0"\n}\n');
    expect(callguard(['check', 'team.policy'], dir).out).toContain('error[check/extends-missing]');
    expect(callguard(['check', 'pipe.policy'], dir)).toMatchObject({ code: 2, err: 'pipe.policy: error[usage/unreadable-file]: is not a regular file (a device, pipe or socket)\n' });
    expect(callguard(['check', '/dev/zero'], dir)).toMatchObject({ code: 2, err: '/dev/zero: error[usage/unreadable-file]: is not a regular file (a device, pipe or socket)\n' });
  });

  it('resolves extends beside the file, by declared name', () => {
    const r = callguard(['check', 'acme-billing.policy'], join(root, 'examples/policies'));
    expect(r.out).toBe('ok acme-billing.policy\n');
  });

  it('handles hostile input files with diagnostics, not crashes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-'));
    writeFileSync(join(dir, 'empty.policy'), '');
    writeFileSync(join(dir, 'binary.policy'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)));
    writeFileSync(join(dir, 'deep.policy'), `policy "d" { rule r { when ${'('.repeat(10_000)} } }`);
    for (const f of ['empty.policy', 'binary.policy', 'deep.policy']) {
      const r = callguard(['check', f], dir);
      expect(r.code).toBe(1);
      // An empty file has nowhere to point, so its diagnostic has no line and column.
      expect(r.out).toMatch(new RegExp(`^${f.replace('.', '\\.')}(:\\d+:\\d+)?: error\\[parse/`));
    }
  });
});

describe('callguard fmt', () => {
  it('--check passes on every example policy', () => {
    const r = callguard(['fmt', '--check', ...examplePolicies('examples/policies')]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('--check fails on an unformatted file and rewrites it without --check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-'));
    const messy = 'policy "m" { version "1.0.0" stance never_hang_up # keep me\n rule r "t" { when customer rudeness do deescalate } }';
    writeFileSync(join(dir, 'm.policy'), messy);
    expect(callguard(['fmt', '--check', 'm.policy'], dir)).toMatchObject({ code: 1, out: 'not formatted m.policy\n' });
    expect(callguard(['fmt', 'm.policy'], dir)).toMatchObject({ code: 0, out: 'formatted m.policy\n' });
    const again = callguard(['fmt', '--check', 'm.policy'], dir);
    expect(again.code).toBe(0);
    const printed = callguard(['fmt', '--stdout', 'm.policy'], dir).out;
    expect(printed).toContain('# keep me');
    expect(printed).toContain('  rule r "t" {\n    when customer rudeness\n    do deescalate\n  }\n');
  });

  it('reports a file it cannot write, exits 1, and leaves it unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-'));
    const messy = 'policy "m" { version "1.0.0" stance never_hang_up rule r "t" { when customer rudeness do deescalate } }';
    writeFileSync(join(dir, 'm.policy'), messy);
    // Another writer's temporary file stands where fmt would write its own.
    writeFileSync(join(dir, `.m.policy.${process.pid}.tmp`), '');
    const r = callguard(['fmt', 'm.policy'], dir);
    expect(r).toMatchObject({ code: 1, err: 'm.policy: cannot write the formatted policy (EEXIST); the file is unchanged\n' });
    expect(readFileSync(join(dir, 'm.policy'), 'utf8')).toBe(messy);
  });

  it('never rewrites a file with syntax errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-'));
    writeFileSync(join(dir, 'b.policy'), 'policy "b" { rule r { ');
    const r = callguard(['fmt', 'b.policy'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('error[parse/syntax]');
  });

  it('--diff prints a unified diff of what would change, exits 1, and changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-'));
    const messy = 'policy "m" {\n  version "1.0.0"\n  stance never_hang_up\n  rule r "t" { when customer rudeness do deescalate }\n}\n';
    writeFileSync(join(dir, 'm.policy'), messy);
    const r = callguard(['fmt', '--diff', 'm.policy'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^--- a\/m\.policy\n\+\+\+ b\/m\.policy\n@@ -1,5 \+1,9 @@\n/);
    expect(r.out).toContain('\n-  rule r "t" { when customer rudeness do deescalate }\n+\n+  rule r "t" {\n+    when customer rudeness\n+    do deescalate\n+  }\n');
    expect(readFileSync(join(dir, 'm.policy'), 'utf8')).toBe(messy);
    expect(callguard(['fmt', '--diff', 'examples/policies/warn-then-end.policy'])).toEqual({ code: 0, out: '', err: '' });
  });

  it('reads standard input for -, printing the formatted text', () => {
    const messy = 'policy "m" { version "1.0.0" stance never_hang_up rule r "t" { when customer rudeness do deescalate } }';
    const r = runCaptured(['fmt', '-'], root, messy);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  rule r "t" {\n    when customer rudeness\n    do deescalate\n  }\n');
    expect(runCaptured(['fmt', '--check', '-'], root, messy)).toMatchObject({ code: 1, out: 'not formatted <stdin>\n' });
    expect(runCaptured(['fmt', '--diff', '-'], root, messy).out).toMatch(/^--- a\/<stdin>\n/);
  });
});

describe('standard input as a file', () => {
  it('check reads a policy from -, named <stdin> in what it prints', () => {
    const policy = readFileSync(join(root, 'examples/policies/warn-then-end.policy'), 'utf8');
    expect(runCaptured(['check', '-'], root, policy)).toEqual({ code: 0, out: 'ok <stdin>\n', err: '' });
    const broken = runCaptured(['check', '-'], root, 'policy "b" { rule r { ');
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/^<stdin>:1:\d+: error\[parse\/syntax\]/);
  });

  it('replay and explain read a call from -, JSONL or a transcript by its content', () => {
    const jsonl = readFileSync(join(root, 'examples/calls/keeps-swearing.jsonl'), 'utf8');
    const transcript = readFileSync(join(root, 'examples/calls/keeps-swearing.txt'), 'utf8');
    const fromFile = runCaptured(['replay', '--json', 'examples/policies/warn-then-end.policy', 'examples/calls/keeps-swearing.jsonl'], root).out;
    expect(runCaptured(['replay', '--json', 'examples/policies/warn-then-end.policy', '-'], root, jsonl).out).toBe(fromFile);
    const replayed = runCaptured(['replay', '--json', 'examples/policies/warn-then-end.policy', '-'], root, transcript);
    expect(replayed.err).toBe('');
    expect(replayed.out.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { action: string }).action)).toContain('end_call');
    const explained = runCaptured(['explain', 'examples/policies/warn-then-end.policy', '-', '--at', '4'], root, jsonl);
    expect(explained.out).toMatch(/^Event 4 \(<stdin>:5\), utterance at /);
  });
});
