/**
 * Which rules and ladder steps of a policy the tests reached. A step counts
 * as reached when a decision's `matched` lists it: a rule that fired but lost
 * to a more severe one was still exercised.
 */
import type { Action, CheckedPolicy } from '@callguard/dsl';
import type { Decision } from '@callguard/engine';

/** One step of one rule's expanded ladder. */
export interface StepCoverage {
  readonly rule: string;
  readonly n: number;
  readonly of: number;
  readonly action: Action;
  readonly reached: boolean;
}

/** Coverage of one policy by every test that names it. */
export interface PolicyCoverage {
  /** The policy file as shown to the user. */
  readonly policy: string;
  readonly name: string;
  readonly version: string;
  readonly steps: readonly StepCoverage[];
  readonly reached: number;
  readonly total: number;
  /** Reached steps in percent, 0 to 100 (100 for a policy with no rules). */
  readonly percent: number;
}

const key = (rule: string, n: number) => `${rule}#${n}`;

/** Adds the rule steps a decision reached to `reached`. */
export function recordReached(reached: Set<string>, d: Decision): void {
  for (const m of d.matched) reached.add(key(m.rule, m.step.n));
}

/** The coverage of `policy` (shown as `file`) given the steps reached. */
export function policyCoverage(file: string, policy: CheckedPolicy, reached: ReadonlySet<string>): PolicyCoverage {
  const steps = policy.rules.flatMap((r) =>
    r.ladder.map((s, i) => ({ rule: r.id, n: i + 1, of: r.ladder.length, action: s.action, reached: reached.has(key(r.id, i + 1)) })),
  );
  const hit = steps.filter((s) => s.reached).length;
  return {
    policy: file,
    name: policy.name,
    version: policy.version,
    steps,
    reached: hit,
    total: steps.length,
    percent: steps.length === 0 ? 100 : (hit / steps.length) * 100,
  };
}
