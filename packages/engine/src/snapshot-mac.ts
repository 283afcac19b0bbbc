/**
 * Authenticated snapshots (docs/semantics.md, "Snapshots"): an HMAC-SHA256
 * over the snapshot's canonical JSON with a key the embedder supplies, so a
 * snapshot edited while stored (a ladder step advanced, `caller.vulnerable`
 * flipped) is refused rather than continued. Pure JavaScript (@noble/hashes):
 * the engine does no I/O and runs in browsers.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '@callguard/dsl/ir';
import { EventError } from './events/error.js';
import type { SessionSnapshot } from '@callguard/contract';

/**
 * A key that signs and checks snapshots. `id` names it in the snapshot, so
 * keys can be rotated: sign with the new key, and check with the new and the
 * old until snapshots made with the old one have ended.
 */
export interface SnapshotKey {
  readonly id: string;
  /** At least 32 bytes of secret; a string is taken as its UTF-8 bytes. */
  readonly secret: Uint8Array | string;
}

/** The snapshot with its `mac`: `<key id>:<hex HMAC-SHA256>` of the rest. */
export function signSnapshot(snapshot: SessionSnapshot, key: SnapshotKey): SessionSnapshot {
  const { mac: _ignored, ...unsigned } = snapshot;
  return { ...unsigned, mac: `${key.id}:${macOf(unsigned, key)}` };
}

/**
 * Throws `snapshot/tampered` unless `snapshot.mac` was made over exactly this
 * snapshot by one of `keys`.
 */
export function verifySnapshot(snapshot: SessionSnapshot, keys: readonly SnapshotKey[]): void {
  const { mac, ...unsigned } = snapshot;
  const at = typeof mac === 'string' ? mac.indexOf(':') : -1;
  const key = at > 0 ? keys.find((k) => k.id === mac!.slice(0, at)) : undefined;
  if (key === undefined || !equalInConstantTime(mac!.slice(at + 1), macOf(unsigned, key))) {
    throw new EventError(
      'snapshot/tampered',
      'mac',
      mac === undefined ? 'the snapshot is not signed, and only signed snapshots are accepted' : 'the snapshot was changed after it was signed, or signed with a key not given',
    );
  }
}

function macOf(unsigned: Omit<SessionSnapshot, 'mac'>, key: SnapshotKey): string {
  const secret = typeof key.secret === 'string' ? utf8ToBytes(key.secret) : key.secret;
  return bytesToHex(hmac(sha256, secret, utf8ToBytes(canonicalJson(unsigned))));
}

function equalInConstantTime(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
