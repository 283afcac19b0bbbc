/**
 * Properties of `format` on random policies and on the examples with their
 * layout scrambled: it is idempotent, keeps the tree (modulo spans) and keeps
 * every comment, in order. Inputs are built as token lists joined by random
 * whitespace and comments, so every one of them parses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from './parse.js';
import { format } from './print.js';
import { tokenize } from './tokens.js';

const root = new URL('../../../', import.meta.url);
const exampleTexts = [
  ...readdirSync(new URL('examples/policies/', root))
    .filter((f) => f.endsWith('.policy'))
    .map((f) => `examples/policies/${f}`),
  'test/fixtures/kitchen-sink.policy',
  'test/fixtures/kitchen-base.policy',
].map((path) => readFileSync(new URL(path, root), 'utf8'));

/** The tree without spans, for comparing trees of differently laid-out texts. */
function stripSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSpans);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'span')
      .map(([key, v]) => [key, stripSpans(v)]),
  );
}

// --- random layout ------------------------------------------------------------

const commentText = fc.oneof(
  fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, ' ')),
  fc.constantFrom(' why', '', ' ✓ 丁寧に', '#', ' trailing   ', ' } { "'),
);
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
const blank = fc.constantFrom(' ', '  ', '\t', ' \t ');
/** What may stand between two tokens: whitespace, line breaks, comments. */
const separator: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: blank },
  { weight: 3, arbitrary: fc.tuple(lineBreak, blank).map(([b, s]) => b + s) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('', ' '), commentText, lineBreak).map(([s, c, b]) => `${s}#${c}${b}`) },
);

/** Joins tokens with random separators, and maybe some before and after. */
function layout(tokens: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(separator, { minLength: tokens.length + 1, maxLength: tokens.length + 1 })
    .map((seps) => seps[0]! + tokens.map((t, i) => t + seps[i + 1]!).join(''));
}

// --- random policies, as token lists -----------------------------------------

type Tokens = string[];
const name = fc.constantFrom('abuse', 'customer', 'agent', 'supervisor', 'x_1', '警告', 'avertissement_1', '_u');
const text = fc.constantFrom('"plain"', '""', '"say \\"hi\\""', '"tab\\there"', '"raw\ttab"', '"\\u{2713} ✓"', '"a\\\\b\\nc"');
const number = fc.constantFrom('0.7', '3', '-1', '02', '0.85');
const duration = fc.constantFrom('30s', '10m', '24h', '90d', '2w', '10x');
const time = fc.constantFrom('09:00', '20:00', '9:30', '24:61');
const maybe = (arb: fc.Arbitrary<Tokens>): fc.Arbitrary<Tokens> => fc.option(arb, { nil: [] as Tokens });
const listOf = (arb: fc.Arbitrary<Tokens>, sep: string): fc.Arbitrary<Tokens> =>
  fc.array(arb, { minLength: 1, maxLength: 4 }).map((items) => items.flatMap((t, i) => (i ? [sep, ...t] : t)));

const value = fc.oneof(number, duration, text, name);
const atom: fc.Arbitrary<Tokens> = fc.oneof(
  fc
    .tuple(maybe(name.map((n) => [n])), name, maybe(fc.tuple(number, duration).map(([n, d]) => [n, 'times', 'within', d])))
    .map(([speaker, n, count]) => [...speaker, n, ...count]),
  fc
    .tuple(
      name,
      name,
      maybe(name.map((k) => ['.', k])),
      maybe(fc.tuple(fc.constantFrom('=', '!=', '<', '<=', '>', '>='), value).map(([o, v]) => [o, v])),
    )
    .map(([r, m, key, cmp]) => [r, '.', m, ...key, ...cmp]),
);
const { condition } = fc.letrec<{ condition: Tokens }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('condition'), fc.constantFrom('and', 'or'), tie('condition')).map(([a, op, b]) => [...a, op, ...b]),
    tie('condition').map((c) => ['not', ...c]),
    tie('condition').map((c) => ['(', ...c, ')']),
  ),
}));

/** Each modifier, in its forms (with and without the optional comma). */
const between = (from: string, to: string): Tokens => ['between', from, 'and', to];
const CALLBACK_MODIFIERS: readonly (readonly [Tokens, Tokens?])[] = [
  [['within', '10m']],
  [['to', 'all_numbers']],
  [['with', 'warn_abuse']],
  [['by', 'supervisor']],
  [['for', '90d']],
  [between('09:00', '20:00'), between('9:30', '24:61')],
  [[',', 'up', 'to', '3', 'per', 'day'], ['up', 'to', '2', 'per', 'week']],
];
const MODIFIERS: readonly (readonly [Tokens, Tokens?])[] = [
  ...CALLBACK_MODIFIERS,
  [['immediately']],
  [['via', 'recorded_message']],
  [['up', 'to', '2', 'times'], [',', 'up', 'to', '3', 'times']],
  [['approved', 'by', 'supervisor'], [',', 'approved', 'by', 'agent', 'and', 'manager']],
];
/** A choice's modifiers; `up to N times` and `up to N per day` exclude each other. */
const modifiers = (list: readonly (readonly [Tokens, Tokens?])[]): fc.Arbitrary<Tokens> =>
  fc.tuple(fc.shuffledSubarray([...list]), fc.boolean()).map(([chosen, comma]) => {
    const repeats = chosen.some(([plain]) => plain.includes('times'));
    return chosen
      .filter(([plain]) => !(repeats && plain.includes('per')))
      .flatMap(([plain, other]) => (comma && other) || plain);
  });
const choice = fc.tuple(name, modifiers(MODIFIERS)).map(([action, mods]) => [action, ...mods]);
/** A rung: when it is due (`after 30m`, `at once`), maybe `may`, then its choices. */
const due = fc.constantFrom<Tokens>([], [], ['after', '30m'], ['at', 'once']);
const step = fc.tuple(due, fc.boolean(), listOf(choice, 'or')).map(([when, may, choices]) => [...when, ...(may ? ['may'] : []), ...choices]);
const duty = fc
  .tuple(name, maybe(name.map((n) => [n])), modifiers(CALLBACK_MODIFIERS))
  .map(([n, target, mods]) => [n, ...target, ...mods]);

const rule: fc.Arbitrary<Tokens> = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.tuple(name, maybe(text.map((t) => [t]))).map(([n, t]) => ['rule', n, ...t]), name.map((n) => ['on', n])),
    maybe(listOf(name.map((n) => [n]), ',').map((l) => ['channels', ...l])),
    maybe(condition.map((c) => ['when', ...c])),
    maybe(listOf(step, 'then').map((l) => ['do', ...l])),
    maybe(listOf(duty, ',').map((l) => ['must', ...l])),
    maybe(listOf(duty, ',').map((l) => ['duties', ...l])),
  )
  .map(([override, head, channels, when, ladder, must, duties]) => [
    ...(override ? ['override'] : []),
    ...head,
    '{',
    ...channels,
    ...when,
    ...ladder,
    ...must,
    ...duties,
    '}',
  ]);

/** A restriction with some of its settings, in any order. */
const restriction: fc.Arbitrary<Tokens> = fc
  .tuple(
    name,
    maybe(text.map((t) => [t])),
    fc.shuffledSubarray([
      name.map((n) => ['kind', n]),
      name.map((n) => ['scope', n]),
      listOf(name.map((n) => [n]), ',').map((l) => ['channels', ...l]),
      duration.map((d) => ['lasts', 'up', 'to', d]),
      fc.tuple(duration, fc.boolean()).map(([d, i]) => ['reviewed', 'after', d, ...(i ? [',', 'independently'] : [])]),
      text.map((t) => ['lifted', 'when', t]),
      fc.tuple(name, maybe(name.map((n) => ['and', n]))).map(([a, b]) => ['approved', 'by', a, ...b]),
      fc.tuple(number, name).map(([n, u]) => ['appeal', 'within', n, u]),
    ]),
  )
  .chain(([n, title, settings]) =>
    fc.tuple(...settings).map((parts) => ['restriction', n, ...title, '{', ...parts.flat(), '}']),
  );

const item: fc.Arbitrary<Tokens> = fc.oneof(
  fc.tuple(fc.constantFrom('version', 'owner', 'description'), text).map((t) => [...t]),
  fc.constant<Tokens>(['effective', '2026-12-01']),
  fc.oneof(name, fc.constant('zero_tolerance')).map((s) => ['stance', s]),
  fc.tuple(maybe(name.map((n) => [n])), number).map(([b, n]) => ['threshold', ...b, n]),
  listOf(name.map((n) => [n]), ',').map((l) => ['zero_tolerance', ...l]),
  fc.tuple(name, listOf(name.map((n) => [n]), 'or')).map(([n, l]) => ['group', n, '=', ...l]),
  fc.tuple(name, text).map(([n, t]) => ['script', n, t]),
  listOf(name.map((n) => [n]), ',').map((l) => ['roles', ...l]),
  listOf(name.map((n) => [n]), ',').map((l) => ['teams', ...l]),
  fc.tuple(name, duration).map(([n, d]) => ['record', n, 'expires', 'after', d]),
  name.map((n) => ['require', n]),
  fc.tuple(name, fc.oneof(name.map((n) => ['from', n]), text.map((t) => [t]))).map(([n, v]) => ['placeholder', n, ...v]),
  fc.tuple(fc.constantFrom('no-vulnerable-rule', 'shadowed-rule', 'x_1'), text).map(([c, t]) => ['acknowledge', c, t]),
  restriction,
  rule,
);

const policyTokens: fc.Arbitrary<Tokens> = fc
  .tuple(text, maybe(text.map((t) => ['extends', t])), fc.array(item, { maxLength: 8 }))
  .map(([n, ext, items]) => ['policy', n, ...ext, '{', ...items.flat(), '}']);

const randomPolicy = policyTokens.chain(layout);

// --- examples with their layout scrambled ------------------------------------

/** An example's tokens and comments, each comment kept with a line break after it. */
const exampleTokens: Tokens[] = exampleTexts.map((source) => {
  const lexed = tokenize(source);
  const all = [...lexed.tokens, ...(lexed.groups['comments'] ?? [])].sort((a, b) => a.startOffset - b.startOffset);
  return all.map((t) => (t.image.startsWith('#') ? `${t.image}\n` : t.image));
});
const scrambledExample = fc.constantFrom(...exampleTokens).chain(layout);

// --- the properties ----------------------------------------------------------

function checkFormat(input: string): void {
  const before = parse(input);
  expect(before.diagnostics.map((d) => d.message)).toEqual([]);
  const once = format(input).text!;
  expect(once).toBeDefined();
  expect(format(once).text).toBe(once);
  const after = parse(once);
  expect(stripSpans(after.ast.policy)).toEqual(stripSpans(before.ast.policy));
  const texts = (file: typeof before.ast): string[] => file.comments.map((c) => c.text.trimEnd());
  expect(texts(after.ast)).toEqual(texts(before.ast));
}

describe('format', () => {
  test('is idempotent, keeps the tree and every comment: random policies', () => {
    fc.assert(fc.property(randomPolicy, checkFormat), { numRuns: 300 });
  });

  test('is idempotent, keeps the tree and every comment: scrambled examples', () => {
    fc.assert(fc.property(scrambledExample, checkFormat), { numRuns: 150 });
  });
});
