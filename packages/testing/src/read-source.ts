import { readFileSync } from 'node:fs';
import { Source, wholeFileDiagnostic, type Diagnostic } from '@callguard/dsl';

/**
 * Reads a file the user wrote as a source shown under `shown` (the path as
 * they typed it), or the diagnostic that says why it cannot be read.
 */
export function readSource(path: string, shown: string): Source | Diagnostic {
  try {
    return new Source(readFileSync(path, 'utf8'), shown);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return wholeFileDiagnostic('usage/file-not-found', 'no such file', shown);
    const why = code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? String(e)})`;
    return wholeFileDiagnostic('usage/unreadable-file', why, shown);
  }
}
