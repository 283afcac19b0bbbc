// The compiled engine against the reference interpreter, decision by
// decision, on random event streams over the example policies and over
// random policies. Everything is compared but `matched[].why`, including
// the opening decision, rejected events (same code and field) and what
// follows them. Every few events the engine's session moves through a JSON
// snapshot, as between processes, and must carry on as if it had not (and
// give the same opening).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckedPolicy } from '../../packages/dsl/src/index.js';
import { compile, EventError } from '../../packages/engine/src/index.js';
import type { Decision } from '../../packages/engine/src/index.js';
import { referenceOpen } from '../../packages/engine/src/reference/interpreter.js';
import { streamArb, type Stream } from '../arbitraries/events.js';
import { policyArb } from '../arbitraries/policy.js';
import { examplePolicies } from './examples.js';

/** What one event produced: a decision without its explanations, or a rejection. */
type Outcome = { readonly decision: string } | { readonly rejected: string };

function outcome(handle: () => Decision): Outcome {
  try {
    const d = handle();
    // A string keeps key order in the comparison: decisions must be byte-identical.
    return { decision: JSON.stringify({ ...d, matched: d.matched.map(({ why: _, ...m }) => m) }) };
  } catch (error) {
    if (!(error instanceof EventError)) throw error;
    return { rejected: `${error.code} ${error.path}` };
  }
}

/** Runs `stream` through both implementations and asserts the same outcome at every event. */
function agree(policy: CheckedPolicy, compiled: ReturnType<typeof compile>, stream: Stream): void {
  let engine = compiled.open(stream.start);
  const reference = referenceOpen(policy, stream.start);
  const opening = outcome(() => reference.opening);
  expect(outcome(() => engine.opening), 'opening').toEqual(opening);
  stream.events.forEach((event, i) => {
    if (i % RESTORE_EVERY === RESTORE_EVERY - 1) {
      engine = compiled.restore(JSON.parse(JSON.stringify(engine.snapshot())));
      expect(outcome(() => engine.opening), `opening after restore before event ${i}`).toEqual(opening);
    }
    const expected = outcome(() => reference.handle(event));
    const actual = outcome(() => engine.handle(event));
    if (JSON.stringify(actual) === JSON.stringify(expected)) return;
    // Only on a difference: compare as objects first, for a readable diff.
    const what = `event ${i}: ${JSON.stringify(event)}`;
    if ('decision' in expected && 'decision' in actual) {
      expect(JSON.parse(actual.decision), what).toEqual(JSON.parse(expected.decision));
    }
    expect(actual, what).toEqual(expected);
  });
}

// Streams per property: examples get many per policy, random policies a few each.
const STREAMS_PER_EXAMPLE = 800;
const RANDOM_POLICIES = 1_250;
const STREAMS_PER_RANDOM_POLICY = 4;
const MAX_EVENTS = 40;
const RESTORE_EVERY = 5;
/** Longer than `SEEN_EVENTS` id'd events, so that ids are forgotten and redelivered after. */
const LONG_STREAM = 120;
const LONG_STREAMS = 60;

describe('compiled engine == reference interpreter', () => {
  for (const [name, policy] of examplePolicies()) {
    it(`on ${name}`, () => {
      const compiled = compile(policy);
      fc.assert(
        fc.property(streamArb(policy, MAX_EVENTS), (stream) => agree(policy, compiled, stream)),
        { numRuns: STREAMS_PER_EXAMPLE },
      );
    });
  }

  it('on long streams, past the event ids a session remembers', () => {
    for (const [, policy] of examplePolicies().slice(0, 3)) {
      const compiled = compile(policy);
      fc.assert(fc.property(streamArb(policy, LONG_STREAM), (stream) => agree(policy, compiled, stream)), { numRuns: LONG_STREAMS });
    }
  });

  it('on random policies', () => {
    const arb = policyArb.chain((policy) =>
      fc.tuple(fc.constant(policy), fc.array(streamArb(policy, MAX_EVENTS), { minLength: STREAMS_PER_RANDOM_POLICY, maxLength: STREAMS_PER_RANDOM_POLICY })),
    );
    fc.assert(
      fc.property(arb, ([policy, streams]) => {
        const compiled = compile(policy);
        for (const stream of streams) agree(policy, compiled, stream);
      }),
      { numRuns: RANDOM_POLICIES },
    );
  });
});
