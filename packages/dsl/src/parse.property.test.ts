import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.js';
import { parse } from './parse.js';
import { visit } from './visit.js';

const root = join(import.meta.dirname, '../../..');
const texts = [
  ...readdirSync(join(root, 'examples/policies'))
    .filter((f) => f.endsWith('.policy'))
    .map((f) => readFileSync(join(root, 'examples/policies', f), 'utf8')),
  readFileSync(join(root, 'test/fixtures/kitchen-sink.policy'), 'utf8'),
];

/** Parses and checks the invariants every result must keep. */
function parseChecked(text: string): void {
  const { ast, diagnostics } = parse(text);
  const length = ast.span.source.body.length;
  const inside = (d: Diagnostic): boolean => 0 <= d.span.start && d.span.start <= d.span.end && d.span.end <= length;
  expect(diagnostics.filter((d) => !inside(d))).toEqual([]);
  expect(diagnostics.length).toBeLessThanOrEqual(101);
  // Zero-width spans only at the end of the file.
  expect(diagnostics.filter((d) => d.span.start === d.span.end && d.span.end !== length)).toEqual([]);
  expect(diagnostics.filter((d) => d.message.includes('\n'))).toEqual([]);
  // Every node's span lies within the source and within its parent's.
  const misplaced: string[] = [];
  visit(ast, {
    enter(node, parent) {
      const outside =
        node.span.start > node.span.end ||
        node.span.end > length ||
        (parent !== undefined &&
          parent.kind !== 'PolicyFile' &&
          (node.span.start < parent.span.start || node.span.end > parent.span.end));
      if (outside) misplaced.push(`${node.kind} in ${parent?.kind}`);
    },
  });
  expect(misplaced).toEqual([]);
}

/** An edit of a text: delete, insert or duplicate a slice. */
interface Edit {
  readonly kind: 'delete' | 'insert' | 'duplicate';
  readonly at: number;
  readonly length: number;
  readonly text: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'duplicate'),
  at: fc.nat(),
  length: fc.nat({ max: 80 }),
  text: fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('{', '}', '(', ')', '"', 'rule', 'when', 'do', ' and ', ' or not ', ',', '\n', '#', '\\'),
  ),
});

function apply(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const e of edits) {
    const at = e.at % (result.length + 1);
    if (e.kind === 'delete') result = result.slice(0, at) + result.slice(at + e.length);
    else if (e.kind === 'insert') result = result.slice(0, at) + e.text + result.slice(at);
    else result = result.slice(0, at) + result.slice(at, at + e.length) + result.slice(at);
  }
  return result;
}

describe('parse never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => parseChecked(text)), { numRuns: 200 });
  });

  it('on arbitrary grapheme strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => parseChecked(text)), { numRuns: 200 });
  });

  it('on strings made of the language’s own pieces', () => {
    const piece = fc.constantFrom(
      'policy', '"p"', '{', '}', '(', ')', 'rule', 'on', 'override', 'r', 'when', 'do', 'duties', 'and', 'or',
      'not', 'customer', 'threat', '.', 'x', '>=', '3', 'times', 'within', '10m', 'then', 'warn', 'with', ',',
      'up', 'to', 'approved', 'by', 'script', 'group', '=', 'stance', 'threshold', '0.7', '#c\n', '"', '\n',
      'roles', 'teams', 'record', 'expires', 'after', 'require', 'restriction', 'kind', 'scope', 'channels',
      'lasts', 'reviewed', 'independently', 'lifted', 'appeal', 'must', 'via', 'between', 'per', 'day',
      '09:00', '9:', ':', '.', 'caller', 'strikes', 'placeholder', 'from', '"{x}"', 'may', 'at', 'once',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => parseChecked(pieces.join(' '))),
      { numRuns: 500 },
    );
  });

  it('on mutated example policies', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) =>
        parseChecked(apply(text, edits)),
      ),
      { numRuns: 200 },
    );
  });
});
