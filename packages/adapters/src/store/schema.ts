import type { Database } from 'better-sqlite3';
import { StoreError } from './store-error.js';

/**
 * The schema, one migration per version: `MIGRATIONS[n]` takes a store from
 * `user_version` n to n + 1. Append, never edit, once released. Dates are
 * ISO-8601 UTC text (`toISOString()`); `details` columns hold the decision's
 * duty as JSON, so fields the store does not model are never lost.
 * (call_id, event_seq, duty_index) makes applying a decision idempotent.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    caller_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('warning', 'strike', 'incident')),
    category TEXT,
    at TEXT NOT NULL,
    expires TEXT,
    call_id TEXT,
    event_seq INTEGER,
    duty_index INTEGER,
    rule TEXT,
    policy_name TEXT,
    policy_version TEXT,
    policy_hash TEXT,
    UNIQUE (call_id, event_seq, duty_index)
  ) STRICT;
  CREATE INDEX records_by_caller ON records (caller_id, at, id);
  -- A call is one incident however often its rules fired: one record of a
  -- kind and category per call, so three abusive remarks are not three strikes.
  CREATE UNIQUE INDEX records_once_per_call ON records (call_id, kind, IFNULL(category, '')) WHERE call_id IS NOT NULL;

  CREATE TABLE restrictions (
    id INTEGER PRIMARY KEY,
    caller_id TEXT NOT NULL,
    name TEXT NOT NULL,
    title TEXT,
    kind TEXT,
    scope TEXT,
    status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'active', 'lifted', 'rejected')),
    proposed_at TEXT NOT NULL,
    max_until TEXT,
    review_due TEXT,
    until TEXT,
    approvers TEXT NOT NULL,
    independent_review INTEGER NOT NULL CHECK (independent_review IN (0, 1)),
    appeal_working_days INTEGER,
    decided_by TEXT,
    decided_at TEXT,
    reviewed_by TEXT,
    reviewed_at TEXT,
    details TEXT NOT NULL,
    call_id TEXT NOT NULL,
    event_seq INTEGER NOT NULL,
    duty_index INTEGER NOT NULL,
    rule TEXT NOT NULL,
    policy_name TEXT NOT NULL,
    policy_version TEXT NOT NULL,
    policy_hash TEXT NOT NULL,
    UNIQUE (call_id, event_seq, duty_index)
  ) STRICT;
  CREATE INDEX restrictions_by_caller ON restrictions (caller_id, status, until);
  -- One proposal of a restriction per call, however often its rule fired.
  CREATE UNIQUE INDEX restrictions_once_per_call ON restrictions (call_id, name);

  CREATE TABLE duties (
    id INTEGER PRIMARY KEY,
    call_id TEXT NOT NULL,
    caller_id TEXT,
    event_seq INTEGER NOT NULL,
    duty_index INTEGER NOT NULL,
    kind TEXT NOT NULL,
    rule TEXT NOT NULL,
    owner TEXT,
    target TEXT,
    due TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'done')),
    details TEXT NOT NULL,
    created_at TEXT NOT NULL,
    done_at TEXT,
    done_by TEXT,
    policy_name TEXT NOT NULL,
    policy_version TEXT NOT NULL,
    policy_hash TEXT NOT NULL,
    UNIQUE (call_id, event_seq, duty_index)
  ) STRICT;
  CREATE INDEX duties_by_status_due ON duties (status, due);
  `,
  // Version 2: each call once, so a second call that reuses a call id is
  // refused instead of silently losing its records to the first's. Calls kept
  // by version 1 are listed with their start unknown; the next replay of one
  // fills it in.
  `
  CREATE TABLE calls (
    call_id TEXT PRIMARY KEY,
    caller_id TEXT,
    started_at TEXT
  ) STRICT;
  INSERT OR IGNORE INTO calls (call_id, caller_id)
    SELECT call_id, MAX(caller_id) FROM (
      SELECT call_id, caller_id FROM duties
      UNION ALL SELECT call_id, caller_id FROM restrictions
      UNION ALL SELECT call_id, caller_id FROM records WHERE call_id IS NOT NULL)
    GROUP BY call_id;
  `,
  // Version 3: the outbox. Each owed duty, once per sink it is routed to, is
  // written in the same transaction as the decision's rows and delivered
  // later by a worker (docs/duties.md). A delivery is claimed under a lease:
  // one whose worker died is claimed again once the lease ends. `incidents`
  // is the local incident log, the sink every store has.
  `
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    sink TEXT NOT NULL,
    call_id TEXT NOT NULL,
    event_seq INTEGER NOT NULL,
    duty_index INTEGER NOT NULL,
    kind TEXT NOT NULL,
    rule TEXT NOT NULL,
    record TEXT NOT NULL,
    after_key TEXT,
    not_before TEXT NOT NULL,
    due TEXT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'delivering', 'delivered', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    lease_until TEXT,
    error_code TEXT,
    error_message TEXT,
    external_id TEXT,
    created_at TEXT NOT NULL,
    delivered_at TEXT
  ) STRICT;
  CREATE INDEX outbox_ready ON outbox (state, not_before, id);
  CREATE INDEX outbox_after ON outbox (after_key) WHERE after_key IS NOT NULL;

  CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    call_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    record TEXT NOT NULL,
    logged_at TEXT NOT NULL
  ) STRICT;
  `,
  // Version 4: each approval of a restriction, who gave it, in which role and
  // when. A restriction approved by two roles stays proposed until both have
  // approved, by two people. Restrictions approved by an older CallGuard keep
  // their status; their one approval is in decided_by and decided_at.
  `
  CREATE TABLE approvals (
    id INTEGER PRIMARY KEY,
    restriction_id INTEGER NOT NULL REFERENCES restrictions (id),
    role TEXT,
    approved_by TEXT NOT NULL,
    approved_at TEXT NOT NULL,
    until TEXT
  ) STRICT;
  CREATE INDEX approvals_by_restriction ON approvals (restriction_id, id);
  `,
  // Version 5: appeals, against a restriction or a record (a warning), each
  // with the customer's deadline and the organisation's, who heard it and
  // the outcome. A record keeps who gave it (a letter) and the appeal terms
  // its policy set, so an appeal can be checked against them.
  `
  ALTER TABLE records ADD COLUMN given_by TEXT;
  ALTER TABLE records ADD COLUMN appeal_working_days INTEGER;
  ALTER TABLE records ADD COLUMN reply_working_days INTEGER;
  CREATE TABLE appeals (
    id INTEGER PRIMARY KEY,
    restriction_id INTEGER REFERENCES restrictions (id),
    record_id INTEGER REFERENCES records (id),
    caller_id TEXT NOT NULL,
    lodged_at TEXT NOT NULL,
    lodged_by TEXT NOT NULL,
    grounds TEXT,
    deadline TEXT,
    late_reason TEXT,
    reply_due TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'decided')),
    heard_by TEXT,
    heard_at TEXT,
    outcome TEXT CHECK (outcome IN ('keep', 'amend', 'lift')),
    amended_until TEXT,
    reasons TEXT,
    CHECK ((restriction_id IS NULL) <> (record_id IS NULL))
  ) STRICT;
  CREATE INDEX appeals_by_status ON appeals (status, reply_due);
  `,
];

/** The schema version this code writes. */
const SCHEMA_VERSION = MIGRATIONS.length;

const OWN_TABLES = new Set(['records', 'restrictions', 'duties']);

/**
 * Brings a freshly opened database up to {@link SCHEMA_VERSION}, in one
 * exclusive transaction: two processes creating the same store at once take
 * turns, and the second finds it made. Refuses a file of a newer CallGuard,
 * and an unversioned file that already has other tables (some other
 * program's database), rather than writing into it.
 */
export function migrate(db: Database, path: string): void {
  db.transaction(() => migrateLocked(db, path)).exclusive();
}

/**
 * Checks that a store opened read-only can be read by this CallGuard: any
 * version up to this one (listings read only tables every version has).
 */
export function checkReadable(db: Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new StoreError('store/newer-schema', `${path}: store schema version ${version} is newer than this CallGuard knows (${SCHEMA_VERSION}); upgrade CallGuard`);
  }
  if (version === 0) throw new StoreError('store/not-a-store', `${path}: not a CallGuard store (it has no CallGuard schema)`);
}

function migrateLocked(db: Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new StoreError('store/newer-schema', `store schema version ${version} is newer than this CallGuard knows (${SCHEMA_VERSION}); upgrade CallGuard`, path);
  }
  if (version === 0) {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
    const foreign = tables.filter((t) => !OWN_TABLES.has(t));
    if (foreign.length > 0) {
      throw new StoreError('store/not-a-store', `not a CallGuard store (it has other tables: ${foreign.sort().join(', ')})`, path);
    }
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${v + 1}`);
  }
}
