/** Times in test files: offsets from the start of the call, or ISO times. */
import { durationMs } from '@callguard/dsl';

/** When a case gives no `start`; offsets make most tests independent of it. */
export const DEFAULT_START = '2026-01-01T09:00:00Z';

/**
 * The milliseconds an offset such as `+40s`, `+1m30s` or `-30d` (before the
 * call, for a caller's records) stands for, or undefined when the text is
 * not an offset. After the sign comes a duration as policies write it.
 */
export function parseOffset(text: string): number | undefined {
  const sign = text[0];
  if (sign !== '+' && sign !== '-') return undefined;
  const ms = durationMs(text.slice(1));
  return ms === undefined ? undefined : sign === '-' ? -ms : ms;
}

/** An offset from `startMs` or an ISO time, as an ISO time. */
export function resolveTime(text: string, startMs: number): string {
  const offset = parseOffset(text);
  return offset === undefined ? text : new Date(startMs + offset).toISOString();
}

/** The seconds a duration such as `55m` or `1h10m` stands for. */
export function durationSeconds(text: string): number {
  return (durationMs(text) ?? 0) / 1000;
}

/** True when `Date.parse` reads the text as a real time (not month 13). */
export function isRealTime(iso: string): boolean {
  return !Number.isNaN(Date.parse(iso));
}
