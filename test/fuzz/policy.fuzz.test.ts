// Hostile policy text through every phase: parse, check, format and compile
// never throw, every diagnostic has a registered code, and the work stays
// bounded. Inputs: random text, soup of the language's own tokens, and
// mutants of every example policy (slices deleted, repeated and swapped).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isCode } from '../../packages/contract/src/index.js';
import { checkText, format } from '../../packages/dsl/src/index.js';
import { compile } from '../../packages/engine/src/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_RUNS } from './runs.js';

const root = join(import.meta.dirname, '../..');
const examples = readdirSync(join(root, 'examples/policies'))
  .filter((f) => f.endsWith('.policy'))
  .map((f) => readFileSync(join(root, 'examples/policies', f), 'utf8'));

const WORDS = [
  'policy', '"p"', '{', '}', '(', ')', 'version', '"1.0.0"', 'stance', 'warn_then_end', 'never_hang_up', 'rule', 'r', 'when',
  'customer', 'agent', 'profanity', 'threat', 'and', 'or', 'not', 'do', 'warn', 'with', 'then', 'end_call', 'escalate', 'to',
  'supervisor', 'duties', 'document', 'script', 's', '"words"', 'group', '=', 'threshold', '0.7', 'times', 'within', '10m',
  'on', 'call_started', 'line_dropped', 'extends', 'override', 'restriction', 'kind', 'written_only', 'caller.incidents', '>=',
  '3', 'up', '2', ',', '.', '#', '\n', '"', '\u202e', '\u0000', 'ü', '日本',
];

const soup = fc.array(fc.constantFrom(...WORDS), { maxLength: 200 }).map((w) => w.join(' '));
const mutant = fc
  .tuple(fc.constantFrom(...examples), fc.array(fc.tuple(fc.nat(), fc.nat(400), fc.constantFrom('delete', 'repeat', 'swap')), { minLength: 1, maxLength: 4 }))
  .map(([text, edits]) =>
    edits.reduce((t, [at, length, kind]) => {
      const from = at % Math.max(1, t.length);
      const slice = t.slice(from, from + length);
      if (kind === 'delete') return t.slice(0, from) + t.slice(from + length);
      if (kind === 'repeat') return t.slice(0, from) + slice + slice + t.slice(from);
      return slice + t.slice(0, from) + t.slice(from + length);
    }, text),
  );
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 2_000 }), soup, mutant);

describe('hostile policies', () => {
  it('go through parse, check, format and compile without throwing, with registered codes', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { policy, diagnostics } = checkText(text, 'fuzz.policy');
        for (const d of diagnostics) expect(isCode(d.code), d.code).toBe(true);
        const formatted = format(text, { name: 'fuzz.policy' });
        if (formatted.text !== undefined) {
          // Formatting is idempotent and keeps the meaning.
          expect(format(formatted.text, { name: 'fuzz.policy' }).text).toBe(formatted.text);
          if (policy) expect(checkText(formatted.text, 'fuzz.policy').policy?.hash).toBe(policy.hash);
        }
        if (policy) compile(policy);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
