import type { Database } from 'better-sqlite3';
import { StoreError } from '../store/store-error.js';
import type { DeliveryRecord } from './delivery-record.js';
import type { OutboxRow } from './outbox-rows.js';
import type { Delivery, DeliveryCounts, DeliveryQuery, DeliveryState, Outbox, Settlement } from './types.js';

type Row = Record<string, string | number | null>;

/** The outbox in the store's own SQLite file; statements prepared on first use, so a read-only older store can still be listed. */
export class SqliteOutbox implements Outbox {
  private prepared: ReturnType<typeof prepare> | undefined;

  constructor(
    private readonly db: Database,
    private readonly shown: string,
    /** Runs a read-then-write in one IMMEDIATE transaction, SQLite errors as StoreErrors. */
    private readonly writing: <T>(work: () => T) => T,
    /** Runs a read, SQLite errors as StoreErrors. */
    private readonly reading: <T>(work: () => T) => T,
  ) {}

  /** Adds `rows` (inside the caller's transaction); a delivery already owed is left as it is. Returns how many were new. */
  enqueue(rows: readonly OutboxRow[]): number {
    let added = 0;
    for (const row of rows) added += this.sql.insert.run(row).changes;
    return added;
  }

  deliveries(query: DeliveryQuery = {}): Delivery[] {
    if (!this.exists()) return [];
    const params = { state: query.state ?? null, overdue: query.overdue === undefined ? null : query.overdue.toISOString(), call: query.callId ?? null };
    return this.reading(() => (this.sql.list.all(params) as Row[]).map(delivery));
  }

  delivery(id: number): Delivery {
    const row = this.exists() ? this.reading(() => this.sql.byId.get(id) as Row | undefined) : undefined;
    if (row === undefined) throw new StoreError('store/unknown-delivery', `no delivery ${id} in ${this.shown}`);
    return delivery(row);
  }

  counts(now: Date): DeliveryCounts {
    const counts = { pending: 0, delivering: 0, delivered: 0, dead: 0, overdue: 0 };
    if (!this.exists()) return counts;
    return this.reading(() => {
      for (const r of this.sql.counts.all() as Row[]) counts[String(r['state']) as DeliveryState] = Number(r['n']);
      counts.overdue = Number(this.sql.overdue.pluck().get(now.toISOString()));
      return counts;
    });
  }

  claim(now: Date, leaseMs: number): Delivery | undefined {
    const at = now.toISOString();
    return this.writing(() => {
      this.sql.deadDependants.run({ at });
      const row = this.sql.ready.get({ now: at }) as Row | undefined;
      if (row === undefined) return undefined;
      this.sql.claim.run({ id: row['id'], lease: new Date(now.getTime() + leaseMs).toISOString() });
      return delivery(this.sql.byId.get(row['id']) as Row);
    });
  }

  settle(id: number, settlement: Settlement): Delivery {
    return this.writing(() => {
      const at = settlement.at.toISOString();
      if (settlement.outcome === 'delivered') this.sql.delivered.run({ id, at, external: settlement.externalId ?? null });
      else if (settlement.outcome === 'retry') this.sql.failed.run({ id, state: 'pending', not_before: settlement.notBefore.toISOString(), code: settlement.fault.code, message: settlement.fault.message });
      else this.sql.failed.run({ id, state: 'dead', not_before: at, code: settlement.fault.code, message: settlement.fault.message });
      return this.delivery(id);
    });
  }

  retry(id: number, at: Date): Delivery {
    return this.writing(() => {
      const found = this.delivery(id);
      if (found.state !== 'dead') throw new StoreError('store/delivery-not-dead', `delivery ${id} is ${found.state}; only a dead delivery can be retried`);
      this.sql.revive.run({ key: found.key, at: at.toISOString() });
      return this.delivery(id);
    });
  }

  private exists(): boolean {
    return this.prepared !== undefined || this.db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox'`).get() !== undefined;
  }

  private get sql(): ReturnType<typeof prepare> {
    this.prepared ??= prepare(this.db);
    return this.prepared;
  }
}

/** Why a delivery waiting for a dead one is dead itself; `retry` revives both by it. */
const WAITED_FOR_DEAD = 'delivery/waited-for-dead';

function prepare(db: Database) {
  return {
    insert: db.prepare(`
      INSERT INTO outbox (key, sink, call_id, event_seq, duty_index, kind, rule, record, after_key, not_before, due, state, created_at)
      VALUES (@key, @sink, @call_id, @event_seq, @duty_index, @kind, @rule, @record, @after_key, @not_before, @due, 'pending', @created_at)
      ON CONFLICT (key) DO NOTHING`),
    list: db.prepare(`
      SELECT * FROM outbox
      WHERE (@state IS NULL OR state = @state) AND (@call IS NULL OR call_id = @call)
        AND (@overdue IS NULL OR (state <> 'delivered' AND due IS NOT NULL AND due < @overdue))
      ORDER BY id`),
    byId: db.prepare(`SELECT * FROM outbox WHERE id = ?`),
    counts: db.prepare(`SELECT state, COUNT(*) AS n FROM outbox GROUP BY state`),
    overdue: db.prepare(`SELECT COUNT(*) FROM outbox WHERE state <> 'delivered' AND due IS NOT NULL AND due < ?`),
    deadDependants: db.prepare(`
      UPDATE outbox SET state = 'dead', error_code = '${WAITED_FOR_DEAD}',
        error_message = 'waits for delivery ' || (SELECT d.id FROM outbox d WHERE d.key = outbox.after_key) || ', which is dead; retry that one'
      WHERE state = 'pending' AND after_key IN (SELECT key FROM outbox WHERE state = 'dead')`),
    ready: db.prepare(`
      SELECT id FROM outbox o
      WHERE ((o.state = 'pending' AND o.not_before <= @now) OR (o.state = 'delivering' AND o.lease_until <= @now))
        AND (o.after_key IS NULL OR NOT EXISTS (SELECT 1 FROM outbox d WHERE d.key = o.after_key AND d.state <> 'delivered'))
      ORDER BY o.not_before, o.id LIMIT 1`),
    claim: db.prepare(`UPDATE outbox SET state = 'delivering', attempts = attempts + 1, lease_until = @lease WHERE id = @id`),
    delivered: db.prepare(`
      UPDATE outbox SET state = 'delivered', delivered_at = @at, external_id = @external, lease_until = NULL, error_code = NULL, error_message = NULL
      WHERE id = @id`),
    failed: db.prepare(`
      UPDATE outbox SET state = @state, not_before = @not_before, lease_until = NULL, error_code = @code, error_message = @message
      WHERE id = @id AND state <> 'delivered'`),
    revive: db.prepare(`
      UPDATE outbox SET state = 'pending', attempts = 0, not_before = @at, lease_until = NULL
      WHERE state = 'dead' AND (key = @key OR (after_key = @key AND error_code = '${WAITED_FOR_DEAD}'))`),
  };
}

const text = (v: string | number | null | undefined) => (typeof v === 'string' ? v : undefined);

function delivery(r: Row): Delivery {
  const code = text(r['error_code']);
  return {
    id: Number(r['id']),
    key: String(r['key']),
    sink: String(r['sink']),
    state: String(r['state']) as DeliveryState,
    callId: String(r['call_id']),
    eventSeq: Number(r['event_seq']),
    kind: String(r['kind']),
    rule: String(r['rule']),
    record: JSON.parse(String(r['record'])) as DeliveryRecord,
    afterKey: text(r['after_key']),
    notBefore: String(r['not_before']),
    due: text(r['due']),
    attempts: Number(r['attempts']),
    leaseUntil: text(r['lease_until']),
    lastError: code === undefined ? undefined : { code, message: String(r['error_message']) },
    externalId: text(r['external_id']),
    createdAt: String(r['created_at']),
    deliveredAt: text(r['delivered_at']),
  };
}
