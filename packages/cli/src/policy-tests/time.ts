/** Times in test files: offsets from the start of the call, or ISO times. */

/** When a case gives no `start`; offsets make most tests independent of it. */
export const DEFAULT_START = '2026-01-01T09:00:00Z';

/**
 * The milliseconds an offset such as `+40s`, `+1m30s` or `-30d` (before the
 * call, for a caller's records) stands for, or undefined when the text is
 * not an offset.
 */
export function parseOffset(text: string): number | undefined {
  const match = /^([+-])(?=\d)(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (!match) return undefined;
  const [, sign, d = '0', h = '0', m = '0', s = '0'] = match;
  const ms = Number(d) * 86_400_000 + Number(h) * 3_600_000 + Number(m) * 60_000 + Number(s) * 1000;
  return sign === '-' ? -ms : ms;
}

/** An offset from `startMs` or an ISO time, as an ISO time. */
export function resolveTime(text: string, startMs: number): string {
  const offset = parseOffset(text);
  return offset === undefined ? text : new Date(startMs + offset).toISOString();
}

/** The seconds a duration such as `55m` or `1h10m` stands for. */
export function durationSeconds(text: string): number {
  return (parseOffset(`+${text}`) ?? 0) / 1000;
}

/** True when `Date.parse` reads the text as a real time (not month 13). */
export function isRealTime(iso: string): boolean {
  return !Number.isNaN(Date.parse(iso));
}
