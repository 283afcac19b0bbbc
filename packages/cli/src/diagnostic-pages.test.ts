/**
 * The example on each page of a file-borne code (test files, transcripts,
 * JSONL calls, events) really gets that code when run, as a user would run
 * it, next to the example policy the pages name.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODES, codeDocPath, type Code } from '@callguard/contract';
import { describe, expect, it } from 'vitest';
import { runCaptured } from './capture-io.js';

const root = join(import.meta.dirname, '../../..');
/** Where each family's example is written, and the command that reads it. */
const RUNS: Readonly<Record<string, { readonly lang: string; readonly file: string; readonly args: readonly string[] }>> = {
  test: { lang: 'yaml', file: 'tests/example.test.yaml', args: ['test', 'tests'] },
  transcript: { lang: 'text', file: 'example.txt', args: ['replay', 'policies/warn-then-end.policy', 'example.txt'] },
  call: { lang: 'jsonl', file: 'example.jsonl', args: ['replay', 'policies/warn-then-end.policy', 'example.jsonl'] },
  event: { lang: 'jsonl', file: 'example.jsonl', args: ['replay', 'policies/warn-then-end.policy', 'example.jsonl'] },
};

function example(code: Code): { lang: string; text: string } | undefined {
  const page = readFileSync(join(root, codeDocPath(code)), 'utf8');
  const m = /```(\w+)\n([\s\S]*?)```/.exec(page);
  return m ? { lang: m[1]!, text: m[2]! } : undefined;
}

const cases = CODES.filter((code) => {
  const run = RUNS[code.split('/')[0]!];
  return run !== undefined && example(code)?.lang === run.lang;
});

describe('the examples on diagnostic pages', () => {
  it('cover every code of these families that has an example', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases)('%s: its example gets it', (code) => {
    const run = RUNS[code.split('/')[0]!]!;
    const dir = mkdtempSync(join(tmpdir(), 'callguard-page-'));
    mkdirSync(join(dir, 'policies'));
    mkdirSync(join(dir, 'tests'));
    copyFileSync(join(root, 'examples/policies/warn-then-end.policy'), join(dir, 'policies/warn-then-end.policy'));
    writeFileSync(join(dir, run.file), example(code)!.text);
    const r = runCaptured(run.args, dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`error[${code}]`);
  });
});
