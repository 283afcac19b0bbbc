import { resolve } from 'node:path';
import { writeFileAtomic } from '@callguard/adapters';
import { format, formatDiagnostic, sortDiagnostics } from '@callguard/dsl';
import { createTwoFilesPatch } from 'diff';
import { EXIT, paint, type Io } from '../io.js';
import { readInput } from '../load-policy.js';

/** Options of `callguard fmt`. */
export interface FmtCommandOptions {
  /** Only report files that are not formatted; change nothing. */
  readonly check: boolean;
  /** Print what formatting would change as a unified diff; change nothing. */
  readonly diff: boolean;
  /** Print the formatted text instead of rewriting the file. */
  readonly stdout: boolean;
}

/**
 * Formats policy files in place, or checks them (`--check`), or shows what
 * would change (`--diff`, exit 1 when anything would). A file with syntax
 * errors is never rewritten: its diagnostics are printed instead. `-` reads
 * standard input and prints the formatted text (it has no file to rewrite).
 */
export function fmtCommand(files: readonly string[], options: FmtCommandOptions, io: Io): number {
  const c = paint(io);
  let failed = false;
  for (const file of files) {
    const source = readInput(file, io);
    const original = source.body;
    const result = format(original, { name: source.name });
    if (result.text === undefined) {
      failed = true;
      for (const d of sortDiagnostics(result.diagnostics)) io.out(`${formatDiagnostic(d)}\n\n`);
      continue;
    }
    if (options.diff) {
      if (result.text === original) continue;
      failed = true;
      io.out(colourDiff(createTwoFilesPatch(`a/${source.name}`, `b/${source.name}`, original, result.text, '', '', { context: 3 }), c));
    } else if (options.stdout) {
      io.out(result.text);
    } else if (options.check) {
      if (result.text === original) {
        io.out(`${c.green('ok')} ${source.name}\n`);
      } else {
        failed = true;
        io.out(`${c.red('not formatted')} ${source.name}\n`);
      }
    } else if (file === '-') {
      io.out(result.text);
    } else if (result.text !== original) {
      const written = writeFileAtomic(resolve(io.cwd, file), result.text);
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

/** A unified diff without jsdiff's `Index:`/`===` preamble, removed lines red and added ones green. */
function colourDiff(patch: string, c: ReturnType<typeof paint>): string {
  return patch
    .split('\n')
    .filter((line) => !line.startsWith('Index: ') && !/^=+$/.test(line))
    .map((line) => (line.startsWith('-') && !line.startsWith('---') ? c.red(line) : line.startsWith('+') && !line.startsWith('+++') ? c.green(line) : line.startsWith('@@') ? c.cyan(line) : line))
    .join('\n');
}
