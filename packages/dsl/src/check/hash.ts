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
  return sha256Hex(canonicalJson(meaning));
}

/** The part of `node:crypto` used here; `import type` keeps the package free of Node at run time. */
type NodeCrypto = Pick<typeof import('node:crypto'), 'createHash'>;

/**
 * Node's own crypto when the host has it: a 1,000-rule policy is over half
 * a million characters, which @noble/hashes (pure JavaScript, kept for every
 * other host) takes about ten times longer to hash. Found without an import,
 * so the package still loads anywhere.
 */
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as
  | NodeCrypto
  | undefined;

/** SHA-256 of the UTF-8 bytes of `text`, in lower-case hex; the same digest on every host. */
export function sha256Hex(text: string, crypto: NodeCrypto | undefined = nodeCrypto): string {
  return crypto ? crypto.createHash('sha256').update(text, 'utf8').digest('hex') : bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * JSON with object keys sorted and undefined properties dropped (undefined
 * in an array is `null`). Built by concatenation, with no arrays of entries
 * in between: a 1,000-rule policy is over half a million characters.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      out += (i === 0 ? '' : ',') + (v === undefined ? 'null' : canonicalJson(v));
    }
    return `${out}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    let out = '';
    // The default sort compares UTF-16 code units, as `<` does.
    for (const key of Object.keys(record).sort()) {
      const v = record[key];
      if (v === undefined) continue;
      out += `${out === '' ? '{' : ','}${JSON.stringify(key)}:${canonicalJson(v)}`;
    }
    return out === '' ? '{}' : `${out}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
