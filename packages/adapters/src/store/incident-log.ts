import type { Database } from 'better-sqlite3';
import type { DeliveryRecord } from '../outbox/delivery-record.js';
import type { Incident, IncidentLog } from './incident.js';

type Row = Record<string, string | number | null>;

/** The {@link IncidentLog} in a store's file. */
export class SqliteIncidentLog implements IncidentLog {
  private readonly sql;

  constructor(db: Database) {
    this.sql = {
      insert: db.prepare(`INSERT INTO incidents (key, call_id, kind, record, logged_at) VALUES (@key, @call_id, @kind, @record, @at) ON CONFLICT (key) DO NOTHING`),
      byKey: db.prepare(`SELECT * FROM incidents WHERE key = ?`),
      list: db.prepare(`SELECT * FROM incidents ORDER BY id`),
    };
  }

  write(record: DeliveryRecord, at: Date): Incident {
    this.sql.insert.run({ key: record.key, call_id: record.call.id, kind: record.duty.kind, record: JSON.stringify(record), at: at.toISOString() });
    return incident(this.sql.byKey.get(record.key) as Row);
  }

  list(): Incident[] {
    return (this.sql.list.all() as Row[]).map(incident);
  }
}

function incident(r: Row): Incident {
  return {
    id: Number(r['id']),
    key: String(r['key']),
    callId: String(r['call_id']),
    kind: String(r['kind']),
    record: JSON.parse(String(r['record'])) as DeliveryRecord,
    loggedAt: String(r['logged_at']),
  };
}
