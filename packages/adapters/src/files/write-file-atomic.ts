import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces `path`'s content with `text` so that a reader, a crash or a full
 * disk sees either the old file or the new one, never half of it: the text is
 * written and synced to a temporary file beside it, which is then renamed over
 * it. The file keeps its permissions. Returns the error's code when it cannot
 * (`EACCES`, `ENOSPC`, ...), leaving the original untouched.
 */
export function writeFileAtomic(path: string, text: string): { readonly ok: true } | { readonly ok: false; readonly code: string } {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number | undefined;
  let created = false;
  try {
    const mode = statSync(path, { throwIfNoEntry: false })?.mode ?? 0o644;
    fd = openSync(temp, 'wx', mode & 0o777);
    created = true;
    const bytes = Buffer.from(text);
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
    return { ok: true };
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    if (created) rmSync(temp, { force: true });
    return { ok: false, code: (e as NodeJS.ErrnoException).code ?? 'EIO' };
  }
}
