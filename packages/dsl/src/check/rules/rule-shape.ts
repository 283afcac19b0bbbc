/** `check/missing-when` and `check/missing-do`: a rule says when it applies and what to do. */
import type { CheckContext } from '../context.js';
import { ruleLabel } from '../stance.js';

export function ruleShape(ctx: CheckContext): void {
  for (const rule of ctx.ownRules) {
    const { value, span } = rule.name;
    const what = ruleLabel(rule);
    if (!rule.on && !rule.when) {
      ctx.error('check/missing-when', `rule \`${value}\` has no \`when\``, span, {
        help: 'say when it applies, e.g. `when customer profanity`',
      });
    }
    if (!rule.ladder || rule.ladder.steps.length === 0) {
      ctx.error('check/missing-do', `${what} has no \`do\``, span, {
        help: 'say what to do, e.g. `do warn with warn_abuse`',
      });
    }
  }
}
