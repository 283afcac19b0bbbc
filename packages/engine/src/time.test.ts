import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalTime, isoAt, parseAt } from './time.js';

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
// Every string the schema's `at` pattern admits, including impossible dates.
const at = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
    two(99),
    two(99),
    two(99),
    two(99),
    two(99),
    fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
    fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), two(99), two(99)).map(([s, h, m]) => `${s}${h}:${m}`)),
  )
  .map(([y, mo, d, h, mi, s, f, z]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${f === undefined ? '' : `.${f}`}${z}`);
const plausible = fc
  .tuple(fc.integer({ min: 1970, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.nat(86_399_999))
  .map(([y, mo, d, ms]) => new Date(Date.UTC(y, mo - 1, d) + ms).toISOString());

/** True when the date part of `s` names a day the calendar has (Date.parse would roll 02-31 over to March). */
function realDay(s: string): boolean {
  const [y, mo, d] = [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return mo >= 1 && mo <= 12 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

describe('event time', () => {
  it('parseAt equals Date.parse on every string the pattern admits with a real day, and is NaN for the rest', () => {
    fc.assert(fc.property(fc.oneof(at, plausible), (s) => {
      if (realDay(s)) expect(parseAt(s)).toBe(Date.parse(s));
      else expect(parseAt(s)).toBeNaN();
    }), { numRuns: 5000 });
    expect(parseAt('2027-02-31T09:00:00Z')).toBeNaN();
    expect(parseAt('2028-02-29T09:00:00+01:00')).toBe(Date.parse('2028-02-29T08:00:00Z'));
    expect(parseAt('2027-02-29T09:00:00Z')).toBeNaN();
    expect(parseAt('2026-12-01T10:00:01.5+01:00')).toBe(Date.parse('2026-12-01T09:00:01.500Z'));
  });

  it('isoAt equals toISOString', () => {
    const ms = fc.integer({ min: Date.UTC(-1000, 0, 1), max: Date.UTC(12000, 0, 1) });
    fc.assert(fc.property(ms, (n) => {
      expect(isoAt(n)).toBe(new Date(n).toISOString());
    }), { numRuns: 5000 });
  });

  it('canonicalTime reads exactly the strings toISOString writes, as Date.parse does', () => {
    // Any string the pattern admits: NaN, or the time of a string toISOString would write.
    fc.assert(fc.property(fc.oneof(at, plausible), (s) => {
      const ms = canonicalTime(s);
      if (!Number.isNaN(ms)) {
        expect(ms).toBe(Date.parse(s));
        expect(new Date(ms).toISOString()).toBe(s);
      }
    }), { numRuns: 5000 });
    // Every time toISOString writes in four-digit years.
    const ms = fc.integer({ min: Date.parse('0000-01-01T00:00:00.000Z'), max: Date.parse('9999-12-31T23:59:59.999Z') });
    fc.assert(fc.property(ms, (n) => {
      expect(canonicalTime(new Date(n).toISOString())).toBe(n);
    }), { numRuns: 5000 });
    // Anything of the right length that is not a canonical time.
    fc.assert(fc.property(fc.string({ minLength: 24, maxLength: 24 }), (s) => {
      const ms = canonicalTime(s);
      if (!Number.isNaN(ms)) expect(new Date(ms).toISOString()).toBe(s);
    }), { numRuns: 5000 });
    for (const s of ['2028-02-29T00:00:00.000Z', '2000-02-29T00:00:00.000Z', '0000-01-01T00:00:00.000Z']) expect(canonicalTime(s)).toBe(Date.parse(s));
    for (const s of ['2026-02-29T00:00:00.000Z', '1900-02-29T00:00:00.000Z', '2026-12-01T24:00:00.000Z', '2026-12-01T09:30:05Z', '2026-12-01T09:30:05.000+00:00', '+012026-12-01T09:30:05.000Z']) {
      expect(canonicalTime(s)).toBeNaN();
    }
    expect(canonicalTime(undefined)).toBeNaN();
  });

  it('canonicalTime gives the same answers in any order (it remembers the last date read)', () => {
    // Times a few hours apart, so runs share a date, among impossible dates and times.
    const near = fc
      .tuple(fc.constantFrom('2026-12-01', '2026-12-02', '2026-02-28', '2026-02-29', '2028-02-29', '2026-13-01', '2026-12-00'), fc.nat(23 * 60 + 59 + 2))
      .map(([date, minutes]) => `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:05.123Z`);
    fc.assert(fc.property(fc.array(fc.oneof(near, at, plausible), { maxLength: 30 }), (times) => {
      for (const s of times) {
        const parsed = Date.parse(s);
        const canonical = !Number.isNaN(parsed) && new Date(parsed).toISOString() === s;
        expect(canonicalTime(s)).toBe(canonical ? parsed : Number.NaN);
      }
    }), { numRuns: 2000 });
  });
});
