/** Reading dates and versions as the checker accepts them (durations: `../duration.ts`). */

/** True for a real `YYYY-MM-DD` calendar date (leap years included). */
export function isCalendarDate(raw: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** The Semantic Versioning 2.0.0 grammar (semver.org's recommended pattern). */
export const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** True when `n` is a whole number from 1 to `max`. */
export function isCount(n: number, max: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= max;
}

/** The most steps `up to N times` may expand to, so a typo cannot build a huge ladder. */
export const MAX_UP_TO = 100;
