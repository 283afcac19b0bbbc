/**
 * Puts a transcription's callbacks back in order. Twilio may deliver a
 * callback twice or out of order; each carries a `SequenceId`. A callback
 * seen before is dropped; one that arrives early waits until the gap before
 * it is filled. A gap that stays open while more than `maxWaiting`
 * callbacks wait (a callback lost for good) is skipped, so a lost callback
 * delays the rest only briefly. The state is plain JSON, kept with the call.
 */

/** The ordering state of one transcription. */
export interface SequenceState<T> {
  /** The transcription it belongs to; a new one starts afresh. */
  readonly sid: string;
  /** The SequenceId expected next. */
  readonly next: number;
  /** Callbacks that came early, by SequenceId. */
  readonly waiting: Readonly<Record<string, T>>;
}

/** What {@link orderCallback} decided. */
export interface Ordered<T> {
  readonly state: SequenceState<T>;
  /** The callbacks now due, in order (none when this one was a duplicate or must wait). */
  readonly ready: readonly T[];
  /** True when this SequenceId was already seen. */
  readonly duplicate: boolean;
}

/** Waiting callbacks past which a gap is given up on. */
export const MAX_WAITING = 3;

/** Takes callback `item` with `sequenceId` of transcription `sid` into `state` (undefined: none yet). */
export function orderCallback<T>(state: SequenceState<T> | undefined, sid: string, sequenceId: number, item: T, maxWaiting = MAX_WAITING): Ordered<T> {
  const current: SequenceState<T> = state !== undefined && state.sid === sid ? state : { sid, next: 1, waiting: {} };
  if (sequenceId < current.next || String(sequenceId) in current.waiting) return { state: current, ready: [], duplicate: true };
  const waiting: Record<string, T> = { ...current.waiting, [sequenceId]: item };
  let next = current.next;
  const ready: T[] = [];
  for (;;) {
    while (String(next) in waiting) {
      ready.push(waiting[next] as T);
      delete waiting[next];
      next++;
    }
    const early = Object.keys(waiting).map(Number);
    if (early.length <= maxWaiting) break;
    next = Math.min(...early);
  }
  return { state: { sid, next, waiting }, ready, duplicate: false };
}

/** Every waiting callback, in order, for when the call ends and no gap can be filled any more. */
export function drainWaiting<T>(state: SequenceState<T> | undefined): T[] {
  if (state === undefined) return [];
  return Object.keys(state.waiting)
    .map(Number)
    .sort((a, b) => a - b)
    .map((n) => state.waiting[n] as T);
}
