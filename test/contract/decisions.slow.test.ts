// Decisions and snapshots, from the engine and from the reference
// interpreter (which builds its decisions on its own), meet the contract's
// schemas, keys in the schemas' order, on random calls over the example
// policies and over random policies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckedPolicy } from '../../packages/dsl/src/index.js';
import { compile, EventError, type Decision } from '../../packages/engine/src/index.js';
import { referenceOpen } from '../../packages/engine/src/reference/interpreter.js';
import { streamArb, type Stream } from '../arbitraries/events.js';
import { policyArb } from '../arbitraries/policy.js';
import { examplePolicies } from '../differential/examples.js';
import { keyOrderProblems, problems } from './validator.js';

/** Fails with what is wrong when `decision` breaks the contract. */
function meetsContract(decision: Decision, who: string): void {
  expect([...problems('decision.schema.json', decision), ...keyOrderProblems('decision.schema.json', decision)], `${who}: ${JSON.stringify(decision)}`).toEqual([]);
}

/** Each decision (or nothing, for a rejected event) of `handle`. */
function attempt(handle: () => Decision): Decision | undefined {
  try {
    return handle();
  } catch (error) {
    if (error instanceof EventError) return undefined;
    throw error;
  }
}

function check(policy: CheckedPolicy, stream: Stream): void {
  let engine;
  let reference;
  try {
    engine = compile(policy).open(stream.start);
    reference = referenceOpen(policy, stream.start);
  } catch (error) {
    if (error instanceof EventError) return;
    throw error;
  }
  meetsContract(engine.opening, 'engine opening');
  meetsContract(reference.opening, 'reference opening');
  for (const event of stream.events) {
    const e = attempt(() => engine.handle(event));
    const r = attempt(() => reference.handle(event));
    if (e !== undefined) meetsContract(e, 'engine');
    if (r !== undefined) meetsContract(r, 'reference');
  }
  expect(problems('snapshot.schema.json', JSON.parse(JSON.stringify(engine.snapshot())))).toEqual([]);
}

describe('decisions meet the contract', () => {
  for (const [name, policy] of examplePolicies()) {
    it(`on ${name}`, () => {
      fc.assert(fc.property(streamArb(policy, 30), (stream) => check(policy, stream)), { numRuns: 30 });
    });
  }

  it('on random policies', () => {
    const arb = policyArb.chain((policy) => fc.tuple(fc.constant(policy), streamArb(policy, 30)));
    fc.assert(fc.property(arb, ([policy, stream]) => check(policy, stream)), { numRuns: 100 });
  });
});
