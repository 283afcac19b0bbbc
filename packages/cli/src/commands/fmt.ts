import { resolve } from 'node:path';
import { writeFileAtomic } from '@callguard/adapters';
import { format, formatDiagnostic, sortDiagnostics } from '@callguard/dsl';
import { EXIT, paint, type Io } from '../io.js';
import { readText } from '../load-policy.js';

/** Options of `callguard fmt`. */
export interface FmtCommandOptions {
  /** Only report files that are not formatted; change nothing. */
  readonly check: boolean;
  /** Print the formatted text instead of rewriting the file. */
  readonly stdout: boolean;
}

/**
 * Formats policy files in place (or checks them with `--check`). A file with
 * syntax errors is never rewritten: its diagnostics are printed instead.
 */
export function fmtCommand(files: readonly string[], options: FmtCommandOptions, io: Io): number {
  const c = paint(io);
  let failed = false;
  for (const file of files) {
    const path = resolve(io.cwd, file);
    const original = readText(path, file);
    const result = format(original, { name: file });
    if (result.text === undefined) {
      failed = true;
      for (const d of sortDiagnostics(result.diagnostics)) io.out(`${formatDiagnostic(d)}\n\n`);
      continue;
    }
    if (options.stdout) {
      io.out(result.text);
    } else if (result.text === original) {
      if (options.check) io.out(`${c.green('ok')} ${file}\n`);
    } else if (options.check) {
      failed = true;
      io.out(`${c.red('not formatted')} ${file}\n`);
    } else {
      const written = writeFileAtomic(path, result.text);
      if (written.ok) {
        io.out(`formatted ${file}\n`);
      } else {
        failed = true;
        io.err(`${file}: cannot write the formatted policy (${written.code}); the file is unchanged\n`);
      }
    }
  }
  return failed ? EXIT.failure : EXIT.ok;
}
