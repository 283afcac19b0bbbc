/**
 * The checker's warnings: the codes it may report as a warning, and so the
 * ones a policy may `acknowledge` (an acknowledgement holds back warnings
 * only, never errors). `CheckContext.warning` takes only these, so a new
 * warning is added here.
 */
import type { CheckCode } from './codes.js';

/** Every code the checker may report as a warning, the ones a policy may `acknowledge` among them. */
export const WARNINGS = [
  'check/behaviour-threshold-next-line',
  'check/duplicate-assert',
  'check/invisible-character',
  'check/no-vulnerable-rule',
  'check/shadowed-rule',
  'check/unused-acknowledgement',
  'check/unused-group',
  'check/unused-placeholder',
  'check/unused-restriction',
  'check/unused-script',
  'check/vacuous-assert',
  'check/zero-tolerance-under-never-hang-up',
  // An error under the zero_tolerance stance, a warning under the others.
  'check/zero-tolerance-unenforced',
] as const satisfies readonly CheckCode[];

/** One of {@link WARNINGS}. */
export type WarningCode = (typeof WARNINGS)[number];
