/**
 * Every diagnostic code the parser and the checker can emit. Codes are
 * stable: tools and docs link to them, and each has a page at
 * `docs/diagnostics/<code with / as ->.md` (a meta-test keeps the two in step).
 */
export const DIAGNOSTIC_CODES = [
  'parse/empty',
  'parse/internal-error',
  'parse/invalid-escape',
  'parse/syntax',
  'parse/too-deep',
  'parse/too-many-errors',
  'parse/unknown-character',
  'parse/unterminated-string',
  'parse/wrong-quotes',
  'check/bad-count',
  'check/bad-date',
  'check/bad-duration',
  'check/bad-version',
  'check/behaviour-in-event-rule',
  'check/block-without-approval',
  'check/callback-outside-line-event',
  'check/duplicate-group',
  'check/duplicate-header',
  'check/duplicate-rule',
  'check/duplicate-script',
  'check/duplicate-threshold',
  'check/escalate-first-without-escalate',
  'check/extends-cycle',
  'check/extends-missing',
  'check/extends-name-mismatch',
  'check/group-cycle',
  'check/group-name-taken',
  'check/immediately-not-zero-tolerance',
  'check/line-event-in-condition',
  'check/misplaced-modifier',
  'check/missing-do',
  'check/missing-header',
  'check/missing-when',
  'check/never-hang-up-ends-call',
  'check/override-missing',
  'check/override-required',
  'check/shadowed-rule',
  'check/threshold-range',
  'check/too-many-diagnostics',
  'check/type-mismatch',
  'check/unknown-action',
  'check/unknown-behaviour',
  'check/unknown-duty',
  'check/unknown-event',
  'check/unknown-field',
  'check/unknown-role',
  'check/unknown-script',
  'check/unknown-speaker',
  'check/unknown-stance',
  'check/unreachable-step',
  'check/unused-group',
  'check/unused-script',
  'check/warn-then-end-without-warn',
  'check/zero-tolerance-under-never-hang-up',
  'check/zero-tolerance-unenforced',
] as const;

/** One of {@link DIAGNOSTIC_CODES}. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** The docs page of a code, relative to the repository root. */
export function diagnosticDocPath(code: string): string {
  return `docs/diagnostics/${code.replace('/', '-')}.md`;
}
