import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { BehaviourName, CallerRecord, CallerRestriction, CallStartedEvent, Decision, PolicyRef, RecordKind } from '@callguard/contract';
import type { Database } from 'better-sqlite3';
import { isSqliteError, isUnavailable, loadSqlite, type Sqlite } from '../sqlite/load-sqlite.js';
import { outboxRows } from '../outbox/outbox-rows.js';
import { DEFAULT_ROUTES, type DutyRoute } from '../outbox/routes.js';
import { SqliteOutbox } from '../outbox/sqlite-outbox.js';
import type { Outbox } from '../outbox/types.js';
import { isoUtc } from './dates.js';
import { decisionRows } from './decision-rows.js';
import { sameIdentity } from './identity.js';
import type { IncidentLog } from './incident.js';
import { SqliteIncidentLog } from './incident-log.js';
import { amendedEnd, appealDeadlines, checkHearer, recordTarget, restrictionTarget, storedAppeal, type AppealTarget } from './appeals.js';
import { upgradeDuty, upgradeRestriction } from './old-rows.js';
import { checkReadable, migrate } from './schema.js';
import { StoreError } from './store-error.js';
import type { Holidays } from './working-days.js';
import type {
  AppealQuery,
  AppealSubject,
  ApplyContext,
  ApplyResult,
  ApproveOptions,
  ChangeOptions,
  DueReview,
  DutyQuery,
  DutyStatus,
  HearOptions,
  LodgeOptions,
  NewRecord,
  OpenOptions,
  RestrictionApproval,
  RestrictionQuery,
  RestrictionStatus,
  ReviewOptions,
  Store,
  StoredAppeal,
  StoredDuty,
  StoredRecord,
  StoredRestriction,
} from './types.js';

/** SQLite result codes that mean "this file is not a (healthy) database". */
const CORRUPT_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

/**
 * Opens (creating unless `mustExist`) the store in `path`, in WAL mode, and
 * creates or migrates its schema.
 *
 * @throws {@link StoreError} `sqlite-unavailable`, `cannot-open`, `corrupt`, `not-a-store` or `newer-schema`.
 */
export function openStore(path: string, options: OpenOptions): Store {
  const shown = options.shownAs ?? path;
  const sqlite = loadSqlite();
  if (isUnavailable(sqlite)) throw new StoreError('store/sqlite-unavailable', `the store needs SQLite: ${sqlite.message}`, shown, sqlite.help);
  if (options.mustExist === true && !existsSync(path)) throw new StoreError('store/cannot-open', 'no such store file', shown);
  let db: Database;
  try {
    db = new sqlite(path, options.readOnly === true ? { readonly: true, fileMustExist: true } : {});
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new StoreError('store/cannot-open', `cannot open the store (${why})`, shown);
  }
  try {
    // Another process (a second replay) may hold the lock briefly: wait rather than fail.
    // Set first, so that even switching to WAL waits for a process creating the store.
    db.pragma('busy_timeout = 5000');
    if (options.readOnly === true) {
      db = readable(sqlite, db, path, shown);
      checkReadable(db, shown);
    } else {
      db.pragma('journal_mode = WAL');
      migrate(db, shown);
    }
    return new SqliteStore(db, path, shown, options.clock, options.readOnly === true, options.routes ?? DEFAULT_ROUTES, options.holidays ?? new Set());
  } catch (e) {
    db.close();
    if (e instanceof StoreError) throw e;
    if (isSqliteError(e) && CORRUPT_CODES.has(e.code)) {
      throw new StoreError('store/corrupt', `not a CallGuard store, or damaged (${e.message})`, shown);
    }
    throw toStoreError(e, shown);
  }
}

/**
 * `db`, or a read-only copy of the store in memory where SQLite cannot read
 * it in place: a WAL-mode file in a folder this user cannot write, where a
 * reader cannot make the shared-memory file (`-shm`) WAL needs
 * (sqlite.org/wal.html, "Read-Only Databases"). SQLite's way round it,
 * `immutable=1`, needs a URI file name, which better-sqlite3 turns off. The
 * copy is only taken when no `-wal` holds changes not yet in the file: a
 * writer that closes cleanly leaves none.
 */
function readable(sqlite: Sqlite, db: Database, path: string, shown: string): Database {
  try {
    db.pragma('schema_version');
    return db;
  } catch (e) {
    // CANTOPEN here, after the file itself opened, is the -shm that cannot be made beside a -wal.
    if (!isSqliteError(e) || (e.code !== 'SQLITE_READONLY_DIRECTORY' && e.code !== 'SQLITE_CANTOPEN')) throw e;
  }
  db.close();
  const image = readFileSync(path);
  if ((statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) {
    throw new StoreError(
      'store/cannot-open',
      `this user cannot write the store's folder, and ${basename(path)}-wal holds changes not yet in the store; open it once as a user who can, or copy the folder`,
      shown,
    );
  }
  // Header bytes 18 and 19 say WAL; the copy has no log to read (sqlite.org/fileformat.html).
  image[18] = 1;
  image[19] = 1;
  return new sqlite(image, { readonly: true });
}

function toStoreError(e: unknown, shown: string): unknown {
  if (isSqliteError(e)) return new StoreError('store/database', e.message, shown);
  return e;
}

type Row = Record<string, string | number | null>;

const text = (v: string | number | null | undefined) => (typeof v === 'string' ? v : undefined);
const num = (v: string | number | null | undefined) => (typeof v === 'number' ? v : undefined);
const str = (v: string | number | null | undefined) => String(v);
const json = (v: string | number | null | undefined): Readonly<Record<string, unknown>> => JSON.parse(str(v)) as Record<string, unknown>;
const policyOf = (r: Row): PolicyRef => ({ name: str(r['policy_name']), version: str(r['policy_version']), hash: str(r['policy_hash']) });

class SqliteStore implements Store {
  private readonly sql;
  private readonly applyAll;
  private readonly box: SqliteOutbox;
  private log: IncidentLog | undefined;

  constructor(
    private readonly db: Database,
    readonly path: string,
    private readonly shown: string,
    private readonly clock: () => Date,
    private readonly readOnly: boolean,
    routes: readonly DutyRoute[],
    private readonly holidays: Holidays,
  ) {
    // A store opened read-only may be of an older version, without the newer tables.
    const tables = new Set(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]);
    const ifTable = (table: string, sql: string) => (tables.has(table) ? db.prepare(sql) : undefined);
    this.box = new SqliteOutbox(db, shown, (work) => this.writing(work), (work) => this.guard(work));
    // Prepared once; named parameters match the row objects' keys.
    this.sql = {
      insertRestriction: db.prepare(`
        INSERT INTO restrictions (caller_id, name, title, kind, scope, status, proposed_at, max_until, review_due, approvers,
          independent_review, appeal_working_days, details, call_id, event_seq, duty_index, rule, policy_name, policy_version, policy_hash)
        VALUES (@caller_id, @name, @title, @kind, @scope, 'proposed', @proposed_at, @max_until, @review_due, @approvers,
          @independent_review, @appeal_working_days, @details, @call_id, @event_seq, @duty_index, @rule, @policy_name, @policy_version, @policy_hash)
        ON CONFLICT DO NOTHING`),
      insertDuty: db.prepare(`
        INSERT INTO duties (call_id, caller_id, event_seq, duty_index, kind, rule, owner, target, due, status, details, created_at,
          policy_name, policy_version, policy_hash)
        VALUES (@call_id, @caller_id, @event_seq, @duty_index, @kind, @rule, @owner, @target, @due, 'open', @details, @created_at,
          @policy_name, @policy_version, @policy_hash)
        ON CONFLICT DO NOTHING`),
      callerRecords: db.prepare(`
        SELECT kind, category, at, expires FROM records
        WHERE caller_id = @caller AND at <= @at AND (call_id IS NULL OR call_id <> @call) AND (expires IS NULL OR expires > @at)
        ORDER BY at, id`),
      callerRestrictions: db.prepare(`
        SELECT name, until FROM restrictions
        WHERE caller_id = @caller AND status IN ('approved', 'active') AND decided_at <= @at AND until > @at
        ORDER BY name, until, id`),
      records: db.prepare(`SELECT * FROM records WHERE caller_id = ? ORDER BY at, id`),
      restrictions: db.prepare(`
        SELECT * FROM restrictions
        WHERE (@caller IS NULL OR caller_id = @caller) AND (@status IS NULL OR status = @status)
        ORDER BY proposed_at, id`),
      restriction: db.prepare(`SELECT * FROM restrictions WHERE id = ?`),
      approvals: ifTable('approvals', `SELECT * FROM approvals WHERE restriction_id = ? ORDER BY id`),
      allApprovals: ifTable('approvals', `SELECT * FROM approvals ORDER BY restriction_id, id`),
      record: db.prepare(`SELECT * FROM records WHERE id = ?`),
      appeal: ifTable('appeals', `SELECT * FROM appeals WHERE id = ?`),
      appeals: ifTable('appeals', `
        SELECT * FROM appeals WHERE (@caller IS NULL OR caller_id = @caller) AND (@status IS NULL OR status = @status) ORDER BY lodged_at, id`),
      decideRestriction: db.prepare(`UPDATE restrictions SET status = @status, decided_by = @by, decided_at = @at, until = @until WHERE id = @id`),
      reviewRestriction: db.prepare(`UPDATE restrictions SET status = @status, reviewed_by = @by, reviewed_at = @at WHERE id = @id`),
      duties: db.prepare(`
        SELECT * FROM duties
        WHERE (@status IS NULL OR status = @status) AND (@before IS NULL OR (due IS NOT NULL AND due < @before))
        ORDER BY due IS NULL, due, id`),
      duty: db.prepare(`SELECT * FROM duties WHERE id = ?`),
      completeDuty: db.prepare(`UPDATE duties SET status = 'done', done_at = @at, done_by = @by WHERE id = @id`),
      // Statements that write columns an older store lacks: prepared only on a store migrated for writing.
      ...(readOnly ? {} : {
        insertRecord: db.prepare(`
          INSERT INTO records (caller_id, kind, category, at, expires, call_id, event_seq, duty_index, rule, policy_name, policy_version, policy_hash,
            appeal_working_days, reply_working_days)
          VALUES (@caller_id, @kind, @category, @at, NULL, @call_id, @event_seq, @duty_index, @rule, @policy_name, @policy_version, @policy_hash,
            @appeal_working_days, @reply_working_days)
          ON CONFLICT DO NOTHING`),
        insertLetter: db.prepare(`
          INSERT INTO records (caller_id, kind, category, at, expires, given_by, appeal_working_days, reply_working_days)
          VALUES (@caller, @kind, @category, @at, @expires, @by, @appeal, @reply) RETURNING *`),
        insertApproval: db.prepare(`INSERT INTO approvals (restriction_id, role, approved_by, approved_at, until) VALUES (@id, @role, @by, @at, @until)`),
        openAppealOf: db.prepare(`SELECT id FROM appeals WHERE status = 'open' AND (restriction_id = @restriction OR record_id = @record)`),
        insertAppeal: db.prepare(`
          INSERT INTO appeals (restriction_id, record_id, caller_id, lodged_at, lodged_by, grounds, deadline, late_reason, reply_due, status)
          VALUES (@restriction, @record, @caller, @at, @by, @grounds, @deadline, @lateReason, @replyDue, 'open') RETURNING id`),
        decideAppeal: db.prepare(`
          UPDATE appeals SET status = 'decided', heard_by = @by, heard_at = @at, outcome = @outcome, amended_until = @until, reasons = @reasons WHERE id = @id`),
        endRestriction: db.prepare(`UPDATE restrictions SET until = @until WHERE id = @id`),
        liftRestriction: db.prepare(`UPDATE restrictions SET status = 'lifted' WHERE id = @id`),
        expireRecord: db.prepare(`UPDATE records SET expires = @expires WHERE id = @id`),
        registerCall: db.prepare(`INSERT INTO calls (call_id, caller_id, started_at) VALUES (@call, @caller, @started) ON CONFLICT DO NOTHING`),
        keptCall: db.prepare(`SELECT caller_id, started_at FROM calls WHERE call_id = ?`),
        fillCallStart: db.prepare(`UPDATE calls SET started_at = @started WHERE call_id = @call AND started_at IS NULL`),
      }),
    };
    // One transaction per decision: a crash keeps all of it or none of it.
    this.applyAll = db.transaction((decision: Decision, context: ApplyContext): ApplyResult => {
      this.sameCall(context);
      const rows = decisionRows(decision, context);
      let records = 0;
      let restrictions = 0;
      let duties = 0;
      for (const r of rows.records) records += this.sql.insertRecord!.run(r).changes;
      for (const r of rows.restrictions) restrictions += this.sql.insertRestriction.run(r).changes;
      for (const r of rows.duties) duties += this.sql.insertDuty.run(r).changes;
      const deliveries = this.box.enqueue(outboxRows(decision, context, routes));
      return { records, restrictions, duties, deliveries, unattached: rows.unattached };
    });
  }

  enrichCallStarted(event: CallStartedEvent): CallStartedEvent {
    const caller = event.caller;
    const at = Date.parse(event.at);
    // Without a caller id there is no one to look up; an unreadable `at` is the engine's to reject.
    if (caller?.id === undefined || Number.isNaN(at)) return event;
    const params = { caller: caller.id, call: event.call.id, at: new Date(at).toISOString() };
    const { records, restrictions } = this.guard(() => ({
      records: (this.sql.callerRecords.all(params) as Row[]).map(callerRecord),
      restrictions: (this.sql.callerRestrictions.all(params) as Row[]).map((r): CallerRestriction => ({ name: str(r['name']), until: str(r['until']) })),
    }));
    if (records.length === 0 && restrictions.length === 0) return event;
    return {
      ...event,
      caller: {
        ...caller,
        ...(records.length > 0 && { records: [...(caller.records ?? []), ...records] }),
        ...(restrictions.length > 0 && { restrictions: [...(caller.restrictions ?? []), ...restrictions] }),
      },
    };
  }

  apply(decision: Decision, context: ApplyContext): ApplyResult {
    this.writable();
    return this.guard(() => this.applyAll(decision, context));
  }

  applyCall(decisions: readonly Decision[], context: ApplyContext): ApplyResult {
    this.writable();
    const total = { records: 0, restrictions: 0, duties: 0, deliveries: 0, unattached: 0 };
    this.guard(() =>
      this.db.transaction(() => {
        for (const decision of decisions) {
          const added = this.applyAll(decision, context);
          total.records += added.records;
          total.restrictions += added.restrictions;
          total.duties += added.duties;
          total.deliveries += added.deliveries;
          total.unattached += added.unattached;
        }
      }).immediate(),
    );
    return total;
  }

  addRecord(record: NewRecord): StoredRecord {
    const at = isoUtc(record.at, 'record at');
    const expires = record.expires === undefined ? null : isoUtc(record.expires, 'record expires');
    const row = {
      caller: record.callerId,
      kind: record.kind,
      category: record.category ?? null,
      at,
      expires,
      by: record.by ?? null,
      appeal: record.appealWorkingDays ?? null,
      reply: record.replyWorkingDays ?? null,
    };
    // A write transaction: on a store opened read-only, SQLite refuses it before anything is prepared.
    return this.writing(() => storedRecord(this.sql.insertLetter!.get(row) as Row));
  }

  records(callerId: string): StoredRecord[] {
    return this.guard(() => (this.sql.records.all(callerId) as Row[]).map(storedRecord));
  }

  restrictions(query: RestrictionQuery = {}): StoredRestriction[] {
    const params = { caller: query.callerId ?? null, status: query.status ?? null };
    return this.guard(() => {
      const approvals = new Map<number, RestrictionApproval[]>();
      for (const row of (this.sql.allApprovals?.all() ?? []) as Row[]) {
        const id = Number(row['restriction_id']);
        approvals.set(id, [...(approvals.get(id) ?? []), storedApproval(row)]);
      }
      return (this.sql.restrictions.all(params) as Row[]).map((r) => storedRestriction(r, approvals.get(Number(r['id'])) ?? []));
    });
  }

  duties(query: DutyQuery = {}): StoredDuty[] {
    const { overdue, status } = query;
    // Overdue implies open: a done duty is never late.
    if (overdue !== undefined && status === 'done') return [];
    const params = { status: overdue === undefined ? (status ?? null) : 'open', before: overdue === undefined ? null : isoUtc(overdue, 'overdue') };
    return this.guard(() => (this.sql.duties.all(params) as Row[]).map(storedDuty));
  }

  complete(dutyId: number, by: string, options: ChangeOptions = {}): StoredDuty {
    const at = isoUtc(options.at ?? this.clock(), 'done at');
    return this.writing(() => {
      const duty = this.duty(dutyId);
      if (duty.status === 'done') throw new StoreError('store/duty-done', `duty ${dutyId} was already done by ${duty.doneBy ?? '?'} at ${duty.doneAt ?? '?'}`);
      this.sql.completeDuty.run({ id: dutyId, by, at });
      return this.duty(dutyId);
    });
  }

  approveRestriction(id: number, by: string, options: ApproveOptions = {}): StoredRestriction {
    const at = isoUtc(options.at ?? this.clock(), 'approved at');
    const wanted = options.until === undefined ? undefined : isoUtc(options.until, 'until');
    return this.change(id, ['proposed'], 'approve', (r) => {
      if (wanted !== undefined && r.maxUntil !== undefined && wanted > r.maxUntil) {
        throw new StoreError('store/bad-until', `restriction ${id} may last until ${r.maxUntil} at most, not ${wanted}`);
      }
      const role = approvingRole(r, by, options.as);
      const approvals = [...r.approvals, { role, by, at, until: wanted }];
      const complete = r.approvers.length === 0 || missingRoles(r.approvers, approvals).length === 0;
      // The earliest end any approver agreed to: no one approved a longer restriction.
      const agreed = approvals.map((a) => a.until).filter((u) => u !== undefined).sort()[0];
      const until = agreed ?? r.maxUntil;
      if (complete && until === undefined) throw new StoreError('store/bad-until', `restriction ${id} has no maximum duration; approve it with an explicit until`);
      this.sql.insertApproval!.run({ id, role: role ?? null, by, at, until: wanted ?? null });
      if (complete) this.sql.decideRestriction.run({ id, status: 'approved', by, at, until });
    });
  }

  rejectRestriction(id: number, by: string, options: ChangeOptions = {}): StoredRestriction {
    const at = isoUtc(options.at ?? this.clock(), 'rejected at');
    return this.change(id, ['proposed'], 'reject', () => this.sql.decideRestriction.run({ id, status: 'rejected', by, at, until: null }));
  }

  reviewRestriction(id: number, by: string, options: ReviewOptions = {}): StoredRestriction {
    const at = isoUtc(options.at ?? this.clock(), 'reviewed at');
    const status: RestrictionStatus = options.outcome === 'lift' ? 'lifted' : 'active';
    return this.change(id, ['approved', 'active'], 'review', (r) => {
      const decider = deciders(r).find((name) => sameIdentity(name, by));
      if (r.independentReview && decider !== undefined) {
        throw new StoreError('store/not-independent', `restriction ${id} needs an independent review: ${decider} decided it and may not review it`);
      }
      this.sql.reviewRestriction.run({ id, status, by, at });
    });
  }

  appeal(subject: AppealSubject, id: number, by: string, options: LodgeOptions = {}): StoredAppeal {
    const at = isoUtc(options.at ?? this.clock(), 'appealed at');
    return this.writing(() => {
      const target = this.appealTarget(subject, id);
      const open = this.sql.openAppealOf!.get({ restriction: subject === 'restriction' ? id : null, record: subject === 'record' ? id : null }) as Row | undefined;
      if (open) throw new StoreError('store/wrong-status', `${subject} ${id} has an open appeal (${str(open['id'])}); hear it before another is lodged`);
      const { deadline, replyDue, lateReason } = appealDeadlines(target, at, options.lateReason, this.holidays);
      const row = this.sql.insertAppeal!.get({
        restriction: subject === 'restriction' ? id : null,
        record: subject === 'record' ? id : null,
        caller: target.callerId,
        at,
        by,
        grounds: options.grounds ?? null,
        deadline,
        lateReason,
        replyDue,
      }) as Row;
      return this.appealById(Number(row['id']));
    });
  }

  hearAppeal(appealId: number, by: string, options: HearOptions): StoredAppeal {
    const at = isoUtc(options.at ?? this.clock(), 'heard at');
    const wanted = options.until === undefined ? undefined : isoUtc(options.until, 'until');
    return this.writing(() => {
      const appeal = this.appealById(appealId);
      if (appeal.status !== 'open') throw new StoreError('store/wrong-status', `appeal ${appealId} was decided by ${appeal.heardBy ?? '?'} at ${appeal.heardAt ?? '?'} (${appeal.outcome ?? '?'})`);
      const target = this.appealTarget(appeal.subject, appeal.subjectId, true);
      checkHearer(appealId, target, by);
      const latest = appeal.subject === 'restriction' ? this.restriction(appeal.subjectId).maxUntil : undefined;
      const until = amendedEnd(target, options.outcome, wanted, latest);
      if (appeal.subject === 'restriction' && options.outcome !== 'keep') {
        // The restriction may have been lifted (on review) while the appeal waited.
        this.appealTarget('restriction', appeal.subjectId);
        if (options.outcome === 'lift') this.sql.liftRestriction!.run({ id: appeal.subjectId });
        else this.sql.endRestriction!.run({ id: appeal.subjectId, until });
      }
      if (appeal.subject === 'record' && options.outcome !== 'keep') this.sql.expireRecord!.run({ id: appeal.subjectId, expires: until ?? at });
      this.sql.decideAppeal!.run({ id: appealId, by, at, outcome: options.outcome, until, reasons: options.reasons ?? null });
      return this.appealById(appealId);
    });
  }

  reviewsDue(at: Date, every?: number): DueReview[] {
    const now = isoUtc(at, 'reviews due at');
    if (every !== undefined && !(every > 0)) throw new StoreError('store/invalid-date', `a review period must be longer than nothing, not ${every} ms`);
    const due = [...this.restrictions({ status: 'approved' }), ...this.restrictions({ status: 'active' })].flatMap((restriction): DueReview[] => {
      const next = nextReview(restriction, every);
      return next !== undefined && next <= now ? [{ restriction, due: next }] : [];
    });
    return due.sort((a, b) => a.due.localeCompare(b.due) || a.restriction.id - b.restriction.id);
  }

  appeals(query: AppealQuery = {}): StoredAppeal[] {
    const params = { caller: query.callerId ?? null, status: query.status ?? null };
    return this.guard(() => ((this.sql.appeals?.all(params) ?? []) as Row[]).map(storedAppeal));
  }

  get outbox(): Outbox {
    return this.box;
  }

  get incidents(): IncidentLog {
    this.log ??= this.guard(() => new SqliteIncidentLog(this.db));
    return this.log;
  }

  close(): void {
    this.db.close();
  }

  /** Runs a life-cycle change on a restriction in one of `from`, and returns it after. */
  private change(id: number, from: readonly RestrictionStatus[], verb: string, update: (r: StoredRestriction) => void): StoredRestriction {
    return this.writing(() => {
      const r = this.restriction(id);
      if (!from.includes(r.status)) throw new StoreError('store/wrong-status', `restriction ${id} is ${r.status}; only ${from.join(' or ')} restrictions can be asked to ${verb}`);
      update(r);
      return this.restriction(id);
    });
  }

  /**
   * A read-then-write transaction. IMMEDIATE takes the write lock first, so
   * another writer makes it wait (busy_timeout) instead of failing on a stale read.
   */
  private writing<T>(work: () => T): T {
    this.writable();
    return this.guard(() => this.db.transaction(work).immediate());
  }

  /** Refuses a change to a store opened for reading, which may lack what the change writes (an older schema). */
  private writable(): void {
    if (this.readOnly) throw new StoreError('store/database', 'the store is open for reading only; nothing was changed', this.shown);
  }

  private restriction(id: number): StoredRestriction {
    const row = this.sql.restriction.get(id) as Row | undefined;
    if (!row) throw new StoreError('store/unknown-restriction', `no restriction ${id} in ${this.shown}`);
    return storedRestriction(row, ((this.sql.approvals?.all(id) ?? []) as Row[]).map(storedApproval));
  }

  private appealById(id: number): StoredAppeal {
    const row = this.sql.appeal?.get(id) as Row | undefined;
    if (!row) throw new StoreError('store/unknown-appeal', `no appeal ${id} in ${this.shown}`);
    return storedAppeal(row);
  }

  /** The restriction (in effect, unless `anyStatus`) or record `id`, as something appealed. */
  private appealTarget(subject: AppealSubject, id: number, anyStatus = false): AppealTarget {
    if (subject === 'restriction') {
      const r = this.restriction(id);
      return restrictionTarget(r, deciders(r), !anyStatus);
    }
    const row = this.sql.record.get(id) as Row | undefined;
    if (!row) throw new StoreError('store/unknown-record', `no record ${id} in ${this.shown}`);
    return recordTarget(storedRecord(row));
  }

  private duty(id: number): StoredDuty {
    const row = this.sql.duty.get(id) as Row | undefined;
    if (!row) throw new StoreError('store/unknown-duty', `no duty ${id} in ${this.shown}`);
    return storedDuty(row);
  }

  /**
   * Registers the call of `context`, or checks that the call kept under its
   * id is the same one (same caller, same start). A replay of a call is the
   * same call; another call reusing the id is refused.
   */
  private sameCall(context: ApplyContext): void {
    const started = isoUtc(context.startedAt, 'call start');
    const params = { call: context.callId, caller: context.callerId ?? null, started };
    if (this.sql.registerCall!.run(params).changes > 0) return;
    this.sql.fillCallStart!.run(params);
    const kept = this.sql.keptCall!.get(context.callId) as Row;
    if (kept['started_at'] !== started || (kept['caller_id'] ?? null) !== params.caller) {
      throw new StoreError(
        'store/call-id-reused',
        `call id \`${context.callId}\` is already kept for a call from ${text(kept['caller_id']) ?? 'an unknown caller'} that started at ${str(kept['started_at'])}; this call (from ${context.callerId ?? 'an unknown caller'}, started at ${started}) is not kept`,
      );
    }
  }

  /** Turns SQLite failures into {@link StoreError}s; everything else passes through. */
  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (e) {
      throw toStoreError(e, this.shown);
    }
  }
}

function callerRecord(r: Row): CallerRecord {
  const category = text(r['category']) as BehaviourName | undefined;
  const expires = text(r['expires']);
  return { kind: str(r['kind']) as RecordKind, ...(category !== undefined && { category }), at: str(r['at']), ...(expires !== undefined && { expires }) };
}

function storedRecord(r: Row): StoredRecord {
  return {
    id: Number(r['id']),
    callerId: str(r['caller_id']),
    kind: str(r['kind']) as RecordKind,
    category: text(r['category']),
    at: str(r['at']),
    expires: text(r['expires']),
    callId: text(r['call_id']),
    givenBy: text(r['given_by']),
    appealWorkingDays: num(r['appeal_working_days']),
    replyWorkingDays: num(r['reply_working_days']),
    rule: text(r['rule']),
    policy: r['policy_hash'] === null ? undefined : policyOf(r),
  };
}

/**
 * When a restriction in effect is next to be reviewed: its first review
 * until one is done, then the last review plus its own period; and, with an
 * organisation's calendar `every`, no later than that long after the last
 * review or the approval. Undefined when nothing says.
 */
function nextReview(r: StoredRestriction, every: number | undefined): string | undefined {
  const last = r.reviewedAt ?? r.decidedAt;
  const plus = (iso: string | undefined, ms: number | undefined) => (iso === undefined || ms === undefined ? undefined : new Date(Date.parse(iso) + ms).toISOString());
  const own = r.reviewedAt === undefined ? r.reviewDue : plus(r.reviewedAt, r.reviewEveryMs);
  const calendar = plus(last, every);
  return [own, calendar].filter((d) => d !== undefined).sort()[0];
}

/** Everyone who decided a restriction: each approver, and whoever rejected it or completed its approval. */
function deciders(r: StoredRestriction): string[] {
  return [...r.approvals.map((a) => a.by), ...(r.decidedBy === undefined ? [] : [r.decidedBy])];
}

/** The roles of `approvers` still without an approval (a role named twice needs two). */
function missingRoles(approvers: readonly string[], approvals: readonly Pick<RestrictionApproval, 'role'>[]): string[] {
  const given = approvals.map((a) => a.role);
  return approvers.filter((role) => {
    const at = given.indexOf(role);
    if (at < 0) return true;
    given.splice(at, 1);
    return false;
  });
}

/**
 * The role `by` approves restriction `r` in: `as`, or the only role it
 * names. Refuses a role it does not name or that has approved already, and
 * a person who has approved it already: two roles mean two people.
 */
function approvingRole(r: StoredRestriction, by: string, as: string | undefined): string | undefined {
  const before = r.approvals.find((a) => sameIdentity(a.by, by));
  if (before !== undefined) {
    throw new StoreError(
      'store/same-approver',
      `${before.by} already approved restriction ${r.id}${before.role === undefined ? '' : ` as ${before.role}`} at ${before.at}; ${r.awaiting.join(' and ')} must approve it, each a different person`,
    );
  }
  if (r.approvers.length === 0) return as;
  const missing = r.awaiting;
  const role = as ?? (new Set(r.approvers).size === 1 ? r.approvers[0] : undefined);
  if (role === undefined) {
    throw new StoreError('store/not-an-approver', `restriction ${r.id} is approved by ${r.approvers.join(' and ')}; say which of them ${by} approves as`);
  }
  if (!r.approvers.includes(role)) {
    throw new StoreError('store/not-an-approver', `restriction ${r.id} is approved by ${r.approvers.join(' and ')}, not by ${role}`);
  }
  if (!missing.includes(role)) {
    const given = r.approvals.filter((a) => a.role === role).map((a) => `${a.by} at ${a.at}`).join(', ');
    throw new StoreError('store/already-approved', `restriction ${r.id} already has its ${role} approval (${given}); it waits for ${missing.join(' and ')}`);
  }
  return role;
}

function storedApproval(r: Row): RestrictionApproval {
  return { role: text(r['role']), by: str(r['approved_by']), at: str(r['approved_at']), until: text(r['until']) };
}

function storedRestriction(r: Row, approvals: readonly RestrictionApproval[]): StoredRestriction {
  const status = str(r['status']) as RestrictionStatus;
  const approvers = JSON.parse(str(r['approvers'])) as string[];
  const details = upgradeRestriction(json(r['details']));
  return {
    id: Number(r['id']),
    callerId: str(r['caller_id']),
    name: str(r['name']),
    title: text(r['title']),
    kind: text(r['kind']),
    scope: text(r['scope']),
    status,
    proposedAt: str(r['proposed_at']),
    maxUntil: text(r['max_until']),
    reviewDue: text(r['review_due']),
    until: text(r['until']),
    approvers,
    approvals,
    awaiting: status === 'proposed' ? missingRoles(approvers, approvals) : [],
    independentReview: r['independent_review'] === 1,
    appealWorkingDays: num(r['appeal_working_days']),
    reviewEveryMs: num(details['review_every_ms'] as number | undefined),
    replyWorkingDays: num(details['reply_working_days'] as number | undefined),
    decidedBy: text(r['decided_by']),
    decidedAt: text(r['decided_at']),
    reviewedBy: text(r['reviewed_by']),
    reviewedAt: text(r['reviewed_at']),
    callId: str(r['call_id']),
    rule: str(r['rule']),
    policy: policyOf(r),
    details,
  };
}

function storedDuty(r: Row): StoredDuty {
  return {
    id: Number(r['id']),
    callId: str(r['call_id']),
    callerId: text(r['caller_id']),
    eventSeq: Number(r['event_seq']),
    kind: str(r['kind']),
    rule: str(r['rule']),
    owner: text(r['owner']),
    target: text(r['target']),
    due: text(r['due']),
    status: str(r['status']) as DutyStatus,
    details: upgradeDuty(json(r['details'])),
    createdAt: str(r['created_at']),
    doneAt: text(r['done_at']),
    doneBy: text(r['done_by']),
    policy: policyOf(r),
  };
}
