/**
 * `check/bad-count`: `N times within`, `up to N times`, `up to N per day`,
 * `appeal within N working_days` and `reply within N working_days` need a
 * whole number from 1.
 */
import type { NumberLiteral } from '../../ast.js';
import type { CheckContext } from '../context.js';
import { isCount, MAX_UP_TO } from '../literals.js';

/** More than this many detections in one window is a typo, not a policy. */
const MAX_TIMES = 1000;
/** More than this many callbacks a day, or working days to appeal, is a typo. */
const MAX_PER_DAY = 100;
const MAX_WORKING_DAYS = 365;

export function counts(ctx: CheckContext): void {
  const check = (n: NumberLiteral, max: number, what = 'a number of times'): void => {
    if (isCount(n.value, max)) return;
    ctx.error('check/bad-count', `\`${n.raw}\` is not ${what}`, n.span, {
      help: `use a whole number from 1 to ${max}`,
    });
  };
  for (const rule of ctx.ownRules) {
    for (const atom of ctx.atoms(rule)) if (atom.kind === 'Behaviour' && atom.count) check(atom.count.times, MAX_TIMES);
    for (const step of rule.ladder?.steps ?? []) if (step.upTo) check(step.upTo, MAX_UP_TO);
    for (const item of [...ctx.choices(rule), ...ctx.duties(rule)]) if (item.cap) check(item.cap.count, MAX_PER_DAY);
  }
  for (const item of ctx.policy.items) {
    const appeal = item.kind === 'RestrictionDef' || item.kind === 'RecordExpiry' ? item.appeal : undefined;
    if (appeal) check(appeal.within, MAX_WORKING_DAYS, 'a number of working days');
    if (appeal?.replyWithin) check(appeal.replyWithin, MAX_WORKING_DAYS, 'a number of working days');
  }
}
