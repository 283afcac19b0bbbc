// At-least-once delivery: every event carries an id, and copies of events
// already handled are inserted anywhere after them. The events' own
// outcomes must be exactly those of the stream delivered once, and each
// copy must get its original's outcome, in the compiled engine (moving
// through JSON snapshots now and then) and in the reference interpreter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckedPolicy } from '../../packages/dsl/src/index.js';
import { compile, EventError, type Decision } from '../../packages/engine/src/index.js';
import { referenceOpen } from '../../packages/engine/src/reference/interpreter.js';
import { streamArb, type Stream } from '../arbitraries/events.js';
import { policyArb } from '../arbitraries/policy.js';
import { examplePolicies } from './examples.js';

/** A decision as JSON without its explanations (the reference words them its own way), or the code of the rejection. */
function outcome(handle: () => Decision): string {
  try {
    const d = handle();
    return JSON.stringify({ ...d, matched: d.matched.map(({ why: _, ...m }) => m) });
  } catch (error) {
    if (!(error instanceof EventError)) throw error;
    return error.code;
  }
}

/** Each event of `stream` with an id, and where copies go: after event `i`, a copy of event `copies[i]` (an index up to `i`, or -1 for the start). */
interface Redelivery {
  readonly stream: Stream;
  readonly copies: readonly (number | undefined)[];
  readonly restoreAt: ReadonlySet<number>;
}

const MAX_EVENTS = 30;

function redeliveryArb(policy: CheckedPolicy): fc.Arbitrary<Redelivery> {
  return streamArb(policy, MAX_EVENTS, { invalid: false }).chain((plain) => {
    const stream = {
      start: { ...plain.start, id: 'start' },
      events: plain.events.map((e, i) => ({ ...e, id: `e-${i}` })),
    };
    const n = stream.events.length;
    return fc.record({
      stream: fc.constant(stream),
      copies: fc.tuple(...Array.from({ length: n }, (_, i) => fc.option(fc.integer({ min: -1, max: i }), { freq: 2 }).map((c) => c ?? undefined))),
      restoreAt: fc.uniqueArray(fc.nat({ max: Math.max(0, 2 * n) }), { maxLength: 4 }).map((xs) => new Set(xs)),
    });
  });
}

/** The outcomes of delivering once, then with the copies: originals and copies apart. */
function deliver(policy: CheckedPolicy, compiled: ReturnType<typeof compile>, { stream, copies, restoreAt }: Redelivery): void {
  const once = compiled.open(stream.start);
  const expected = stream.events.map((e) => outcome(() => once.handle(e)));
  const opening = outcome(() => once.opening);

  let engine = compiled.open(stream.start);
  const reference = referenceOpen(policy, stream.start);
  let handled = 0;
  const run = (event: unknown): [string, string] => {
    if (restoreAt.has(handled++)) engine = compiled.restore(JSON.parse(JSON.stringify(engine.snapshot())));
    return [outcome(() => engine.handle(event)), outcome(() => reference.handle(event))];
  };
  stream.events.forEach((event, i) => {
    const [actual, oracle] = run(event);
    expect(actual, `event ${i}`).toBe(expected[i]);
    expect(oracle, `event ${i}, reference`).toBe(expected[i]);
    const copy = copies[i];
    if (copy === undefined) return;
    const original = copy === -1 ? stream.start : stream.events[copy];
    const [again, oracleAgain] = run(original);
    const first = copy === -1 ? opening : expected[copy];
    expect(again, `copy of event ${copy} after event ${i}`).toBe(first);
    expect(oracleAgain, `copy of event ${copy} after event ${i}, reference`).toBe(first);
  });
}

describe('redelivered events change nothing', () => {
  for (const [name, policy] of examplePolicies()) {
    it(`on ${name}`, () => {
      const compiled = compile(policy);
      fc.assert(fc.property(redeliveryArb(policy), (r) => deliver(policy, compiled, r)), { numRuns: 150 });
    });
  }

  it('on random policies', () => {
    fc.assert(
      fc.property(policyArb.chain((policy) => fc.tuple(fc.constant(policy), redeliveryArb(policy))), ([policy, r]) => deliver(policy, compile(policy), r)),
      { numRuns: 300 },
    );
  });
});
