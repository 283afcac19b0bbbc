/**
 * The heart of the service: takes a call's events, decides them under the
 * call's own policy version, and saves the call, one atomic
 * read-handle-write per request. Events of one call are handled one request
 * at a time in this process; the store's version check guards against
 * other processes. A rejected event leaves the call exactly as it was.
 */
import { EventError, type CompiledPolicy, type Decision, type Session } from '@callguard/engine';
import type { PolicySet } from '../policies/policy-set.js';
import { ServiceError } from '../http/problem.js';
import type { CallRecord, CallStore } from '../store/call-store.js';
import { KeyedLock } from './keyed-lock.js';

/** What a request wants done to a call, worked out from the call as stored (undefined: unknown). */
export interface CallChange {
  /** The events to handle, in order. */
  readonly events: readonly unknown[];
  /** The adapter's new state for the call; unchanged when absent. */
  readonly channel?: Readonly<Record<string, unknown>>;
}

/** What handling a request did. */
export interface CallOutcome {
  /** One decision per event handled; for a new call the opening decision comes first. */
  readonly decisions: readonly Decision[];
  /** The call as now stored; undefined when the call is unknown and nothing was written. */
  readonly record: CallRecord | undefined;
}

/** Told about every accepted batch, for metrics and logs. */
export interface CallObserver {
  /** Called after the call was written, with the decisions of the batch; `decisions[i]` answers `events[i]`. */
  decided(callId: string, decisions: readonly Decision[], record: CallRecord, events: readonly unknown[]): void;
}

/** Settings of {@link CallService}. */
export interface CallServiceOptions {
  readonly policies: PolicySet;
  readonly store: CallStore;
  /** The clock, in ms since 1970: for TTLs only, never for decisions. */
  readonly now: () => number;
  /** How long an ended call is kept, and a call with no events. */
  readonly ttlMs: number;
  readonly idleTtlMs: number;
  readonly observer?: CallObserver;
}

/** Live sessions kept between requests, so the common case skips restoring from the snapshot. */
const MAX_CACHED_SESSIONS = 50_000;
/** Writes retried when another process changed the call in between. */
const ATTEMPTS = 3;

/** See the module comment. */
export class CallService {
  private readonly lock = new KeyedLock();
  private readonly sessions = new Map<string, { version: number; session: Session }>();

  constructor(private readonly options: CallServiceOptions) {}

  /** Handles `events` (parsed JSON) for `callId`; throws {@link ServiceError} when any is refused. */
  handle(callId: string, events: readonly unknown[]): Promise<CallOutcome> {
    return this.change(callId, () => ({ events }));
  }

  /**
   * Reads the call, asks `plan` what to do with it, handles the events it
   * returns and writes the call back, all while no other request of this
   * call runs. `plan` may run more than once (when the write loses a race).
   */
  change(callId: string, plan: (record: CallRecord | undefined) => CallChange): Promise<CallOutcome> {
    return this.lock.run(callId, async () => {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const record = await this.options.store.get(callId);
        const change = plan(record);
        if (change.events.length === 0 && (change.channel === undefined || record === undefined)) return { decisions: [], record };
        const next = this.apply(callId, record, change);
        // Every event a redelivery the session answered again: the call is as stored, and nothing is written.
        // The observer still hears the answer, so that what it keeps (duties) is kept even if the first answer's keeping failed.
        if (record !== undefined && next.added.length === 0 && change.channel === undefined) {
          this.options.observer?.decided(callId, next.decisions, record, change.events);
          return { decisions: next.decisions, record };
        }
        if (await this.options.store.put(callId, next.record, record?.version ?? 0)) {
          if (next.record.ended) this.sessions.delete(callId);
          else this.cache(callId, next.record.version, next.session);
          this.options.observer?.decided(callId, next.decisions, next.record, change.events);
          return { decisions: next.decisions, record: next.record };
        }
        this.sessions.delete(callId);
      }
      throw new ServiceError('service/conflict', `call ${callId} kept changing under this request; try again`);
    });
  }

  /** Resolves once every request running or waiting now has finished with its call. */
  settled(): Promise<void> {
    return this.lock.settled();
  }

  /** The call as stored, or undefined. */
  get(callId: string): Promise<CallRecord | undefined> {
    return this.options.store.get(callId);
  }

  private apply(callId: string, record: CallRecord | undefined, change: CallChange) {
    const decisions: Decision[] = [];
    let rest = change.events;
    let session: Session;
    let policy: CompiledPolicy;
    if (record === undefined) {
      const first = rest[0];
      if (!isCallStarted(first)) throw new ServiceError('service/unknown-call', `no call ${callId}: a call starts with a call_started event`);
      const id = first.call?.id;
      if (typeof id === 'string' && id !== callId) {
        throw new ServiceError('service/wrong-call', `call.id is ${id} but the path names call ${callId}`, prefix(rest, 0, 'call.id'));
      }
      policy = this.options.policies.forQueue(typeof first.call?.queue === 'string' ? first.call.queue : undefined);
      session = this.attempt(rest, 0, () => policy.open(first));
      decisions.push(session.opening);
      rest = rest.slice(1);
    } else {
      const found = this.options.policies.byPolicyHash(record.policy.hash);
      // An ended call's version may have been released; the engine would refuse the event all the same.
      if (found === undefined && record.ended) throw new ServiceError('event/call-ended', `call ${callId} has ended; no more events are accepted`);
      if (found === undefined) {
        throw new ServiceError('service/policy-gone', `call ${callId} started under ${record.policy.name} ${record.policy.version} (${record.policy.hash.slice(0, 12)}), which is no longer loaded`);
      }
      policy = found;
      const cached = this.sessions.get(callId);
      session = cached !== undefined && cached.version === record.version ? cached.session : this.attempt([], 0, () => policy.restore(record.session));
    }
    const offset = record === undefined ? 1 : 0;
    for (let i = 0; i < rest.length; i++) {
      // A batch is all or nothing: once an event has changed the live session, a later refusal must not leave it cached.
      if (i > 0) this.sessions.delete(callId);
      decisions.push(this.attempt(change.events, i + offset, () => session.handle(rest[i])));
    }
    // A redelivered event (same id) gets its first decision again; the call's history keeps it once.
    const added: Decision[] = [];
    let last = record === undefined ? -1 : record.session.seq - 1;
    for (const d of decisions) {
      if (d.event.seq <= last) continue;
      added.push(d);
      last = d.event.seq;
    }
    const ended = session.ended;
    const now = this.options.now();
    const next: CallRecord = {
      version: (record?.version ?? 0) + 1,
      policy: { name: policy.name, version: policy.version, hash: policy.hash },
      session: session.snapshot(),
      decisions: record === undefined ? added : [...record.decisions, ...added],
      ended,
      channel: change.channel ?? record?.channel ?? {},
      expiresAt: now + (ended ? this.options.ttlMs : this.options.idleTtlMs),
    };
    return { record: next, decisions, added, session };
  }

  /** Runs one engine step, turning its refusal into a {@link ServiceError} naming the event's place in the batch. */
  private attempt<T>(events: readonly unknown[], index: number, step: () => T): T {
    try {
      return step();
    } catch (error) {
      if (!(error instanceof EventError)) throw error;
      if (error.code === 'snapshot/invalid' || error.code === 'snapshot/policy-mismatch' || error.code === 'snapshot/tampered') throw error;
      throw new ServiceError(error.code, error.message, prefix(events, index, error.path));
    }
  }

  private cache(callId: string, version: number, session: Session): void {
    this.sessions.delete(callId);
    if (this.sessions.size >= MAX_CACHED_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest !== undefined) this.sessions.delete(oldest);
    }
    this.sessions.set(callId, { version, session });
  }
}

function isCallStarted(value: unknown): value is { type: 'call_started'; call?: { id?: unknown; queue?: unknown } } {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'call_started';
}

/** `field` of the event at `index`, as `[index].field` when the request carried a batch. */
function prefix(events: readonly unknown[], index: number, field: string): string {
  if (events.length <= 1) return field;
  return field === '' ? `[${index}]` : `[${index}].${field}`;
}
