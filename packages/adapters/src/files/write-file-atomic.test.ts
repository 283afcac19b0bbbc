import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-file-atomic.js';

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the permissions and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-write-'));
    const file = join(dir, 'p.policy');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    expect(writeFileAtomic(file, 'new text')).toEqual({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe('new text');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['p.policy']);
  });

  it('leaves what stands at the path whole, and no temporary file, when the rename fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-write-'));
    const target = join(dir, 'p.policy');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'kept');
    const result = writeFileAtomic(target, 'new');
    expect(result.ok).toBe(false);
    expect(readFileSync(join(target, 'inside'), 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['p.policy']);
  });

  it('never touches a temporary file it did not create', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-write-'));
    const file = join(dir, 'p.policy');
    const theirs = join(dir, `.p.policy.${process.pid}.tmp`);
    writeFileSync(file, 'old');
    writeFileSync(theirs, 'someone else');
    expect(writeFileAtomic(file, 'new')).toEqual({ ok: false, code: 'EEXIST' });
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readFileSync(theirs, 'utf8')).toBe('someone else');
  });
});
