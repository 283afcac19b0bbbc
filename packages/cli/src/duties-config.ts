/**
 * The `duties` section of a `callguard.yaml` named by `--config`, for the
 * commands that keep or deliver duties without the service (`replay
 * --store`, `duties deliver`): the same file, read and checked the same way.
 */
import { resolve } from 'node:path';
import { formatDiagnostic } from '@callguard/dsl';
import { readConfig, type DutiesConfig, type Env } from '@callguard/server';
import type { Io } from './io.js';

/**
 * The file's duties settings (`undefined` when it has no `duties` section),
 * or `false` after printing why the file cannot be used.
 */
export function readDutiesConfig(file: string, env: Env, io: Io): DutiesConfig | undefined | false {
  const read = readConfig(resolve(io.cwd, file), env, file);
  if (read.config === undefined) {
    for (const d of read.diagnostics) io.err(`${formatDiagnostic(d)}\n\n`);
    return false;
  }
  return read.config.duties;
}
