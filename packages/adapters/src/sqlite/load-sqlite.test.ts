import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isSqliteError, isUnavailable, loadSqlite, requireSqlite } from './load-sqlite.js';

// A folder outside the workspace, where `better-sqlite3` resolves to nothing.
const elsewhere = mkdtempSync(join(tmpdir(), 'callguard-no-sqlite-'));
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

describe('loading better-sqlite3', () => {
  it('loads the installed driver once, and recognises the errors it raises', () => {
    const sqlite = loadSqlite();
    if (isUnavailable(sqlite)) throw new Error(sqlite.message);
    expect(loadSqlite()).toBe(sqlite);
    const db = new sqlite(':memory:');
    let raised: unknown;
    try {
      db.exec('SELECT * FROM nowhere');
    } catch (e) {
      raised = e;
    }
    db.close();
    expect(isSqliteError(raised)).toBe(true);
    expect(isSqliteError(new Error('SQLITE_ERROR'))).toBe(false);
  });

  it('says the driver is not installed, and how to install it, where it cannot be resolved', () => {
    // In a process of its own without NODE_PATH, which pnpm's launchers point
    // at every package of the workspace. The built module, as `pnpm test` builds first.
    const module = join(import.meta.dirname, '../../dist/sqlite/load-sqlite.js');
    const script = `const { requireSqlite } = await import(${JSON.stringify(module)}); console.log(JSON.stringify(requireSqlite(${JSON.stringify(pathToFileURL(join(elsewhere, 'here.js')).href)})));`;
    const env = { ...process.env };
    delete env['NODE_PATH'];
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      message: 'the SQLite driver (better-sqlite3) is not installed',
      help: expect.stringContaining('npm install better-sqlite3') as string,
    });
  });

  it('tells a package that fails while loading apart from a missing one', () => {
    const broken = join(elsewhere, 'broken');
    mkdirSync(join(broken, 'node_modules/better-sqlite3'), { recursive: true });
    writeFileSync(join(broken, 'node_modules/better-sqlite3/package.json'), '{"name":"better-sqlite3","main":"index.js"}');
    writeFileSync(join(broken, 'node_modules/better-sqlite3/index.js'), "require('bindings-that-are-not-there');");
    const found = requireSqlite(pathToFileURL(join(broken, 'here.js')));
    expect(isUnavailable(found) && found.message).toMatch(/^the SQLite driver \(better-sqlite3\) cannot be loaded \(Cannot find module 'bindings-that-are-not-there'/);
  });
});
