// The policy hash must not depend on the host: Node's crypto and the
// portable @noble/hashes fallback give the same digest for any text,
// including lone surrogates (both encode them as U+FFFD) and the
// canonical JSON of a real policy.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalSha256Hex, sha256Hex } from './hash.js';

describe('sha256Hex', () => {
  it('gives the same digest with and without Node crypto', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string()), (text) => {
        expect(sha256Hex(text, undefined)).toBe(sha256Hex(text, { createHash }));
      }),
      { numRuns: 2000 },
    );
    const big = canonicalJson({ rules: Array.from({ length: 2000 }, (_, i) => ({ id: `r${i}`, title: `Rule ${i} – ✓ \ud83d\ude00` })) });
    expect(sha256Hex(big, undefined)).toBe(sha256Hex(big, { createHash }));
    for (const lone of ['\ud800', 'a\udfffb', '\udc00\ud800']) expect(sha256Hex(lone, undefined)).toBe(sha256Hex(lone, { createHash }));
    expect(sha256Hex('', undefined)).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('canonicalJson', () => {
  it('sorts keys, drops undefined properties and writes undefined in arrays as null', () => {
    expect(canonicalJson({ b: 1, a: [undefined, 'x', { d: undefined, c: true }], e: undefined, '': null })).toBe(
      '{"":null,"a":[null,"x",{"c":true}],"b":1}',
    );
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson({ a: undefined })).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
  });

  it('writes what the plain recursive definition writes, shapes shared or not', () => {
    // The definition the fast version (shapes cached, one growing string) must match.
    const reference = (value: unknown): string => {
      if (Array.isArray(value)) return `[${value.map((v: unknown) => (v === undefined ? 'null' : reference(v))).join(',')}]`;
      if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        const entries = Object.keys(record)
          .sort()
          .filter((k) => record[k] !== undefined)
          .map((k) => `${JSON.stringify(k)}:${reference(record[k])}`);
        return `{${entries.join(',')}}`;
      }
      return JSON.stringify(value) ?? 'null';
    };
    const key = fc.oneof(fc.constantFrom('a', 'b', 'ab', '', '10', '9', '__proto__', 'é', '\ud800'), fc.string());
    const leaf = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object'), tie('sameShape')),
      array: fc.array(tie('tree'), { maxLength: 4 }),
      object: fc.dictionary(key, tie('tree'), { maxKeys: 5 }),
      // Many objects with the same keys in the same order, as a checked policy has.
      sameShape: fc.array(fc.tuple(tie('tree'), tie('tree')), { maxLength: 4 }).map((pairs) => pairs.map(([x, y]) => ({ z: x, a: y, m: undefined }))),
    }));
    fc.assert(
      fc.property(tree, (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('canonicalSha256Hex', () => {
  it('hashes the canonical JSON, written in chunks, on every host', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string());
    // Big enough to be hashed in several chunks, with pairs and lone surrogates near every boundary.
    const value = fc.array(fc.record({ id: text, title: text, n: fc.integer() }), { maxLength: 1500 });
    fc.assert(
      fc.property(value, (v) => {
        const expected = sha256Hex(canonicalJson(v), { createHash });
        expect(canonicalSha256Hex(v, { createHash })).toBe(expected);
        expect(canonicalSha256Hex(v, undefined)).toBe(expected);
      }),
      { numRuns: 60 },
    );
    const big = { rules: Array.from({ length: 3000 }, (_, i) => ({ id: `r${i}`, title: `Rule ${i} – ✓ \ud83d\ude00 \ud800` })) };
    expect(canonicalSha256Hex(big)).toBe(sha256Hex(canonicalJson(big)));
    expect(canonicalSha256Hex(big, undefined)).toBe(sha256Hex(canonicalJson(big), { createHash }));
  });
});

describe('policyHash', () => {
  it('leaves asserts out: adding or changing one changes no decision, so not the hash', async () => {
    const { checkText } = await import('./check.js');
    const body = (asserts: string) =>
      `policy "p" {\n  version "1.0.0"\n  stance warn_then_end\n${asserts}  rule abuse {\n    when customer profanity\n    do warn then end_call\n    duties document\n  }\n}\n`;
    const plain = checkText(body('')).policy;
    const asserted = checkText(body('  assert "no end without a warning": never end_call unless warned\n  assert end_call always owes document\n')).policy;
    expect(asserted?.asserts?.map((a) => [a.title, a.property.text, a.origin.line])).toEqual([
      ['no end without a warning', 'never end_call unless warned', 4],
      [undefined, 'end_call always owes document', 5],
    ]);
    expect(plain?.asserts).toBeUndefined();
    expect(asserted?.hash).toBe(plain?.hash);
  });
});
