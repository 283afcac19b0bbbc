/** Why a store operation failed: what the local store reports about its file and the changes asked of it. */
export const STORE_CODES = [
  /** The SQLite driver the store needs (better-sqlite3, an optional dependency) is not installed or not built. */
  'store/sqlite-unavailable',
  /** The file or its folder cannot be opened or created. */
  'store/cannot-open',
  /** The file is not an SQLite database, or is damaged. */
  'store/corrupt',
  /** The file is an SQLite database of some other program. */
  'store/not-a-store',
  /** The file was written by a newer CallGuard with a schema this one does not know. */
  'store/newer-schema',
  /** No appeal has the id given. */
  'store/unknown-appeal',
  /** No record has the id given. */
  'store/unknown-record',
  /** An appeal lodged after the customer's deadline, with no reason recorded for accepting it late. */
  'store/appeal-late',
  /** No duty has the id given. */
  'store/unknown-duty',
  /** No restriction has the id given. */
  'store/unknown-restriction',
  /** The duty was already done. */
  'store/duty-done',
  /** The restriction is not in a status that allows the change. */
  'store/wrong-status',
  /** An independent review by the person who decided the restriction. */
  'store/not-independent',
  /** An approval in a role the restriction does not name, or with no role where it names two. */
  'store/not-an-approver',
  /** An approval in a role that has already approved the restriction. */
  'store/already-approved',
  /** A second approval of one restriction by the same person: two roles mean two people. */
  'store/same-approver',
  /** An approval that would end later than the restriction's maximum, or has no end at all. */
  'store/bad-until',
  /** A time the store was given is not a real date and time. */
  'store/invalid-date',
  /** A decision the store cannot read (a `propose` naming no restriction, say). */
  'store/invalid-decision',
  /** A decision of another call under the id of a call already kept. */
  'store/call-id-reused',
  /** No delivery in the outbox has the id given. */
  'store/unknown-delivery',
  /** Only a dead-lettered delivery can be retried. */
  'store/delivery-not-dead',
  /** Any other database failure (disk full, locked too long, ...). */
  'store/database',
] as const;
