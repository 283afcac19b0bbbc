// Slow (about 20 s): packs every publishable package with pnpm, installs the
// tarballs into a plain npm project and uses them there as an outside
// application would: the embedding example in plain JavaScript (ESM), the
// same from CommonJS, a module importing every entry point type-checked
// with TypeScript under `nodenext` and `bundler` resolution, and the
// `callguard` command.
// Install scripts are off, as they are for anyone who installs without
// native build tools: nothing here may need them. better-sqlite3 (the
// store's and the decision log's native driver) is an optional peer, so it
// is not installed: every command but the store's runs without it, and the
// store's say what to install, then what to build once it is installed
// unbuilt.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, workspacePackages } from '../workspace/packages.js';

const packages = workspacePackages();
const work = mkdtempSync(join(tmpdir(), 'callguard-pack-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');

/** pnpm as `pnpm test` ran it, else the pinned version through npx. */
function pnpm(args: string[], cwd: string): string {
  const execPath = process.env.npm_execpath;
  const [command, prefix] = execPath?.includes('pnpm') ? [process.execPath, [execPath]] : ['npx', ['-y', 'pnpm@10.34.9']];
  return execFileSync(command, [...prefix, ...args], { cwd, encoding: 'utf8' });
}

/** The environment of an outside project: without NODE_PATH, which pnpm's launchers point at every package of the workspace. */
const { NODE_PATH: _workspace, ...outside } = process.env;

function run(command: string, args: string[]) {
  const r = spawnSync(command, args, { cwd: app, encoding: 'utf8', env: { ...outside, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The files in a tarball, without npm's `package/` prefix. */
function contents(tarball: string): string[] {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''));
}

function tarballOf(name: string): string {
  return join(tarballs, `${name.replace('@', '').replace('/', '-')}-${String(packages.find((p) => p.name === name)?.manifest.version)}.tgz`);
}

/** A TypeScript module importing every entry point, and deciding an event with typed values. */
function consumer(): string {
  const specifiers = packages.flatMap((p) => p.entries.map((e) => (e.subpath === '.' ? p.name : `${p.name}/${e.subpath.slice(2)}`)));
  return [
    ...specifiers.map((s, i) => `export * as entry${i} from '${s}';`),
    "import { checkText } from '@callguard/dsl';",
    "import { compile, explain, type Decision } from '@callguard/engine';",
    'export function decide(text: string): string | undefined {',
    "  const { policy } = checkText(text, 'p.policy');",
    '  if (!policy) return undefined;',
    "  const call = compile(policy).open({ type: 'call_started', at: '2026-12-01T09:00:00Z', call: { id: 'c' } });",
    "  const decision: Decision = call.handle({ type: 'utterance', at: '2026-12-01T09:00:05Z', speaker: 'customer', signals: { profanity: 0.9 } });",
    '  return explain(decision);',
    '}',
    '',
  ].join('\n');
}

beforeAll(() => {
  pnpm(['-r', ...packages.flatMap((p) => ['--filter', p.name]), 'pack', '--pack-destination', tarballs], root);
  mkdirSync(join(app, 'embedding'), { recursive: true });
  mkdirSync(join(app, 'policies'));
  const dependencies = Object.fromEntries(packages.map((p) => [p.name, `file:${tarballOf(p.name)}`]));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'embedder', private: true, dependencies }, null, 2));
  execFileSync('npm', ['install', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app, encoding: 'utf8' });
  copyFileSync(join(root, 'examples/policies/warn-then-end.policy'), join(app, 'policies/warn-then-end.policy'));
  mkdirSync(join(app, 'tests'));
  copyFileSync(join(root, 'examples/tests/warn-then-end.test.yaml'), join(app, 'tests/warn-then-end.test.yaml'));
  writeFileSync(join(app, 'consumer.mts'), consumer());
  const example = readFileSync(join(root, 'examples/embedding/agent-assist.ts'), 'utf8');
  const js = ts.transpileModule(example, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  writeFileSync(join(app, 'embedding/agent-assist.mjs'), js);
}, 120_000);

// Removing the installed app can take a while on a busy machine.
afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

describe('the packed packages', () => {
  it.each(packages.map((p) => p.name))('%s carries its README, the licence and only what it builds', (name) => {
    const files = contents(tarballOf(name));
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE']));
    expect(files.filter((f) => !['package.json', 'README.md', 'LICENSE'].includes(f) && !/^(dist|bin)\//.test(f))).toEqual([]);
    expect(files.filter((f) => /\.test\.|\/test\//.test(f))).toEqual([]);
    const manifest = JSON.parse(execFileSync('tar', ['-xOzf', tarballOf(name), 'package/package.json'], { encoding: 'utf8' })) as Record<string, unknown>;
    expect(JSON.stringify(manifest.exports ?? {})).not.toContain('"source"');
    expect(JSON.stringify(manifest.dependencies ?? {})).not.toContain('workspace:');
    expect(manifest.license).toBe('Apache-2.0');
  });

  it('the engine carries no test fixtures and no reference interpreter', () => {
    const files = contents(tarballOf('@callguard/engine'));
    expect(files.filter((f) => /reference|test-|fixture/.test(f))).toEqual([]);
  });
});

describe('an npm project using the tarballs', () => {
  it('runs the embedding example as plain JavaScript (ESM)', () => {
    const r = run(process.execPath, ['embedding/agent-assist.mjs']);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^warn - Warn the customer \(step 1 of 4 of rule `abuse`/);
  });

  it('loads the packages from CommonJS', () => {
    writeFileSync(
      join(app, 'decide.cjs'),
      [
        "const { readFileSync } = require('node:fs');",
        "const { checkText } = require('@callguard/dsl');",
        "const { compile } = require('@callguard/engine');",
        "const { policy } = checkText(readFileSync('policies/warn-then-end.policy', 'utf8'), 'warn-then-end.policy');",
        "const call = compile(policy).open({ type: 'call_started', at: '2026-12-01T09:00:00Z', call: { id: 'c' } });",
        "console.log(call.handle({ type: 'utterance', at: '2026-12-01T09:00:05Z', speaker: 'customer', signals: { profanity: 0.92 } }).action);",
      ].join('\n'),
    );
    const r = run(process.execPath, ['--no-warnings', 'decide.cjs']);
    expect(r.err).toBe('');
    expect(r.out).toBe('warn\n');
  });

  it.each([
    ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
  ])('type-checks against every entry point with TypeScript (%s)', (resolution, options) => {
    const config = `tsconfig.${resolution}.json`;
    // No @types/node: the packages' declarations must not need it.
    const compilerOptions = { ...options, target: 'es2022', lib: ['es2023'], types: [], strict: true, noEmit: true, skipLibCheck: false };
    writeFileSync(join(app, config), JSON.stringify({ compilerOptions, files: ['consumer.mts'] }));
    const r = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', config]);
    expect(r.out + r.err).toBe('');
    expect(r.code).toBe(0);
  });

  const bin = join(app, 'node_modules/.bin/callguard');

  it('installs no native SQLite driver', () => {
    expect(existsSync(join(app, 'node_modules/better-sqlite3'))).toBe(false);
  });

  it('runs the callguard commands that need no store without it', () => {
    expect(run(bin, ['check', 'policies/warn-then-end.policy'])).toEqual({ code: 0, out: 'ok policies/warn-then-end.policy\n', err: '' });
    expect(run(bin, ['fmt', '--check', 'policies/warn-then-end.policy'])).toMatchObject({ code: 0, err: '' });
    const replay = run(bin, ['replay', '--json', 'policies/warn-then-end.policy', join(root, 'examples/calls/keeps-swearing.txt')]);
    expect(replay.err).toBe('');
    expect(replay.out.trimEnd().split('\n').map((line) => (JSON.parse(line) as { action: string }).action)).toContain('warn');
    const explain = run(bin, ['explain', 'policies/warn-then-end.policy', join(root, 'examples/calls/keeps-swearing.jsonl'), '--at', '1']);
    expect(explain).toMatchObject({ code: 0, err: '' });
    expect(explain.out).toContain('Policy acme-standard');
    const test = run(bin, ['test', 'tests']);
    expect(test.err).toBe('');
    expect(test.code).toBe(0);
  });

  it('says what to install when a store command runs without the driver, then what to build', () => {
    const missing = run(bin, ['duties', '--store', 'callguard.db']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('error[store/sqlite-unavailable]');
    expect(missing.err).toContain('npm install better-sqlite3');
    const log = run(bin, ['replay', '--log', 'decisions.db', 'policies/warn-then-end.policy', join(root, 'examples/calls/keeps-swearing.txt')]);
    expect(log.code).toBe(2);
    expect(log.err).toContain('error[log/sqlite-unavailable]');
    expect(existsSync(join(app, 'callguard.db'))).toBe(false);
    execFileSync('npm', ['install', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', 'better-sqlite3@^12'], { cwd: app, encoding: 'utf8' });
    const unbuilt = run(bin, ['duties', '--store', 'callguard.db']);
    expect(unbuilt.code).toBe(2);
    expect(unbuilt.err).toContain('error[store/sqlite-unavailable]');
    expect(unbuilt.err).toContain('npm rebuild better-sqlite3');
  });
});

it('packs every package the workspace has', () => {
  expect(readdirSync(tarballs).sort()).toEqual(packages.map((p) => tarballOf(p.name).slice(tarballs.length + 1)).sort());
});
