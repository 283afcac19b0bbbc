/**
 * Event time, fast. `Date.parse` and `toISOString` cost hundreds of
 * nanoseconds each, more than the rest of `handle`; these do the common case
 * with arithmetic and defer to them for anything unusual, giving exactly
 * their results.
 */

const DAY_MS = 86_400_000;
const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
const FRACTION_SCALE = [100, 10, 1];

/**
 * Epoch ms of an `at` that matched the schema's pattern
 * (`YYYY-MM-DDTHH:MM:SS[.fff]` then `Z` or `±HH:MM`); NaN when it is not a
 * real time. Equal to `Date.parse(at)`.
 */
export function parseAt(at: string): number {
  const year = digits(at, 0, 4);
  const month = digits(at, 5, 2);
  const day = digits(at, 8, 2);
  const hour = digits(at, 11, 2);
  const minute = digits(at, 14, 2);
  const second = digits(at, 17, 2);
  // A day the month does not have is no time at all: Date.parse would roll
  // 2027-02-31 over to 3 March. Hour 24 and the like are left to Date.parse.
  if (month < 1 || month > 12 || day < 1 || !dayExists(year, month, day)) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59) return Date.parse(at);
  let i = 19;
  let fraction = 0;
  if (at.charCodeAt(i) === 46) {
    i++;
    // Like Date.parse: milliseconds are the first three digits, the rest dropped.
    for (let k = 0; isDigit(at.charCodeAt(i)); i++, k++) fraction += (at.charCodeAt(i) - 48) * (FRACTION_SCALE[k] ?? 0);
  }
  let offset = 0;
  if (at.charCodeAt(i) !== 90) {
    const hours = digits(at, i + 1, 2);
    const minutes = digits(at, i + 4, 2);
    if (hours > 23 || minutes > 59) return Date.parse(at);
    offset = (at.charCodeAt(i) === 45 ? -1 : 1) * (hours * 60 + minutes) * 60_000;
  }
  return daysFromCivil(year, month, day) * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000 + fraction - offset;
}

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// The last date `canonicalTime` read (YYYYMMDD as a number) and its epoch ms
// at midnight: a call's events share their day, so most skip the calendar.
let parsedDateKey = -1;
let parsedMidnightMs = 0;

/**
 * Epoch ms of `at` when it is exactly what `toISOString` writes
 * (`YYYY-MM-DDTHH:MM:SS.sssZ`, years 0000 to 9999) for a real time; NaN for
 * anything else, including strings the schema admits in other forms. A
 * string it accepts matches the schema's `at` pattern, equals
 * `new Date(ms).toISOString()` and gives `Date.parse(at) === ms`, so a
 * session can skip the pattern check and reuse `at` in its decision instead
 * of formatting the time again.
 */
export function canonicalTime(at: unknown): number {
  if (
    typeof at !== 'string' ||
    at.length !== 24 ||
    at.charCodeAt(4) !== 45 || // -
    at.charCodeAt(7) !== 45 ||
    at.charCodeAt(10) !== 84 || // T
    at.charCodeAt(13) !== 58 || // :
    at.charCodeAt(16) !== 58 ||
    at.charCodeAt(19) !== 46 || // .
    at.charCodeAt(23) !== 90 // Z
  ) {
    return Number.NaN;
  }
  const century = twoDigits(at, 0);
  const yearOfCentury = twoDigits(at, 2);
  const month = twoDigits(at, 5);
  const day = twoDigits(at, 8);
  const hour = twoDigits(at, 11);
  const minute = twoDigits(at, 14);
  const second = twoDigits(at, 17);
  const centis = twoDigits(at, 20);
  const millis = at.charCodeAt(22) - 48;
  // twoDigits gives -1 for a non-digit; `>>> 0` turns a negative into a large number.
  if ((century | yearOfCentury | month | day | hour | minute | second | centis) < 0 || millis >>> 0 > 9) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const year = century * 100 + yearOfCentury;
  // Every part is two digits, so this number names one date; only a real one is cached.
  const date = year * 10_000 + month * 100 + day;
  if (date !== parsedDateKey) {
    if (month < 1 || month > 12 || day < 1 || !dayExists(year, month, day)) return Number.NaN;
    parsedDateKey = date;
    parsedMidnightMs = daysFromCivil(year, month, day) * DAY_MS;
  }
  return parsedMidnightMs + hour * 3_600_000 + minute * 60_000 + second * 1000 + centis * 10 + millis;
}

let formattedDay = Number.NaN;
let formattedDayPrefix = '';

/** `new Date(ms).toISOString()`, with the date part cached: a call's events share their day. */
export function isoAt(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  if (day !== formattedDay) {
    const iso = new Date(day * DAY_MS).toISOString();
    // Years beyond 9999 have a longer form; leave them to toISOString.
    if (iso.length !== 24) return new Date(ms).toISOString();
    formattedDay = day;
    formattedDayPrefix = iso.slice(0, 11);
  }
  let rest = ms - day * DAY_MS;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return `${formattedDayPrefix}${TWO[hours] ?? ''}:${TWO[minutes] ?? ''}:${TWO[seconds] ?? ''}.${THREE[rest - seconds * 1000] ?? ''}Z`;
}

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

/** The two-digit number at `from`, or -1 when either character is not a digit. */
function twoDigits(s: string, from: number): number {
  const tens = s.charCodeAt(from) - 48;
  const ones = s.charCodeAt(from + 1) - 48;
  return tens >>> 0 <= 9 && ones >>> 0 <= 9 ? tens * 10 + ones : -1;
}

/** True when `month` (1 to 12) of `year` has a day `day`. */
function dayExists(year: number, month: number, day: number): boolean {
  return day <= (MONTH_DAYS[month] ?? 0) || (month === 2 && day === 29 && isLeapYear(year));
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// Howard Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
