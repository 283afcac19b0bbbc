import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readUserFile } from './read-user-file.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'callguard-read-'));
  mkdirSync(join(dir, 'root'));
  writeFileSync(join(dir, 'root', 'a.policy'), 'policy "a" {}');
  writeFileSync(join(dir, 'secret.txt'), 'TOP SECRET');
});

const limits = { maxBytes: 1024 };

describe('readUserFile', () => {
  it('reads a regular file', () => {
    expect(readUserFile(join(dir, 'root', 'a.policy'), limits)).toEqual({ text: 'policy "a" {}' });
  });

  it('refuses what is not a regular file, without blocking: a folder, a device, a FIFO', () => {
    execFileSync('mkfifo', [join(dir, 'root', 'pipe.policy')]);
    expect(readUserFile(join(dir, 'root'), limits)).toMatchObject({ reason: 'not-a-file' });
    expect(readUserFile('/dev/zero', limits)).toMatchObject({ reason: 'not-a-file' });
    expect(readUserFile(join(dir, 'root', 'pipe.policy'), limits)).toMatchObject({ reason: 'not-a-file' });
  });

  it('refuses a file over the size limit unread', () => {
    writeFileSync(join(dir, 'root', 'big.policy'), 'x'.repeat(1025));
    expect(readUserFile(join(dir, 'root', 'big.policy'), limits)).toEqual({ reason: 'too-large', message: 'is larger than 1024 bytes' });
  });

  it('keeps to its roots, following links, and says nothing of what lies outside', () => {
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'root', 'link.policy'));
    const roots = [join(dir, 'root')];
    expect(readUserFile(join(dir, 'root', 'a.policy'), { ...limits, roots })).toEqual({ text: 'policy "a" {}' });
    for (const path of [join(dir, 'secret.txt'), join(dir, 'root', 'link.policy'), join(dir, 'root', '..', 'secret.txt')]) {
      const result = readUserFile(path, { ...limits, roots });
      expect(result).toMatchObject({ reason: 'outside-roots' });
      expect(JSON.stringify(result)).not.toContain('SECRET');
    }
  });

  it('says when a file is missing', () => {
    expect(readUserFile(join(dir, 'nope.policy'), limits)).toEqual({ reason: 'not-found', message: 'no such file' });
  });
});
