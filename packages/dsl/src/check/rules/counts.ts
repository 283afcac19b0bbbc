/** `check/bad-count`: `N times within` and `up to N times` need a whole number from 1. */
import type { NumberLiteral } from '../../ast.js';
import { atomsOf } from '../condition.js';
import type { CheckContext } from '../context.js';
import { isCount, MAX_UP_TO } from '../literals.js';

/** More than this many detections in one window is a typo, not a policy. */
const MAX_TIMES = 1000;

export function counts(ctx: CheckContext): void {
  const check = (n: NumberLiteral, max: number): void => {
    if (isCount(n.value, max)) return;
    ctx.error('check/bad-count', `\`${n.raw}\` is not a number of times`, n.span, {
      help: `use a whole number from 1 to ${max}`,
    });
  };
  for (const rule of ctx.ownRules) {
    for (const atom of atomsOf(rule.when)) if (atom.kind === 'Behaviour' && atom.count) check(atom.count.times, MAX_TIMES);
    for (const step of rule.ladder?.steps ?? []) if (step.upTo) check(step.upTo, MAX_UP_TO);
  }
}
