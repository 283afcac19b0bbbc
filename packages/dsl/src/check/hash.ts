/**
 * The hash of a policy's meaning: SHA-256 (hex) of the canonical JSON (keys
 * sorted, absent values left out) of the checked policy without `hash` and
 * without each rule's `origin`, so moving or reformatting text keeps it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { CheckedPolicy } from '../checked.js';

export function policyHash(policy: Omit<CheckedPolicy, 'hash'>): string {
  const meaning = { ...policy, rules: policy.rules.map(({ origin: _origin, ...rule }) => rule) };
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(meaning))));
}

/** JSON with object keys sorted and undefined properties dropped. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
