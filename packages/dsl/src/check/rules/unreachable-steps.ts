/** `check/unreachable-step`: steps after one that ends the call can never be taken. */
import { ENDING_ACTIONS } from '../../vocabulary.js';
import type { Action } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';

export function unreachableSteps(ctx: CheckContext): void {
  for (const rule of ctx.ownRules) {
    const steps = rule.ladder?.steps ?? [];
    const end = steps.findIndex((s) => ENDING_ACTIONS.includes(s.action.value as Action));
    const next = end >= 0 ? steps[end + 1] : undefined;
    if (!next) continue;
    const ending = steps[end]!;
    ctx.error('check/unreachable-step', `\`${next.action.value}\` is never reached: the call is over after \`${ending.action.value}\``, next.span, {
      help: `move it before \`${ending.action.value}\` or remove it`,
      related: [{ message: 'the call ends here', span: ending.action.span }],
    });
  }
}
