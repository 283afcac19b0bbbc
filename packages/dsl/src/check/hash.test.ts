// The policy hash must not depend on the host: Node's crypto and the
// portable @noble/hashes fallback give the same digest for any text,
// including lone surrogates (both encode them as U+FFFD) and the
// canonical JSON of a real policy.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './hash.js';

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
});
