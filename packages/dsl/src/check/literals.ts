/** Reading durations, dates and versions as the checker accepts them. */

const UNIT_MS: Readonly<Record<string, number>> = {
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

export const DURATION_UNITS = Object.keys(UNIT_MS);

/** Milliseconds of `30s`, `10m`, `24h`, `90d` or `2w`; undefined for anything else. */
export function durationMs(raw: string): number | undefined {
  const m = /^(\d+)([a-z])$/.exec(raw);
  if (!m) return undefined;
  const unit = UNIT_MS[m[2]!];
  if (unit === undefined) return undefined;
  const ms = Number(m[1]) * unit;
  return Number.isSafeInteger(ms) ? ms : undefined;
}

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
