import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { Source, wholeFileDiagnostic, type Diagnostic } from '@callguard/dsl';

/** The largest test file read: a test file of thousands of cases is well under it (docs/limits.md). */
export const MAX_TEST_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Reads a file the user wrote as a source shown under `shown` (the path as
 * they typed it), or the diagnostic that says why it cannot be read. Only a
 * regular file within {@link MAX_TEST_FILE_BYTES} is read: a device or a FIFO
 * is refused at once (opened without blocking), never read or waited on.
 */
export function readSource(path: string, shown: string): Source | Diagnostic {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return unreadable(e, shown);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return wholeFileDiagnostic('usage/unreadable-file', 'is a directory, not a file', shown);
    if (!stat.isFile()) return wholeFileDiagnostic('usage/unreadable-file', 'is not a regular file (a device, pipe or socket)', shown);
    if (stat.size > MAX_TEST_FILE_BYTES) return wholeFileDiagnostic('usage/unreadable-file', `is larger than ${MAX_TEST_FILE_BYTES / (1024 * 1024)} MiB`, shown);
    return new Source(readFileSync(fd, 'utf8'), shown);
  } catch (e) {
    return unreadable(e, shown);
  } finally {
    closeSync(fd);
  }
}

function unreadable(e: unknown, shown: string): Diagnostic {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return wholeFileDiagnostic('usage/file-not-found', 'no such file', shown);
  const why = code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? String(e)})`;
  return wholeFileDiagnostic('usage/unreadable-file', why, shown);
}
