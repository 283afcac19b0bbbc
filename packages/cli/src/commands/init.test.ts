import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../capture-io.js';
import { TEMPLATES } from '../templates/template.js';

/** Runs `callguard ...args` in-process from `cwd`, keeping what it prints. */
function callguard(cwd: string, ...args: string[]) {
  return runCaptured(args, cwd);
}

const scratch = () => mkdtempSync(join(tmpdir(), 'callguard-init-'));

describe('callguard init', () => {
  it.each(Object.keys(TEMPLATES))('scaffolds a %s policy that checks clean and whose tests pass with full coverage', (stance) => {
    const cwd = scratch();
    const made = callguard(cwd, 'init', '--stance', stance, 'line-team');
    expect(made).toMatchObject({ code: 0, err: '' });
    expect(made.out).toContain('created line-team/line-team.policy\ncreated line-team/line-team.test.yaml\ncreated line-team/calls/sample.jsonl\n');
    expect(readFileSync(join(cwd, 'line-team/line-team.policy'), 'utf8')).toContain(`policy "line-team" {\n  version "0.1.0"\n  stance ${stance}\n`);

    expect(callguard(cwd, 'check', 'line-team/line-team.policy')).toEqual({ code: 0, out: 'ok line-team/line-team.policy\n', err: '' });
    expect(callguard(cwd, 'fmt', '--check', 'line-team/line-team.policy').code).toBe(0);
    const tested = callguard(cwd, 'test', 'line-team', '--min-coverage', '100');
    expect(tested.err).toBe('');
    expect(tested.code).toBe(0);
    expect(tested.out).toMatch(/100% of ladder steps/);
    const replayed = callguard(cwd, 'replay', 'line-team/line-team.policy', 'line-team/calls/sample.jsonl', '--json');
    expect(replayed.code).toBe(0);
    expect(replayed.out.trimEnd().split('\n')).toHaveLength(9); // call_started's set-up decision, then 8 events
  });

  it('defaults to warn_then_end in the working directory when it is empty', () => {
    const cwd = join(scratch(), 'Acme Support');
    const made = callguard(join(cwd, '..'), 'init', 'Acme Support');
    expect(made.code).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(['acme-support.policy', 'acme-support.test.yaml', 'calls']);
    expect(readFileSync(join(cwd, 'acme-support.policy'), 'utf8')).toContain('stance warn_then_end');
    const here = scratch();
    expect(callguard(here, 'init').code).toBe(0);
    expect(readdirSync(here).filter((f) => f.endsWith('.policy'))).toHaveLength(1);
  });

  it('refuses a folder that is not empty, and writes nothing', () => {
    const cwd = scratch();
    writeFileSync(join(cwd, 'notes.txt'), 'mine');
    const r = callguard(cwd, 'init');
    expect(r.code).toBe(2);
    expect(r.err).toBe('. is not empty (it has notes.txt); init only writes into an empty or new folder, so nothing of yours is overwritten\n');
    expect(readdirSync(cwd)).toEqual(['notes.txt']);
  });

  it('refuses a file, and an unknown stance with a suggestion', () => {
    const cwd = scratch();
    writeFileSync(join(cwd, 'taken'), '');
    expect(callguard(cwd, 'init', 'taken')).toMatchObject({ code: 2, err: 'taken is a file; init needs an empty or new folder\n' });
    const r = callguard(cwd, 'init', '--stance', 'warn_than_end', 'new');
    expect(r.code).toBe(2);
    expect(r.err).toContain('error[usage/bad-option-value]: ');
    expect(r.err).toContain('expected one of zero_tolerance, warn_then_end, escalate_first, never_hang_up; did you mean `warn_then_end`?');
    expect(existsSync(join(cwd, 'new'))).toBe(false);
  });
});
