/** Reading durations: the one place the language's duration units are defined. */

const UNIT_MS: Readonly<Record<string, number>> = {
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/**
 * Milliseconds of `30s`, `10m`, `24h`, `90d` or `2w`, or of a compound such
 * as `1m30s` or `1h10m` (units largest first, each at most once); undefined
 * for anything else. Policies and policy test files both read durations
 * here, so the two cannot disagree.
 */
export function durationMs(raw: string): number | undefined {
  if (!/^(?:\d+[a-z])+$/.test(raw)) return undefined;
  let total = 0;
  let previous = Infinity;
  for (const [, count, letter] of raw.matchAll(/(\d+)([a-z])/g)) {
    const unit = UNIT_MS[letter!];
    if (unit === undefined || unit >= previous) return undefined;
    previous = unit;
    total += Number(count) * unit;
  }
  return Number.isSafeInteger(total) ? total : undefined;
}
