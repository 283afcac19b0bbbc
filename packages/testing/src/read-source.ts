import { readUserFile } from '@callguard/adapters';
import { Source, wholeFileDiagnostic, type Diagnostic } from '@callguard/dsl';

/** The largest test file read: a test file of thousands of cases is well under it (docs/limits.md). */
export const MAX_TEST_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Reads a file the user wrote as a source shown under `shown` (the path as
 * they typed it), or the diagnostic that says why it cannot be read. Only a
 * regular file within {@link MAX_TEST_FILE_BYTES} is read (adapters'
 * `readUserFile`): a device or a FIFO is refused at once, never read or waited on.
 */
export function readSource(path: string, shown: string): Source | Diagnostic {
  const read = readUserFile(path, { maxBytes: MAX_TEST_FILE_BYTES });
  if ('text' in read) return new Source(read.text, shown);
  return wholeFileDiagnostic(read.reason === 'not-found' ? 'usage/file-not-found' : 'usage/unreadable-file', read.message, shown);
}
