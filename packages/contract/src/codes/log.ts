/** Why the decision log could not be opened, written or checked (tampering itself is a finding of `log verify`, not an error). */
export const LOG_CODES = [
  /** The SQLite driver the log needs (better-sqlite3, an optional dependency) is not installed or not built. */
  'log/sqlite-unavailable',
  /** The file or its folder cannot be opened or created. */
  'log/cannot-open',
  /** The file is an SQLite database, but not a CallGuard decision log (or a damaged one). */
  'log/not-a-log',
  /** The signing or verifying key cannot be read, or is not an ed25519 key. */
  'log/bad-key',
] as const;
