import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drainWaiting, orderCallback, type SequenceState } from './sequence.js';

function feed(order: readonly number[], maxWaiting = 3) {
  let state: SequenceState<number> | undefined;
  const out: number[] = [];
  for (const n of order) {
    const r = orderCallback(state, 'GT1', n, n, maxWaiting);
    state = r.state;
    out.push(...r.ready);
  }
  return { out, state };
}

describe('orderCallback', () => {
  it('passes callbacks in order straight through', () => {
    expect(feed([1, 2, 3]).out).toEqual([1, 2, 3]);
  });

  it('holds an early callback until the gap before it is filled', () => {
    expect(feed([1, 3]).out).toEqual([1]);
    expect(feed([1, 3, 2]).out).toEqual([1, 2, 3]);
  });

  it('drops a callback seen before, waiting or done', () => {
    const r = orderCallback(orderCallback(undefined, 'GT1', 1, 'a').state, 'GT1', 1, 'a');
    expect(r).toMatchObject({ duplicate: true, ready: [] });
    const waiting = orderCallback(undefined, 'GT1', 3, 'c');
    expect(orderCallback(waiting.state, 'GT1', 3, 'c')).toMatchObject({ duplicate: true, ready: [] });
  });

  it('gives up on a gap when too many callbacks wait behind it', () => {
    expect(feed([1, 3, 4, 5, 6]).out).toEqual([1, 3, 4, 5, 6]);
  });

  it('starts afresh for a new transcription', () => {
    const first = feed([1, 2]).state;
    expect(orderCallback(first, 'GT2', 1, 9).ready).toEqual([9]);
  });

  it('hands over what still waits when the call ends', () => {
    expect(drainWaiting(feed([1, 4, 3]).state)).toEqual([3, 4]);
  });

  const deliveries = fc.integer({ min: 1, max: 30 }).chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.shuffledSubarray([...Array(n).keys()].map((i) => i + 1), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 1, max: n }), { maxLength: 10 }),
    ),
  );

  it('never repeats or reorders a callback, whatever the delivery order, repeats and gaps given up', () => {
    fc.assert(
      fc.property(deliveries, fc.integer({ min: 0, max: 5 }), ([, order, repeats], maxWaiting) => {
        const { out, state } = feed([...order, ...repeats], maxWaiting);
        const all = [...out, ...drainWaiting(state)];
        expect(new Set(all).size).toBe(all.length);
        expect(all).toEqual([...all].sort((a, b) => a - b));
      }),
    );
  });

  it('loses nothing while the waiting room is large enough for the disorder', () => {
    fc.assert(
      fc.property(deliveries, ([n, order, repeats]) => {
        expect(feed([...order, ...repeats], n).out).toEqual([...Array(n).keys()].map((i) => i + 1));
      }),
    );
  });
});
