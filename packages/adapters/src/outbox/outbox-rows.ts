import type { Decision } from '@callguard/contract';
import { deliveryKey } from './delivery-key.js';
import { deliveryRecord, type RecordContext } from './delivery-record.js';
import { routeDuty, type DutyRoute } from './routes.js';

/** A new `outbox` row (state pending). */
export interface OutboxRow {
  readonly key: string;
  readonly sink: string;
  readonly call_id: string;
  readonly event_seq: number;
  readonly duty_index: number;
  readonly kind: string;
  readonly rule: string;
  readonly record: string;
  readonly after_key: string | null;
  readonly not_before: string;
  readonly due: string | null;
  readonly created_at: string;
}

/**
 * The deliveries one decision owes: each duty (indexed across `duties` then
 * `required`, as the store indexes them) once per sink its kind is routed to.
 * A rule's other duties wait for its `document` duty to the same sink, so a
 * CRM holds the record of what happened before the follow-up that refers to
 * it. Pure; the store writes the rows in the decision's own transaction.
 */
export function outboxRows(decision: Decision, context: RecordContext, routes: readonly DutyRoute[]): OutboxRow[] {
  const at = new Date(decision.event.at).toISOString();
  const all = [...decision.duties, ...decision.required];
  const documented = new Set(all.filter((d) => d.kind === 'document').map((d) => d.rule));
  const rows: OutboxRow[] = [];
  all.forEach((duty, index) => {
    for (const { sink, at: when } of routeDuty(duty, routes)) {
      const key = deliveryKey({ callId: context.callId, rule: duty.rule, kind: duty.kind, target: duty.target, sink });
      const waitsForNote = duty.kind !== 'document' && documented.has(duty.rule) && routeDuty({ kind: 'document', rule: duty.rule }, routes).some((r) => r.sink === sink);
      const due = duty.due === undefined ? null : new Date(duty.due).toISOString();
      rows.push({
        key,
        sink,
        call_id: context.callId,
        event_seq: decision.event.seq,
        duty_index: index,
        kind: duty.kind,
        rule: duty.rule,
        record: JSON.stringify(deliveryRecord(decision, duty, context, key)),
        after_key: waitsForNote ? deliveryKey({ callId: context.callId, rule: duty.rule, kind: 'document', target: undefined, sink }) : null,
        not_before: when === 'due' && due !== null ? due : at,
        due,
        created_at: at,
      });
    }
  });
  return rows;
}
