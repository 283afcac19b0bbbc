import type { DeliveryRecord } from '../outbox/delivery-record.js';
import { DeliveryFailure } from '../outbox/sink.js';

/**
 * Fills a mapping template from a delivery record: each `{path.to.field}`
 * is replaced by that field's value (`{call.caller_id}`, `{duty.kind}`).
 * Undefined when a field it names is absent, so a sink can leave out an
 * optional field or refuse a delivery that lacks a required one.
 */
export function fillTemplate(template: string, record: DeliveryRecord): string | undefined {
  let missing = false;
  const filled = template.replace(/\{([a-z_.]+)\}/g, (_, path: string) => {
    let value: unknown = record;
    for (const part of path.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
      missing = true;
      return '';
    }
    return String(value);
  });
  return missing ? undefined : filled;
}

/** {@link fillTemplate} for a field the sink cannot do without: `delivery/unmapped` when absent. */
export function requireField(sink: string, what: string, template: string, record: DeliveryRecord): string {
  const value = fillTemplate(template, record);
  if (value === undefined || value === '') {
    throw new DeliveryFailure('delivery/unmapped', `${sink}: the ${what} (from ${template}) has no value for call ${record.call.id}`, 'dead');
  }
  return value;
}
