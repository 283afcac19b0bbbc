import type { DeliveryRecord } from '../outbox/delivery-record.js';

/** A one-line title for what a CRM shows of a delivery: `CallGuard: follow_up (abuse)`. */
export function deliveryTitle(record: DeliveryRecord): string {
  return `CallGuard: ${record.duty.kind.replace(/_/g, ' ')} (${record.duty.rule})`;
}

/**
 * The text a CRM note or comment carries: what was decided, by which rule
 * and policy, and the duty owed. It ends with the idempotency key, so the
 * note can be found again (and is, by sinks that look before creating).
 */
export function deliverySummary(record: DeliveryRecord): string {
  const d = record.decision;
  const step = d.step === undefined ? '' : ` (step ${d.step.n} of ${d.step.of})`;
  const duty = record.duty;
  const lines = [
    `CallGuard decided ${d.action}${d.rule === undefined ? '' : ` under rule ${d.rule}${step}`} at ${record.event.at}, event ${record.event.seq} of call ${record.call.id}.`,
    `Duty owed: ${duty.kind}${duty.target === undefined ? '' : ` to ${duty.target}`}${duty.owner === undefined ? '' : ` by ${duty.owner}`}${duty.script === undefined ? '' : `, script ${duty.script}`}${duty.due === undefined ? '' : `, due ${duty.due}`}.`,
    ...(d.behaviours.length === 0 ? [] : [`Behaviours recorded: ${d.behaviours.join(', ')}.`]),
    ...d.matched.map((m) => `Rule ${m.rule} fired (${m.action}, step ${m.step.n} of ${m.step.of}): ${m.why}`),
    `Policy ${record.policy.name} ${record.policy.version} (${record.policy.hash.slice(0, 12)}).`,
    keyMarker(record.key),
  ];
  return lines.join('\n');
}

/** The line that carries a delivery's key in the text a CRM keeps. */
export function keyMarker(key: string): string {
  return `CallGuard key: ${key}`;
}

/** Seconds from the call's start to the event that owed the duty. */
export function secondsIntoCall(record: DeliveryRecord): number {
  return Math.max(0, Math.round((Date.parse(record.event.at) - Date.parse(record.call.started_at)) / 1000));
}
