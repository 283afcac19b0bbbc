import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoAt, parseAt } from './time.js';

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

describe('event time', () => {
  it('parseAt equals Date.parse on every string the pattern admits', () => {
    fc.assert(fc.property(fc.oneof(at, plausible), (s) => {
      expect(parseAt(s)).toBe(Date.parse(s));
    }), { numRuns: 5000 });
    expect(parseAt('2026-12-01T10:00:01.5+01:00')).toBe(Date.parse('2026-12-01T09:00:01.500Z'));
  });

  it('isoAt equals toISOString', () => {
    const ms = fc.integer({ min: Date.UTC(-1000, 0, 1), max: Date.UTC(12000, 0, 1) });
    fc.assert(fc.property(ms, (n) => {
      expect(isoAt(n)).toBe(new Date(n).toISOString());
    }), { numRuns: 5000 });
  });
});
