// Global set-up: every temporary folder a test makes (through os.tmpdir(),
// in-process or in a spawned process) lands in one folder for the run, which
// is removed when the run ends, whether the tests cleaned up after themselves or not.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MARK = 'CALLGUARD_TEST_TMPDIR';

export default function setup(): () => void {
  // Each vitest project runs the global set-up; the first one owns the folder.
  if (process.env[MARK] !== undefined) return () => {};
  const previous = process.env['TMPDIR'];
  const dir = mkdtempSync(join(tmpdir(), 'callguard-tests-'));
  process.env['TMPDIR'] = dir;
  process.env[MARK] = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    delete process.env[MARK];
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
  };
}
