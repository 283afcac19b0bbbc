/**
 * Working days, for appeal and reply deadlines: Monday to Friday, less the
 * holidays an organisation lists. Days are UTC calendar days: a decision at
 * 23:30 UTC on a Monday counts from that Monday.
 */
import { StoreError } from './store-error.js';

const DAY_MS = 86_400_000;

/** Holidays as `YYYY-MM-DD` days: none unless the organisation lists them. */
export type Holidays = ReadonlySet<string>;

/** Reads a holiday list: one `YYYY-MM-DD` a line; blank lines and `#` comments are skipped. */
export function parseHolidays(text: string, file: string): Holidays {
  const days = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const ms = Date.parse(`${line}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(line) || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== line) {
      throw new StoreError('store/invalid-date', `${file}:${index + 1}: \`${line}\` is not a day; write one YYYY-MM-DD a line`);
    }
    days.add(line);
  });
  return days;
}

/** True when the UTC day starting at `dayMs` is a working day. */
function isWorkingDay(dayMs: number, holidays: Holidays): boolean {
  const weekday = new Date(dayMs).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(new Date(dayMs).toISOString().slice(0, 10));
}

/**
 * The end (the last millisecond) of the `n`th working day after the day of
 * `from`: the deadline of "within n working days" of something done at
 * `from`. The day itself does not count, whatever the hour; with n = 0 the
 * deadline is the end of that day.
 */
export function workingDaysAfter(from: string, n: number, holidays: Holidays): string {
  let day = Math.floor(Date.parse(from) / DAY_MS) * DAY_MS;
  for (let left = n; left > 0; ) {
    day += DAY_MS;
    if (isWorkingDay(day, holidays)) left--;
  }
  return new Date(day + DAY_MS - 1).toISOString();
}
