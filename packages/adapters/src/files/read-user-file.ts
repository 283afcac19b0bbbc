import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';

/** What {@link readUserFile} may read. */
export interface ReadUserFileOptions {
  /** The largest file read, in bytes; a larger one is refused unread. */
  readonly maxBytes: number;
  /**
   * Folders the file must be inside, once links are followed. Leave it out
   * for a file the user named on the command line; give it for files that
   * other files name (`extends`, a test file's `policy:`), which may come from
   * an untrusted change.
   */
  readonly roots?: readonly string[];
}

/** Why a file was not read. */
export type UnreadableReason = 'not-found' | 'not-a-file' | 'too-large' | 'outside-roots' | 'unreadable';

/** The text of a file, or why it was not read, in words that name nothing of its content. */
export type ReadUserFileResult = { readonly text: string } | { readonly reason: UnreadableReason; readonly message: string };

/**
 * Reads a file a user or a policy names, safely: only a regular file (never
 * a folder, a device such as `/dev/zero`, or a FIFO, which would block), at
 * most `maxBytes`, and only inside `roots` when given. It never blocks and
 * never throws for a bad path.
 */
export function readUserFile(path: string, options: ReadUserFileOptions): ReadUserFileResult {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT'
      ? { reason: 'not-found', message: 'no such file' }
      : { reason: 'unreadable', message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (options.roots && !isWithinRoots(real, options.roots)) {
    return { reason: 'outside-roots', message: 'is outside the folders policies may be read from' };
  }
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO with no writer returns at once.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EISDIR' ? { reason: 'not-a-file', message: 'is a directory, not a file' } : { reason: 'unreadable', message: `cannot be read (${code ?? 'error'})` };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { reason: 'not-a-file', message: 'is a directory, not a file' };
    if (!stat.isFile()) return { reason: 'not-a-file', message: 'is not a regular file (a device, pipe or socket)' };
    if (stat.size > options.maxBytes) return { reason: 'too-large', message: `is larger than ${describeBytes(options.maxBytes)}` };
    const text = readFileSync(fd, 'utf8');
    // The file may have grown since fstat; what was read is what counts.
    if (Buffer.byteLength(text) > options.maxBytes) return { reason: 'too-large', message: `is larger than ${describeBytes(options.maxBytes)}` };
    return { text };
  } catch (e) {
    return { reason: 'unreadable', message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}

/**
 * True when `path` lies inside one of `roots`, both with links followed. A
 * path that does not exist is judged by its nearest existing folder, so a
 * missing file is placed where it would be, without reading anything there.
 */
export function isWithinRoots(path: string, roots: readonly string[]): boolean {
  const real = realPlace(path);
  return roots.some((root) => {
    const base = realPlace(root);
    return real === base || real.startsWith(base.endsWith(sep) ? base : base + sep);
  });
}

/** `path` with links followed, as far up as it exists. */
function realPlace(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPlace(parent), basename(path));
  }
}

function describeBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}
