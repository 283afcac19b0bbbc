/**
 * Checks a decision log: every entry's hash matches its content, every
 * entry follows the one before it (numbering and `prev_hash`), every
 * checkpoint names an entry that is there with the hash it signed, and every
 * signature verifies with the reviewer's public key. Each problem names the
 * entry it is about.
 */
import { createPublicKey, verify } from 'node:crypto';
import { checkpointMessage, entryHash, GENESIS } from './decision-log.js';
import type { LogCheckpoint, LogEntry } from './decision-log.js';

/** One thing wrong with a log, about one entry. */
export interface LogProblem {
  /** The entry (`seq`) concerned. */
  readonly seq: number;
  readonly message: string;
}

/** What `verifyLog` found. */
export interface LogVerification {
  readonly ok: boolean;
  readonly entries: number;
  readonly checkpoints: number;
  /** The latest checkpoint that verified: keep its hash elsewhere to catch a truncation past it. */
  readonly lastCheckpoint: LogCheckpoint | undefined;
  readonly problems: readonly LogProblem[];
}

/**
 * Verifies entries and checkpoints as read from a log, signatures with the
 * ed25519 public key given as PEM (see `readVerifyingKey`); without one,
 * signatures are not checked.
 */
export function verifyLog(entries: readonly LogEntry[], checkpoints: readonly LogCheckpoint[], publicKey: string | undefined): LogVerification {
  const key = publicKey === undefined ? undefined : createPublicKey(publicKey);
  const problems: LogProblem[] = [];
  const bySeq = new Map<number, LogEntry>();
  let previous: LogEntry | undefined;
  for (const e of entries) {
    bySeq.set(e.seq, e);
    const expectedSeq = (previous?.seq ?? 0) + 1;
    if (e.seq !== expectedSeq) {
      problems.push({ seq: expectedSeq, message: `entry ${expectedSeq}${e.seq > expectedSeq + 1 ? ` to ${e.seq - 1}` : ''} removed: the log goes from entry ${expectedSeq - 1} to entry ${e.seq}` });
    } else if (e.prevHash !== (previous?.hash ?? GENESIS)) {
      problems.push({ seq: e.seq, message: `entry ${e.seq} does not follow entry ${e.seq - 1}: its previous hash is not that entry's hash (entries reordered, replaced or edited)` });
    }
    if (entryHash(e) !== e.hash) problems.push({ seq: e.seq, message: `entry ${e.seq} was edited: its content does not match its hash` });
    previous = e;
  }
  let lastCheckpoint: LogCheckpoint | undefined;
  const last = entries.at(-1)?.seq ?? 0;
  for (const c of checkpoints) {
    const entry = bySeq.get(c.seq);
    if (entry === undefined) {
      problems.push({ seq: c.seq, message: c.seq > last ? `entry ${c.seq} removed: a checkpoint signs it, but the log ends at entry ${last} (truncated)` : `entry ${c.seq} removed: a checkpoint signs it` });
      continue;
    }
    if (entry.hash !== c.hash) {
      problems.push({ seq: c.seq, message: `entry ${c.seq} differs from what its checkpoint signed` });
      continue;
    }
    if (key !== undefined && !(c.signature !== '' && verify(null, checkpointMessage(c.seq, c.hash), key, Buffer.from(c.signature, 'base64')))) {
      problems.push({ seq: c.seq, message: `the checkpoint at entry ${c.seq} is forged: its signature does not verify with the key given` });
      continue;
    }
    lastCheckpoint = c;
  }
  if (last > 0 && checkpoints.length === 0) problems.push({ seq: last, message: `no checkpoint: nothing signs the log (entries 1 to ${last} could have been rewritten together)` });
  problems.sort((a, b) => a.seq - b.seq);
  return { ok: problems.length === 0, entries: entries.length, checkpoints: checkpoints.length, lastCheckpoint, problems };
}
