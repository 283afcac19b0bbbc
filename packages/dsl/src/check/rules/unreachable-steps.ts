/**
 * `check/unreachable-step`: steps after one that ends the call can never be
 * taken. A step with alternatives ends the call only when every one of them
 * does: otherwise the agent may take one that keeps it going. A `may`
 * menu never ends the call by itself: the agent may take none of it.
 */
import type { CheckContext } from '../context.js';
import { choicesOf, ends } from '../ladder.js';

export function unreachableSteps(ctx: CheckContext): void {
  for (const rule of ctx.ownRules) {
    const steps = rule.ladder?.steps ?? [];
    const end = steps.findIndex((s) => !s.may && choicesOf(s).every(ends));
    const next = end >= 0 ? steps[end + 1] : undefined;
    if (!next) continue;
    const ending = steps[end]!;
    ctx.error('check/unreachable-step', `\`${next.action.value}\` is never reached: the call is over after \`${ending.action.value}\``, next.span, {
      help: `move it before \`${ending.action.value}\` or remove it`,
      related: [{ message: 'the call ends here', span: ending.action.span }],
    });
  }
}
