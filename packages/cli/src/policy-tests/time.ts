/** Times in test files: offsets from the start of the call, or ISO times. */

/** When a case gives no `start`; offsets make most tests independent of it. */
export const DEFAULT_START = '2026-01-01T09:00:00Z';

/**
 * The milliseconds an offset such as `+40s`, `+2m` or `+1m30s` stands for,
 * or undefined when the text is not an offset.
 */
export function parseOffset(text: string): number | undefined {
  const match = /^\+(?=\d)(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (!match) return undefined;
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) * 3_600_000 + Number(m) * 60_000 + Number(s) * 1000;
}

/** True when `Date.parse` reads the text as a real time (not month 13). */
export function isRealTime(iso: string): boolean {
  return !Number.isNaN(Date.parse(iso));
}
