import { StoreError } from './store-error.js';

/**
 * Normalises a date to `toISOString()` form (UTC, milliseconds). Every date
 * in the store has this form, so text order is time order in SQL.
 */
export function isoUtc(value: string | Date, what: string): string {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) throw new StoreError('store/invalid-date', `${what} is not a date: ${String(value)}`);
  return new Date(ms).toISOString();
}
