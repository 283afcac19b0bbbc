/**
 * `check/timed-first-step`: `after 30m` and `at once` say when a rung comes
 * after the one before it, so the first rung of a ladder can take neither.
 * A wait from the start of the call is a condition (`when call.duration >=
 * 30m`), and a first rung is already taken on the event that fires the rule.
 */
import type { CheckContext } from '../context.js';
import { keywordSpan } from '../spans.js';
import { ruleLabel } from '../stance.js';

export function timedFirstStep(ctx: CheckContext): void {
  for (const rule of ctx.ownRules) {
    const first = rule.ladder?.steps[0];
    if (!first) continue;
    if (first.after) {
      const after = keywordSpan(first.span, 'after', ctx.comments);
      ctx.error('check/timed-first-step', `the first step of ${ruleLabel(rule)} waits \`after ${first.after.raw}\`, but no step comes before it`, { ...after, end: first.after.span.end }, {
        help: `put the wait in the condition (\`when ... and call.duration >= ${first.after.raw}\`), or put a step before this one`,
      });
    } else if (first.atOnce) {
      const at = keywordSpan(first.span, 'at', ctx.comments);
      const once = keywordSpan({ ...first.span, start: at.end }, 'once', ctx.comments);
      ctx.error('check/timed-first-step', `the first step of ${ruleLabel(rule)} is taken \`at once\`, but no step comes before it`, { ...at, end: once.end }, {
        help: 'remove `at once`: the first step is taken on the event that fires the rule',
      });
    }
  }
}
