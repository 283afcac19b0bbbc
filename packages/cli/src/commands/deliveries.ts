import type { Delivery, DeliveryState } from '@callguard/adapters';
import { EXIT, paint, type Io } from '../io.js';
import { withStore } from '../store-options.js';
import { alignTable } from '../table.js';

/** Options of `callguard duties list`. */
export interface DeliveryListOptions {
  readonly store: string;
  readonly state: DeliveryState | undefined;
  /** Only deliveries not delivered whose duty was due before `now`. */
  readonly overdue: boolean;
  readonly now: Date;
  readonly json: boolean;
}

const COLUMNS = ['id', 'state', 'sink', 'kind', 'call', 'rule', 'due', 'attempts', 'why'] as const;

/** The outbox as a JSON value: the format's version, the time, and each delivery. */
function deliveryJson(d: Delivery, now: string) {
  return {
    id: d.id,
    key: d.key,
    state: d.state,
    sink: d.sink,
    kind: d.kind,
    call_id: d.callId,
    rule: d.rule,
    ...(d.due !== undefined && { due: d.due, overdue: d.state !== 'delivered' && d.due < now }),
    not_before: d.notBefore,
    attempts: d.attempts,
    ...(d.lastError !== undefined && { error: d.lastError }),
    ...(d.externalId !== undefined && { external_id: d.externalId }),
    ...(d.deliveredAt !== undefined && { delivered_at: d.deliveredAt }),
  };
}

/**
 * Lists the outbox: every owed duty, where it is going, its state and why
 * its last attempt failed. Exits 1 when any listed delivery is dead or
 * overdue, so a scheduled job can alert on it.
 */
export function deliveryListCommand(options: DeliveryListOptions, io: Io): number {
  let list: Delivery[] = [];
  const code = withStore(options.store, io, (store) => {
    list = store.outbox.deliveries({ state: options.state, ...(options.overdue && { overdue: options.now }) });
    return EXIT.ok;
  }, { readOnly: true });
  if (code !== EXIT.ok) return code;
  const now = options.now.toISOString();
  const late = (d: Delivery) => d.state !== 'delivered' && d.due !== undefined && d.due < now;
  if (options.json) {
    io.out(`${JSON.stringify({ v: 1, now, deliveries: list.map((d) => deliveryJson(d, now)) }, null, 2)}\n`);
  } else if (list.length === 0) {
    io.out('no deliveries\n');
  } else {
    const { red } = paint(io);
    const rows = list.map((d) => [
      String(d.id),
      d.state,
      d.sink,
      d.kind,
      d.callId,
      d.rule,
      d.due === undefined ? '-' : `${d.due}${late(d) ? ' overdue' : ''}`,
      String(d.attempts),
      d.lastError === undefined ? '-' : d.lastError.code,
    ]);
    io.out(alignTable(COLUMNS, rows, (cell, row, column) => ((column === 1 && list[row]!.state === 'dead') || (column === 6 && late(list[row]!)) ? red(cell) : cell)));
  }
  return list.some((d) => d.state === 'dead' || late(d)) ? EXIT.failure : EXIT.ok;
}

/** `callguard duties show <id>`: one delivery, with the record it sends and its last failure in full. */
export function deliveryShowCommand(id: number, options: { readonly store: string; readonly now: Date; readonly json: boolean }, io: Io): number {
  return withStore(options.store, io, (store) => {
    const d = store.outbox.delivery(id);
    const now = options.now.toISOString();
    if (options.json) {
      io.out(`${JSON.stringify({ v: 1, now, delivery: { ...deliveryJson(d, now), record: d.record } }, null, 2)}\n`);
      return EXIT.ok;
    }
    const line = (label: string, value: string | number | undefined) => (value === undefined ? '' : `${label.padEnd(12)}${value}\n`);
    io.out(
      line('delivery', d.id) +
        line('state', d.state) +
        line('sink', d.sink) +
        line('duty', `${d.kind} (rule ${d.rule}, call ${d.callId}, event ${d.eventSeq})`) +
        line('key', d.key) +
        line('due', d.due) +
        line('not before', d.state === 'pending' ? d.notBefore : undefined) +
        line('attempts', d.attempts) +
        line('error', d.lastError === undefined ? undefined : `${d.lastError.code}: ${d.lastError.message}`) +
        line('external id', d.externalId) +
        line('delivered', d.deliveredAt) +
        `record\n${JSON.stringify(d.record, null, 2).replace(/^/gm, '  ')}\n`,
    );
    return EXIT.ok;
  }, { readOnly: true });
}

/** `callguard duties retry <id>`: a dead delivery back to pending, ready now. */
export function deliveryRetryCommand(id: number, options: { readonly store: string; readonly now: Date }, io: Io): number {
  return withStore(options.store, io, (store) => {
    const d = store.outbox.retry(id, options.now);
    io.out(`delivery ${d.id} (${d.kind} to ${d.sink}, call ${d.callId}) is pending again; \`callguard duties deliver\` or the service sends it\n`);
    return EXIT.ok;
  });
}
