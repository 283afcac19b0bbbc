/**
 * `@callguard/adapters/log`: the tamper-evident decision log, an SQLite file
 * with a hash chain and signed checkpoints. SQLite comes from better-sqlite3,
 * an optional peer dependency loaded when a log is first opened: opening one
 * without it throws `log/sqlite-unavailable`.
 *
 * @module @callguard/adapters/log
 */

/** The tamper-evident decision log: append with a hash chain and signed checkpoints, read it back. */
export { openLogWriter, openLogReader, GENESIS, entryHash, checkpointMessage, sha256 } from './log/decision-log.js';
/** The decision log's options, entries and checkpoints. */
export type { LogReader, LogWriter, LogWriterOptions, LogEntry, LogCheckpoint } from './log/decision-log.js';
/** Checks a decision log's chain and checkpoints, naming each entry that was tampered with. */
export { verifyLog } from './log/verify-log.js';
/** What {@link verifyLog} found. */
export type { LogProblem, LogVerification } from './log/verify-log.js';
/** The decision log's ed25519 keys, read from PEM files. */
export { readSigningKey, readVerifyingKey } from './log/log-key.js';
/** The error the decision log throws, and its codes. */
export { LogError } from './log/log-error.js';
/** Codes of {@link LogError}. */
export type { LogErrorCode } from './log/log-error.js';
