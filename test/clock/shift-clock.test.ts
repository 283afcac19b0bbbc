import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const preload = join(import.meta.dirname, 'shift-clock.mjs');

/** What a fresh node process with the preload says about a few dates. */
function probe(days: string): { now: number; constructed: number; parsed: number; fixed: string } {
  const script = `console.log(JSON.stringify({ now: Date.now(), constructed: new Date().getTime(), parsed: Date.parse('2026-01-01T00:00:00Z'), fixed: new Date('2026-01-01T00:00:00Z').toISOString() }));`;
  const out = execFileSync(process.execPath, ['--import', preload, '-e', script], { env: { ...process.env, CALLGUARD_CLOCK_SHIFT_DAYS: days }, encoding: 'utf8' });
  return JSON.parse(out) as ReturnType<typeof probe>;
}

describe('the shifted-clock preload', () => {
  it('moves only "now", by the number of days asked', () => {
    const plain = probe('0');
    const shifted = probe('1000');
    const dayMs = 86_400_000;
    expect(shifted.now - plain.now).toBeGreaterThan(999 * dayMs);
    expect(shifted.now - plain.now).toBeLessThan(1001 * dayMs);
    expect(shifted.constructed - plain.constructed).toBeGreaterThan(999 * dayMs);
    expect(shifted.parsed).toBe(plain.parsed);
    expect(shifted.fixed).toBe('2026-01-01T00:00:00.000Z');
  });
});
