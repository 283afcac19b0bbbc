/** Words for numbers and periods, shared by `why` and `explain`. */

const UNITS: readonly (readonly [string, number])[] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1000],
  ['ms', 1],
];

/** `600000` → `10m`, `90061000` → `1d 1h 1m 1s`, `0` → `0s`. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  // Built by concatenation: `why` calls this on every firing of a duration condition.
  let words = '';
  let rest = Math.abs(ms);
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0) words = words === '' ? `${n}${unit}` : `${words} ${n}${unit}`;
    rest -= n * size;
  }
  if (rest > 0) words = words === '' ? `${rest}ms` : `${words} ${rest}ms`;
  return (ms < 0 ? '-' : '') + words;
}

/** A confidence or threshold with at least two decimals: `0.7` → `0.70`, `0.925` → `0.925`. */
export function formatConfidence(x: number): string {
  const s = String(x);
  const dot = s.indexOf('.');
  return dot >= 0 && s.length - dot - 1 >= 2 ? s : x.toFixed(2);
}

/** An ISO time as `2026-12-02 09:30 UTC` (minutes are what a person plans by). */
export function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
