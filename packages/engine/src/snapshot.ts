/**
 * The saved state of a call: small JSON that `CompiledPolicy.restore` turns
 * back into a session, in this process or another.
 */
import { EventError } from './events/error.js';
import type { SessionSnapshot } from '@callguard/contract';
import { SEEN_EVENTS } from './seen-events.js';

/** The fields a snapshot may have; any other is refused, so nothing rides along unseen. */
const FIELDS: ReadonlySet<string> = new Set(['v', 'policy', 'start', 'seq', 'at', 'ended', 'ladders', 'counts', 'request', 'spoken', 'script_sets', 'seen', 'forgotten', 'moved', 'mac']);

/** The shape `restore` needs to check a snapshot against. */
export interface SnapshotShape {
  readonly hash: string;
  /** Ladder length per rule: the most steps a snapshot can say it has taken. */
  readonly ladders: readonly number[];
  readonly counts: number;
  /** How many steps have a choice of scripts: the length of `script_sets`. */
  readonly scriptSets: number;
}

/**
 * Checks that `value` is a snapshot this policy can continue; the `start`
 * event is checked by the session like any `call_started`.
 */
export function checkSnapshot(value: unknown, shape: SnapshotShape): asserts value is SessionSnapshot {
  if (!isRecord(value) || value['v'] !== 1) throw invalid('v', 'the snapshot must be an object with v 1');
  const extra = Object.keys(value).find((k) => !FIELDS.has(k));
  if (extra !== undefined) throw invalid(extra, `a snapshot has no field \`${extra}\``);
  if (value['mac'] !== undefined && typeof value['mac'] !== 'string') throw invalid('mac', 'mac must be text');
  if (value['policy'] !== shape.hash) {
    throw new EventError(
      'snapshot/policy-mismatch',
      'policy',
      `the snapshot was taken under ${typeof value['policy'] === 'string' ? `policy hash ${value['policy']}` : 'no policy hash'}, not ${shape.hash}`,
    );
  }
  if (!isCount(value['seq']) || value['seq'] < 1) throw invalid('seq', 'seq must be a whole number of at least 1');
  if (!isCount(value['at'])) throw invalid('at', 'at must be a whole number of ms after the start');
  if (typeof value['ended'] !== 'boolean') throw invalid('ended', 'ended must be true or false');
  const ladders = value['ladders'];
  if (!Array.isArray(ladders) || ladders.length !== shape.ladders.length) {
    throw invalid('ladders', `ladders must list ${shape.ladders.length} positions`);
  }
  ladders.forEach((n: unknown, i) => {
    if (!isCount(n) || n > (shape.ladders[i] ?? 0)) {
      throw invalid(`ladders.${i}`, `ladders.${i} is not a number of steps rule ${i + 1} can have taken`);
    }
  });
  const counts = value['counts'];
  if (!Array.isArray(counts) || counts.length !== shape.counts) {
    throw invalid('counts', `counts must list ${shape.counts} windows`);
  }
  counts.forEach((times: unknown, i) => {
    if (!Array.isArray(times) || !times.every(isCount)) throw invalid(`counts.${i}`, `counts.${i} must list times in ms`);
  });
  if (value['request'] !== undefined && typeof value['request'] !== 'string') throw invalid('request', 'request must be a text label');
  const sets = value['script_sets'];
  if (sets !== undefined && (!Array.isArray(sets) || sets.length !== shape.scriptSets || !sets.every(isCount))) {
    throw invalid('script_sets', `script_sets must list the scripts used for each of the ${shape.scriptSets} steps with a choice of scripts`);
  }
  checkSeen(value['seen'], value['seq']);
  const forgotten = value['forgotten'];
  if (forgotten !== undefined && (!isCount(forgotten) || forgotten > value['at'])) {
    throw invalid('forgotten', 'forgotten must be a whole number of ms after the start, no later than at');
  }
  checkMoved(value['moved'], value['at'], shape.ladders.length);
}

/** `moved`: per rule, a time no later than `at`; a snapshot without it is a call on which no rule has taken a step with a timer (or one written before `moved` existed). */
function checkMoved(moved: unknown, at: number, rules: number): void {
  if (moved === undefined) return;
  if (!Array.isArray(moved) || moved.length !== rules) throw invalid('moved', `moved must list ${rules} times`);
  moved.forEach((ms: unknown, i) => {
    if (!isCount(ms) || ms > at) throw invalid(`moved.${i}`, `moved.${i} must be a whole number of ms after the start, no later than at`);
  });
}

/**
 * `seen`: at most {@link SEEN_EVENTS} distinct ids, each with a decision on
 * an event before `seq`. The decisions are otherwise taken as they are: only
 * a signed snapshot guarantees they are the ones the session gave.
 */
function checkSeen(seen: unknown, seq: number): void {
  if (seen === undefined) return;
  if (!Array.isArray(seen) || seen.length > SEEN_EVENTS) throw invalid('seen', `seen must list at most ${SEEN_EVENTS} events`);
  const ids = new Set<string>();
  seen.forEach((entry: unknown, i) => {
    const id = isRecord(entry) ? entry['id'] : undefined;
    const event = isRecord(entry) && isRecord(entry['decision']) ? entry['decision']['event'] : undefined;
    const ok =
      isRecord(entry) &&
      Object.keys(entry).length === 2 &&
      typeof id === 'string' &&
      !ids.has(id) &&
      isRecord(event) &&
      isCount(event['seq']) &&
      event['seq'] < seq &&
      typeof event['type'] === 'string' &&
      typeof event['at'] === 'string' &&
      !Number.isNaN(Date.parse(event['at']));
    if (!ok) throw invalid(`seen.${i}`, `seen.${i} must be an event id not listed before and the decision on an earlier event`);
    ids.add(id);
  });
}

function invalid(path: string, message: string): EventError {
  return new EventError('snapshot/invalid', path, message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
