/**
 * The files `callguard init` writes, as string modules so they ship inside
 * the built package. One template per stance: a policy and tests that pass
 * against it with every rule and ladder step covered.
 */
import type { Stance } from '@callguard/dsl';
import { escalateFirst } from './escalate-first.js';
import { neverHangUp } from './never-hang-up.js';
import { warnThenEnd } from './warn-then-end.js';
import { zeroTolerance } from './zero-tolerance.js';

/** A starting policy for one stance, and its tests. */
export interface StanceTemplate {
  /** The policy text, declaring `policy "<name>"`. */
  readonly policy: (name: string) => string;
  /** The test file text; `policyFile` is the policy's path relative to it. */
  readonly tests: (policyFile: string) => string;
}

/** The stances `callguard init` starts a policy with: a policy that takes none is no place to start. */
export type TemplateStance = Exclude<Stance, 'none'>;

/** The template for each stance. */
export const TEMPLATES: Readonly<Record<TemplateStance, StanceTemplate>> = {
  zero_tolerance: zeroTolerance,
  warn_then_end: warnThenEnd,
  escalate_first: escalateFirst,
  never_hang_up: neverHangUp,
};
