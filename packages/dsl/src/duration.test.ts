import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationMs } from './duration.js';

describe('durationMs', () => {
  it('reads one unit', () => {
    expect([durationMs('30s'), durationMs('10m'), durationMs('24h'), durationMs('90d'), durationMs('2w')]).toEqual([
      30_000, 600_000, 86_400_000, 7_776_000_000, 1_209_600_000,
    ]);
  });

  it('reads compound durations, largest unit first', () => {
    expect(durationMs('1m30s')).toBe(90_000);
    expect(durationMs('1h10m')).toBe(4_200_000);
    expect(durationMs('1w2d3h4m5s')).toBe(((7 * 24 + 2 * 24 + 3) * 60 * 60 + 4 * 60 + 5) * 1000);
  });

  it('refuses units out of order, twice, unknown or missing', () => {
    for (const raw of ['30s1m', '1m1m', '10mins', '10x', '10', '', 'm', '1.5h', '-1m']) expect(durationMs(raw), raw).toBeUndefined();
  });

  it('adds up its parts', () => {
    const part = fc.integer({ min: 0, max: 1000 });
    fc.assert(
      fc.property(part, part, part, (h, m, s) => {
        expect(durationMs(`${h}h${m}m${s}s`)).toBe(durationMs(`${h}h`)! + durationMs(`${m}m`)! + durationMs(`${s}s`)!);
      }),
    );
  });
});
