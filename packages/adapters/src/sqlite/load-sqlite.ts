/**
 * better-sqlite3, loaded the first time a store or a decision log is opened
 * rather than when `@callguard/adapters` is imported. It is a native addon
 * and an optional peer dependency: `check`, `fmt`, `test`, `replay` and
 * `explain` must install and run where it was never installed or could not
 * be built. It is required synchronously (it is CommonJS) so that opening a
 * store stays synchronous for its callers; see docs/design.md.
 */
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

/** The better-sqlite3 module: the `Database` constructor with `SqliteError` on it. */
export type Sqlite = typeof BetterSqlite3;

/** Why SQLite cannot be used here, and what to do about it. */
export interface SqliteUnavailable {
  /** One line for the error message. */
  readonly message: string;
  /** What to install or run. */
  readonly help: string;
}

const INSTALL = 'install it beside CallGuard (`npm install better-sqlite3`); check, fmt, test, replay without --store and explain do not need it';

let loaded: Sqlite | SqliteUnavailable | undefined;

/** True when better-sqlite3 itself, not something it requires, is what is missing. */
function isMissing(e: unknown): boolean {
  return e instanceof Error && (e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && e.message.includes("'better-sqlite3'");
}

/** better-sqlite3 as a module at `from` resolves it, or why it is unavailable. */
export function requireSqlite(from: string | URL): Sqlite | SqliteUnavailable {
  let sqlite: Sqlite;
  try {
    sqlite = createRequire(from)('better-sqlite3') as Sqlite;
  } catch (e) {
    if (isMissing(e)) return { message: 'the SQLite driver (better-sqlite3) is not installed', help: INSTALL };
    return { message: `the SQLite driver (better-sqlite3) cannot be loaded (${firstLine(e)})`, help: 'reinstall it: `npm install better-sqlite3`' };
  }
  // The native part loads with the first database; an install that skipped
  // or failed its build shows here rather than halfway through a command.
  try {
    new sqlite(':memory:').close();
  } catch (e) {
    return {
      message: `the SQLite driver (better-sqlite3) is installed but its native part is not built (${firstLine(e)})`,
      help: 'build it with `npm rebuild better-sqlite3` (it needs Python and a C++ compiler where no prebuilt binary fits), or reinstall it with install scripts allowed',
    };
  }
  return sqlite;
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}

/** better-sqlite3, or why it is unavailable; loaded once per process. */
export function loadSqlite(): Sqlite | SqliteUnavailable {
  loaded ??= requireSqlite(import.meta.url);
  return loaded;
}

/** True when {@link loadSqlite} found no usable driver. */
export function isUnavailable(sqlite: Sqlite | SqliteUnavailable): sqlite is SqliteUnavailable {
  return typeof sqlite !== 'function';
}

/** True when `e` is an error SQLite itself raised (better-sqlite3's `SqliteError`, with its result code). */
export function isSqliteError(e: unknown): e is InstanceType<Sqlite['SqliteError']> {
  return loaded !== undefined && !isUnavailable(loaded) && e instanceof loaded.SqliteError;
}
