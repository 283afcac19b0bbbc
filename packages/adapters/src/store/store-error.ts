/** Why a store operation failed; stable, so callers can branch on it. */
export type StoreErrorCode =
  /** The file or its folder cannot be opened or created. */
  | 'cannot-open'
  /** The file is not an SQLite database, or is damaged. */
  | 'corrupt'
  /** The file is an SQLite database of some other program. */
  | 'not-a-store'
  /** The file was written by a newer CallGuard with a schema this one does not know. */
  | 'newer-schema'
  | 'unknown-duty'
  | 'unknown-restriction'
  /** The duty was already done. */
  | 'duty-done'
  /** The restriction is not in a status that allows the change. */
  | 'wrong-status'
  /** An independent review by the person who decided the restriction. */
  | 'not-independent'
  /** An approval that would end later than the restriction's maximum, or has no end at all. */
  | 'bad-until'
  | 'invalid-date'
  /** A decision the store cannot read (e.g. `propose` naming no restriction). */
  | 'invalid-decision'
  /** Any other database failure (disk full, locked too long, ...). */
  | 'database';

/**
 * The one error the store throws for anything a user can cause: its message
 * is meant to be shown as is, never a raw SQLite stack.
 */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
