/**
 * The decision log: every decision appended to an SQLite file with the call
 * id, the hash of the event it answers, the decision as JSON, the policy's
 * name, version and hash, and the hash of the entry before it (a hash
 * chain). Every `checkpointEvery` entries, and when the writer closes, a
 * checkpoint signs the latest entry's hash with an ed25519 key, so an
 * edited, removed, reordered or truncated entry shows in `verifyLog`.
 * Triggers refuse UPDATE and DELETE: the file is append-only for anyone
 * using SQLite as intended; the chain and the signatures catch the rest.
 * What customers said (`text`) is kept only when asked.
 */
import { createHash, createPrivateKey, sign } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { CallEvent, Decision } from '@callguard/contract';
import type { Database } from 'better-sqlite3';
import { isUnavailable, loadSqlite } from '../sqlite/load-sqlite.js';
import { LogError } from './log-error.js';

/** How a log is opened for writing. */
export interface LogWriterOptions {
  /** The ed25519 private key that signs checkpoints, as PEM (see `readSigningKey`); without one, checkpoints are unsigned. */
  readonly key?: string | undefined;
  /** A checkpoint every this many entries (default 100), and one at `close`. */
  readonly checkpointEvery?: number;
  /** Keep the events' `text` (what was said); off by default. */
  readonly keepText?: boolean;
  /** The name to show in errors (default the path). */
  readonly shownAs?: string;
}

/** One entry as stored. */
export interface LogEntry {
  readonly seq: number;
  readonly callId: string;
  readonly eventHash: string;
  /** The event as kept (without `text` unless the log keeps text). */
  readonly event: string;
  readonly decision: string;
  readonly policyName: string;
  readonly policyVersion: string;
  readonly policyHash: string;
  readonly prevHash: string;
  readonly hash: string;
}

/** A signed statement that the log's entry `seq` has hash `hash`. */
export interface LogCheckpoint {
  readonly seq: number;
  readonly hash: string;
  /** Base64 ed25519 signature of {@link checkpointMessage}; empty when the writer had no key. */
  readonly signature: string;
}

/** Appends decisions; `close` writes the final checkpoint. */
export interface LogWriter {
  /** Appends one decision for `event` of call `callId`. */
  append(callId: string, event: CallEvent, decision: Decision): void;
  /** Signs the latest entry now. */
  checkpoint(): void;
  /** Writes the final checkpoint and closes the file. */
  close(): void;
}

/** The hash every chain starts from. */
export const GENESIS = '0'.repeat(64);
const FORMAT = '1';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS log_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS log_entries (
  seq INTEGER PRIMARY KEY,
  call_id TEXT NOT NULL,
  event_hash TEXT NOT NULL,
  event TEXT NOT NULL,
  decision TEXT NOT NULL,
  policy_name TEXT NOT NULL,
  policy_version TEXT NOT NULL,
  policy_hash TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS log_entries_call ON log_entries (call_id, seq);
CREATE TABLE IF NOT EXISTS log_checkpoints (seq INTEGER PRIMARY KEY, hash TEXT NOT NULL, signature TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS log_entries_append_only_update BEFORE UPDATE ON log_entries BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS log_entries_append_only_delete BEFORE DELETE ON log_entries BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS log_checkpoints_append_only_update BEFORE UPDATE ON log_checkpoints BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS log_checkpoints_append_only_delete BEFORE DELETE ON log_checkpoints BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
`;

/** SHA-256, hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The hash of an entry: its fields, in a fixed order, chained to the previous hash. */
export function entryHash(e: Omit<LogEntry, 'hash'>): string {
  return sha256(JSON.stringify([e.prevHash, e.seq, e.callId, e.eventHash, e.event, e.decision, e.policyName, e.policyVersion, e.policyHash]));
}

/** What a checkpoint's signature signs. */
export function checkpointMessage(seq: number, hash: string): Uint8Array {
  return Buffer.from(`callguard decision log checkpoint\n${seq}\n${hash}\n`);
}

/** Opens (creating if needed) a decision log for appending. */
export function openLogWriter(path: string, options: LogWriterOptions = {}): LogWriter {
  const db = openDatabase(path, options.shownAs ?? path, false);
  return new SqliteLogWriter(db, options);
}

/** Reads a log's entries and checkpoints. */
export interface LogReader {
  /** Every entry in `seq` order, or the entries of one call. */
  entries(callId?: string): LogEntry[];
  /** Every checkpoint in `seq` order. */
  checkpoints(): LogCheckpoint[];
  /** Closes the file. */
  close(): void;
}

/** Opens an existing decision log to read it. */
export function openLogReader(path: string, shownAs = path): LogReader {
  return new SqliteLogReader(openDatabase(path, shownAs, true));
}

function openDatabase(path: string, shown: string, mustExist: boolean): Database {
  const sqlite = loadSqlite();
  if (isUnavailable(sqlite)) throw new LogError('log/sqlite-unavailable', `${shown}: the decision log needs SQLite: ${sqlite.message}`, sqlite.help);
  if (mustExist && !existsSync(path)) throw new LogError('log/cannot-open', `${shown}: no such log file`);
  let db: Database;
  try {
    db = new sqlite(path, mustExist ? { fileMustExist: true } : {});
  } catch (e) {
    throw new LogError('log/cannot-open', `${shown}: cannot open the log (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    if (mustExist) {
      const format = db.prepare("SELECT value FROM log_meta WHERE key = 'format'").pluck().get();
      if (format !== FORMAT) throw new LogError('log/not-a-log', `${shown}: not a CallGuard decision log (format ${String(format)})`);
    } else {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.exec(SCHEMA);
      db.prepare("INSERT OR IGNORE INTO log_meta (key, value) VALUES ('format', ?)").run(FORMAT);
    }
    return db;
  } catch (e) {
    db.close();
    if (e instanceof LogError) throw e;
    throw new LogError('log/not-a-log', `${shown}: not a CallGuard decision log (${e instanceof Error ? e.message : String(e)})`);
  }
}

class SqliteLogWriter implements LogWriter {
  private readonly insert;
  private readonly insertCheckpoint;
  private last: { seq: number; hash: string };
  private sinceCheckpoint = 0;
  private readonly key;

  constructor(
    private readonly db: Database,
    private readonly options: LogWriterOptions,
  ) {
    this.insert = db.prepare(
      'INSERT INTO log_entries (seq, call_id, event_hash, event, decision, policy_name, policy_version, policy_hash, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertCheckpoint = db.prepare('INSERT OR IGNORE INTO log_checkpoints (seq, hash, signature) VALUES (?, ?, ?)');
    const row = db.prepare('SELECT seq, hash FROM log_entries ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
    this.last = row ?? { seq: 0, hash: GENESIS };
    this.key = options.key === undefined ? undefined : createPrivateKey(options.key);
  }

  append(callId: string, event: CallEvent, decision: Decision): void {
    const kept = this.options.keepText === true || !('text' in event) ? event : Object.fromEntries(Object.entries(event).filter(([k]) => k !== 'text'));
    const entry = {
      seq: this.last.seq + 1,
      callId,
      eventHash: sha256(JSON.stringify(event)),
      event: JSON.stringify(kept),
      decision: JSON.stringify(decision),
      policyName: decision.policy.name,
      policyVersion: decision.policy.version,
      policyHash: decision.policy.hash,
      prevHash: this.last.hash,
    };
    const hash = entryHash(entry);
    this.insert.run(entry.seq, callId, entry.eventHash, entry.event, entry.decision, entry.policyName, entry.policyVersion, entry.policyHash, entry.prevHash, hash);
    this.last = { seq: entry.seq, hash };
    if (++this.sinceCheckpoint >= (this.options.checkpointEvery ?? 100)) this.checkpoint();
  }

  checkpoint(): void {
    if (this.last.seq === 0) return;
    const key = this.key;
    const signature = key === undefined ? '' : sign(null, checkpointMessage(this.last.seq, this.last.hash), key).toString('base64');
    this.insertCheckpoint.run(this.last.seq, this.last.hash, signature);
    this.sinceCheckpoint = 0;
  }

  close(): void {
    this.checkpoint();
    this.db.close();
  }
}

class SqliteLogReader implements LogReader {
  constructor(private readonly db: Database) {}

  entries(callId?: string): LogEntry[] {
    const rows = (
      callId === undefined
        ? this.db.prepare('SELECT * FROM log_entries ORDER BY seq').all()
        : this.db.prepare('SELECT * FROM log_entries WHERE call_id = ? ORDER BY seq').all(callId)
    ) as Record<string, string | number>[];
    return rows.map((r) => ({
      seq: Number(r['seq']),
      callId: String(r['call_id']),
      eventHash: String(r['event_hash']),
      event: String(r['event']),
      decision: String(r['decision']),
      policyName: String(r['policy_name']),
      policyVersion: String(r['policy_version']),
      policyHash: String(r['policy_hash']),
      prevHash: String(r['prev_hash']),
      hash: String(r['hash']),
    }));
  }

  checkpoints(): LogCheckpoint[] {
    return this.db.prepare('SELECT seq, hash, signature FROM log_checkpoints ORDER BY seq').all() as LogCheckpoint[];
  }

  close(): void {
    this.db.close();
  }
}
