import { resolve } from 'node:path';
import { StoreError, openStore, type ApplyResult, type OpenOptions, type Store } from '@callguard/adapters/store';
import { errorDiagnostic, formatDiagnostic } from '@callguard/dsl';
import { validateEvent, type CallStartedEvent, type Decision } from '@callguard/engine';
import { InvalidArgumentError } from 'commander';
import type { NumberedEvent } from './events-file.js';
import { EXIT, type Io } from './io.js';

/** Opens the store a `--store <file>` option names, relative to the working directory. */
export function openStoreOption(file: string, io: Io, options: Pick<OpenOptions, 'mustExist' | 'readOnly' | 'routes' | 'holidays'>): Store {
  return openStore(resolve(io.cwd, file), { ...options, shownAs: file, clock: io.now });
}

/** Store errors a user fixes by changing the command (a path, an id) exit 2; refused changes exit 1. */
const USAGE_CODES = new Set<StoreError['code']>([
  'store/sqlite-unavailable',
  'store/cannot-open',
  'store/corrupt',
  'store/not-a-store',
  'store/newer-schema',
  'store/unknown-duty',
  'store/unknown-restriction',
  'store/unknown-appeal',
  'store/unknown-record',
  'store/invalid-date',
]);

/** Prints a store error and returns its exit code; rethrows anything else. */
export function reportStoreError(e: unknown, io: Io): number {
  if (!(e instanceof StoreError)) throw e;
  io.err(`${formatDiagnostic(errorDiagnostic(e))}\n`);
  return USAGE_CODES.has(e.code) ? EXIT.usage : EXIT.failure;
}

/** Runs `work` on the store named by `file`, closing it after; store errors become exit codes. */
export function withStore(file: string, io: Io, work: (store: Store) => number, access: Pick<OpenOptions, 'readOnly' | 'holidays'> = {}): number {
  try {
    const store = openStoreOption(file, io, { mustExist: true, ...access });
    try {
      return work(store);
    } finally {
      store.close();
    }
  } catch (e) {
    return reportStoreError(e, io);
  }
}

/** Parses `--now`: an ISO-8601 date-time with a time zone. */
export function parseNow(value: string): Date {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(ms)) {
    throw new InvalidArgumentError('expected an ISO-8601 date-time with a time zone, e.g. 2026-12-01T09:30:00Z');
  }
  return new Date(ms);
}

/** `event` when it is a valid call_started; anything else is the session's to reject. */
function asCallStarted(event: unknown): CallStartedEvent | undefined {
  try {
    validateEvent(event);
  } catch {
    return undefined;
  }
  return event.type === 'call_started' ? event : undefined;
}

/** A call's events with its call_started enriched from the store (records, restrictions). */
export function enrichCall(store: Store, events: readonly NumberedEvent[]): NumberedEvent[] {
  const [first, ...rest] = events;
  const start = first && asCallStarted(first.event);
  if (!first || !start) return [...events];
  return [{ line: first.line, event: store.enrichCallStarted(start) }, ...rest];
}

/**
 * Keeps a replayed call's decisions, all in one transaction, and says what
 * was added. The ids come from the call's call_started event.
 */
export function keepDecisions(store: Store, events: readonly NumberedEvent[], decisions: readonly Decision[]): ApplyResult {
  const start = events[0] && asCallStarted(events[0].event);
  if (!start) return { records: 0, restrictions: 0, duties: 0, deliveries: 0, unattached: 0 };
  return store.applyCall(decisions, { callId: start.call.id, callerId: start.caller?.id, startedAt: start.at });
}

/** `1 record, 2 duties`: what a replay added to the store, in words. */
export function describeKept(added: ApplyResult): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `${n(added.records, 'record', 'records')}, ${n(added.restrictions, 'restriction', 'restrictions')}, ${n(added.duties, 'duty', 'duties')}`;
}
