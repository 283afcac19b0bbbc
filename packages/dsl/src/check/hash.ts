/**
 * The hash of a policy's meaning: SHA-256 (hex) of the canonical JSON (keys
 * sorted, absent values left out) of the checked policy without `hash` and
 * without each rule's `origin`, so moving or reformatting text keeps it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { CheckedPolicy } from '../checked.js';

/** The hash a checked policy carries: SHA-256 (hex) of the canonical JSON of its meaning (no `hash`, no rule `origin`s, no `asserts` or `acknowledgements`). */
export function policyHash(policy: Omit<CheckedPolicy, 'hash'>): string {
  // Asserts and acknowledgements are left out: they change no decision, and a
  // hash that moved with them would part decisions logged under one meaning.
  const { asserts: _asserts, acknowledgements: _acknowledgements, ...decides } = policy;
  const meaning = { ...decides, rules: policy.rules.map(({ origin: _origin, ...rule }) => rule) };
  return canonicalSha256Hex(meaning);
}

/**
 * The part of `node:crypto` used here, written out rather than imported as a
 * type, so the published declarations need neither Node nor @types/node.
 */
interface NodeCrypto {
  createHash(algorithm: 'sha256'): Sha256Hasher;
}
interface Sha256Hasher {
  update(data: string, encoding: 'utf8'): Sha256Hasher;
  digest(encoding: 'hex'): string;
}

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
 * `sha256Hex(canonicalJson(value))`, hashing the text as it is written: a
 * 1,000-rule policy's text is some 200,000 appended pieces, which kept
 * whole until hashed were several megabytes of live strings for the garbage
 * collector to copy.
 */
export function canonicalSha256Hex(value: unknown, crypto: NodeCrypto | undefined = nodeCrypto): string {
  if (crypto) {
    const hash = crypto.createHash('sha256');
    writeCanonicalJson(value, (chunk) => hash.update(chunk, 'utf8'));
    return hash.digest('hex');
  }
  const hash = sha256.create();
  writeCanonicalJson(value, (chunk) => hash.update(utf8ToBytes(chunk)));
  return bytesToHex(hash.digest());
}

/**
 * JSON with object keys sorted and undefined properties dropped (undefined
 * in an array is `null`).
 */
export function canonicalJson(value: unknown): string {
  let text = '';
  writeCanonicalJson(value, (chunk) => {
    text += chunk;
  });
  return text;
}

/** A string `JSON.stringify` would write other than between plain quotes (any surrogate, to be safe). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Characters written before a chunk is handed on. */
const CHUNK = 16_384;

/**
 * Writes {@link canonicalJson}'s text to `emit` in chunks. A 1,000-rule
 * policy is over half a million characters in some ten thousand objects, so
 * this is built for that: one string grown by appending (no strings per
 * object to join), each object's keys sorted and quoted once per shape
 * (the same keys in the same order, as objects built by one literal have)
 * rather than once per object, with the `{` or `,` before it, and each
 * distinct string quoted once. Chunks end between whole JSON tokens, which
 * never split a surrogate pair (`JSON.stringify` escapes lone ones), so
 * encoding them one by one gives the bytes of the whole text.
 */
function writeCanonicalJson(value: unknown, emit: (chunk: string) => void): void {
  const shapes = new ShapeCache();
  const strings = new Map<string, string>();
  let out = '';
  const write = (v: unknown): void => {
    if (out.length >= CHUNK) {
      emit(out);
      out = '';
    }
    if (typeof v === 'string') {
      // Most strings recur (kinds, actions, names): each is quoted once.
      let quoted = strings.get(v);
      if (quoted === undefined) {
        // Only quotes, backslashes, control characters and lone surrogates are escaped.
        quoted = NEEDS_ESCAPE.test(v) ? JSON.stringify(v) : `"${v}"`;
        strings.set(v, quoted);
      }
      out += quoted;
    } else if (typeof v === 'number') {
      // What `JSON.stringify` writes for a number, without its generic path.
      out += Number.isFinite(v) ? String(v) : 'null';
    } else if (typeof v === 'boolean') {
      out += v ? 'true' : 'false';
    } else if (v === null || typeof v !== 'object') {
      out += JSON.stringify(v) ?? 'null';
    } else if (Array.isArray(v)) {
      out += '[';
      for (let i = 0; i < v.length; i++) {
        if (i > 0) out += ',';
        const item: unknown = v[i];
        if (item === undefined) out += 'null';
        else write(item);
      }
      out += ']';
    } else {
      const record = v as Record<string, unknown>;
      let first = true;
      for (const { key, open, next } of shapes.sorted(record)) {
        const item = record[key];
        if (item === undefined) continue;
        out += first ? open : next;
        first = false;
        write(item);
      }
      out += first ? '{}' : '}';
    }
  };
  write(value);
  emit(out);
}

interface SortedKey {
  readonly key: string;
  /** `{"key":`, written for an object's first key. */
  readonly open: string;
  /** `,"key":`, written for each key after. */
  readonly next: string;
}

/** A list of keys, in an object's own order, as a path from the root. */
interface ShapeNode {
  /** The keys that follow this path in some shape, and where each leads. */
  readonly keys: string[];
  readonly children: ShapeNode[];
  /** Sorted keys of an object with exactly the keys on the path here. */
  sorted: readonly SortedKey[] | undefined;
}

const shapeNode = (): ShapeNode => ({ keys: [], children: [], sorted: undefined });

/**
 * Sorted keys by the list of keys an object has, in its own order: a tree
 * walked one key at a time (`for in`, so no array of keys per object). A
 * node has few children (most one), so they are found by a scan comparing
 * keys, which are internalised strings.
 */
class ShapeCache {
  readonly #root: ShapeNode = shapeNode();

  sorted(record: Record<string, unknown>): readonly SortedKey[] {
    const proto: unknown = Object.getPrototypeOf(record);
    // `for in` also lists inherited keys: only plain objects take the fast path.
    if (proto !== Object.prototype && proto !== null) return sortKeys(Object.keys(record));
    let node = this.#root;
    for (const key in record) {
      const { keys, children } = node;
      let i = 0;
      while (i < keys.length && keys[i] !== key) i++;
      if (i === keys.length) {
        keys.push(key);
        children.push(shapeNode());
      }
      node = children[i]!;
    }
    return (node.sorted ??= sortKeys(Object.keys(record)));
  }
}

/** The default sort compares UTF-16 code units, as `<` does. */
function sortKeys(keys: readonly string[]): readonly SortedKey[] {
  return [...keys].sort().map((key) => ({ key, open: `{${JSON.stringify(key)}:`, next: `,${JSON.stringify(key)}:` }));
}
