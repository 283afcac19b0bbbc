// The completion scripts run in the real shells: bash sources its script and
// calls the completion function as `complete -F` would; fish answers
// `complete -C`; zsh runs its function with the completion system's
// `_describe` and `_files` standing in, printing what they were given.
// CI installs zsh and fish (.ci/run); elsewhere a missing shell skips its test.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../capture-io.js';
import { allCommands, commandTable } from './command-table.js';

const dir = mkdtempSync(join(tmpdir(), 'callguard-completion-'));
const has = (shell: string) => spawnSync(shell, ['-c', 'true']).status === 0 || process.env['CI'] !== undefined;

function script(shell: string): string {
  const r = runCaptured(['completion', shell], dir);
  expect(r).toMatchObject({ code: 0, err: '' });
  const file = join(dir, `callguard.${shell}`);
  writeFileSync(file, r.out);
  return file;
}

/** The top-level commands `callguard --help` lists. */
function helpCommands(): string[] {
  const help = runCaptured(['--help'], dir).out;
  const section = help.slice(help.indexOf('Commands:'));
  return [...section.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!).filter((name) => name !== 'help');
}

describe('the command table', () => {
  it('lists subcommands under their command, with their own options', () => {
    const program = new Command('callguard').description('root');
    program.command('duties').description('list').option('--store <file>', 'the store').command('done').description('mark').option('--by <who>', 'who');
    program.command('check').description('check').argument('<files...>', 'files').option('--json', 'as JSON');
    const table = commandTable(program);
    expect(allCommands(table).map((c) => c.path.join(' '))).toEqual(['', 'duties', 'duties done', 'check']);
    const [, duties, done, check] = allCommands(table);
    expect(duties).toMatchObject({ files: false, options: [{ flags: ['--store'], takesValue: true }, { flags: ['--help', '-h'] }] });
    expect(done?.options[0]).toEqual({ flags: ['--by'], description: 'who', takesValue: true });
    expect(check).toMatchObject({ files: true, options: [{ flags: ['--json'], takesValue: false }, { flags: ['--help', '-h'] }] });
  });
});

describe('bash', () => {
  const complete = (...words: string[]) => {
    const file = script('bash');
    const program = `source ${JSON.stringify(file)}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _callguard; printf '%s\\n' "\${COMPREPLY[@]}"`;
    return execFileSync('bash', ['-c', program], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
  };

  it('completes commands, subcommands, options and fixed words', () => {
    // Every command the help lists, and no other: the script is made from the same table.
    expect(complete('callguard', '')).toEqual(helpCommands());
    expect(helpCommands()).toEqual(expect.arrayContaining(['check', 'fmt', 'eval', 'detect', 'completion']));
    expect(complete('callguard', 'ev')).toEqual(['eval']);
    expect(complete('callguard', '--no-color', 'de')).toEqual(['detect']);
    expect(complete('callguard', 'fmt', '--')).toEqual(['--check', '--diff', '--stdout', '--help']);
    expect(complete('callguard', 'duties', '')).toEqual(['done', 'list', 'show', 'retry', 'deliver']);
    expect(complete('callguard', 'completion', '')).toEqual(['bash', 'zsh', 'fish']);
  });

  it('completes file names for file arguments and option values', () => {
    writeFileSync(join(dir, 'my.policy'), '');
    expect(complete('callguard', 'check', 'my.')).toEqual(['my.policy']);
    expect(complete('callguard', 'replay', '--store', 'my.')).toEqual(['my.policy']);
  });
});

describe('fish', () => {
  it.runIf(has('fish'))('completes commands with descriptions, options and subcommands', () => {
    const file = script('fish');
    const complete = (line: string) => execFileSync('fish', ['-c', `source ${JSON.stringify(file)}; complete -C ${JSON.stringify(line)}`], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
    expect(complete('callguard ev')).toEqual(['eval\tdecide one event or a short sequence (JSON, on the command line or standard input) and explain each decision']);
    expect(complete('callguard fmt --d')).toEqual(['--diff\tprint what formatting would change as a unified diff, change nothing; exits 1 when anything would change']);
    expect(complete('callguard duties ')).toContain('done\tmark a duty done (at --now, default the current time)');
    expect(complete('callguard duties ').map((c) => c.split('\t')[0]).sort()).toEqual(['deliver', 'done', 'list', 'retry', 'show']);
    expect(complete('callguard completion ')).toEqual(['bash', 'fish', 'zsh']);
  });
});

describe('zsh', () => {
  it.runIf(has('zsh'))('completes commands with descriptions, options and subcommands', () => {
    const file = script('zsh');
    const complete = (...words: string[]) => {
      const program = [
        // The completion system's functions, standing in: each prints what it was given.
        "_describe() { shift 3; print -rl -- ${(P)1}; }",
        '_files() { print -r -- FILES; }',
        'compdef() { :; }',
        `source ${JSON.stringify(file)}`,
        `words=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}; PREFIX='${words.at(-1) ?? ''}'`,
        '_callguard',
      ].join('\n');
      return execFileSync('zsh', ['-fc', program], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
    };
    expect(complete('callguard', '')).toContain('eval:decide one event or a short sequence (JSON, on the command line or standard input) and explain each decision');
    expect(complete('callguard', 'fmt', '--')).toContain('--diff:print what formatting would change as a unified diff, change nothing; exits 1 when anything would change');
    expect(complete('callguard', 'duties', '')).toContain('done:mark a duty done (at --now, default the current time)');
    expect(complete('callguard', 'duties', '').map((c) => c.split(':')[0]).sort()).toEqual(['deliver', 'done', 'list', 'retry', 'show']);
    expect(complete('callguard', 'check', '')).toEqual(['FILES']);
    expect(complete('callguard', 'replay', '--store', '')).toEqual(['FILES']);
  });
});
