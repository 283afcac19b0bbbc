/** What the store's tests share: a decision, a proposal, a call start, and an expected StoreError. */
import { expect } from 'vitest';
import type { Decision, Duty } from '@callguard/contract';
import { StoreError } from '../src/store/store-error.js';

/** The store's clock in these tests: changes made without `at` happen now. */
export const NOW = new Date('2026-12-10T12:00:00Z');
export const clock = (): Date => NOW;
/** When every call in these tests started; call ids tell them apart. */
export const CALL_START = '2026-12-01T09:00:00Z';

/** The policy every decision in these tests names. */
export const policy = { name: 'council', version: '1.0.0', hash: 'abc123' };

/** A decision at `at` owing `duties`. */
export function decision(seq: number, at: string, duties: Duty[]): Decision {
  return {
    v: 1,
    action: 'warn',
    allowed: ['continue', 'warn'],
    required: [],
    duties,
    matched: [],
    ended: false,
    policy,
    event: { seq, at, type: 'utterance', channel: 'phone' },
  };
}

/** A `propose written_only` duty: one approving role, an independent review. */
export const proposal: Duty = {
  kind: 'propose',
  rule: 'abuse',
  target: 'written_only',
  restriction: {
    name: 'written_only',
    title: 'Written contact only',
    kind: 'written_only',
    scope: 'organisation',
    channels: [],
    max_ms: 365 * 86_400_000,
    review_after_ms: 90 * 86_400_000,
    independent_review: true,
    approvers: ['manager'],
    review_due: '2027-03-01T09:00:00.000Z',
    max_until: '2027-12-01T09:00:00.000Z',
  },
};

/** Fails unless `work` throws a StoreError with `code`. */
export function expectStoreError(work: () => unknown, code: StoreError['code']): StoreError {
  try {
    work();
  } catch (e) {
    expect(e).toBeInstanceOf(StoreError);
    expect((e as StoreError).code).toBe(code);
    return e as StoreError;
  }
  throw new Error(`expected a StoreError ${code}`);
}
