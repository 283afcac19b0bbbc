/**
 * Rows kept before decisions were snake_case throughout hold a proposed
 * restriction's definition fields in camelCase, in a restriction's
 * `details` and in a `propose` duty's. They are renamed as they are read, so
 * every caller sees one shape whatever the row's age; the file is left as it
 * is (a store may be shared with an older version).
 */

/** The old name of each field, and the contract's. */
const RENAMED: ReadonlyMap<string, string> = new Map([
  ['maxMs', 'max_ms'],
  ['reviewAfterMs', 'review_after_ms'],
  ['independentReview', 'independent_review'],
  ['liftWhen', 'lift_when'],
  ['appealWorkingDays', 'appeal_working_days'],
]);

/** A restriction's `details` with old field names renamed, in their places. */
export function upgradeRestriction(details: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  if (!Object.keys(details).some((key) => RENAMED.has(key))) return details;
  return Object.fromEntries(Object.entries(details).map(([key, value]) => [RENAMED.get(key) ?? key, value]));
}

/** A duty's `details` with its proposed restriction, if any, upgraded. */
export function upgradeDuty(details: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const restriction = details['restriction'];
  if (typeof restriction !== 'object' || restriction === null) return details;
  const upgraded = upgradeRestriction(restriction as Record<string, unknown>);
  return upgraded === restriction ? details : { ...details, restriction: upgraded };
}
