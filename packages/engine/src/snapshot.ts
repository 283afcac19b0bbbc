/**
 * The saved state of a call: small JSON that `CompiledPolicy.restore` turns
 * back into a session, in this process or another.
 */
import { EventError } from './events/error.js';
import type { SessionSnapshot } from '@callguard/contract';

/** The fields a snapshot may have; any other is refused, so nothing rides along unseen. */
const FIELDS: ReadonlySet<string> = new Set(['v', 'policy', 'start', 'seq', 'at', 'ended', 'ladders', 'counts', 'request', 'mac']);

/** The shape `restore` needs to check a snapshot against. */
export interface SnapshotShape {
  readonly hash: string;
  /** Ladder length per rule: the most steps a snapshot can say it has taken. */
  readonly ladders: readonly number[];
  readonly counts: number;
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
      `the snapshot was taken under policy hash ${String(value['policy'])}, not ${shape.hash}`,
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
