/** Reading durations: the one place the language's duration units are defined. */

const UNIT_MS: Readonly<Record<string, number>> = {
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Milliseconds of `30s`, `10m`, `24h`, `90d` or `2w`; undefined for anything else. */
export function durationMs(raw: string): number | undefined {
  const m = /^(\d+)([a-z])$/.exec(raw);
  if (!m) return undefined;
  const unit = UNIT_MS[m[2]!];
  if (unit === undefined) return undefined;
  const ms = Number(m[1]) * unit;
  return Number.isSafeInteger(ms) ? ms : undefined;
}
