/**
 * `check/never-hang-up-ends-call`: under `stance never_hang_up`, no step or
 * alternative of any rule (inherited ones included) may be `end_call` or
 * `block_caller`.
 */
import type { CheckContext } from '../context.js';
import { ends } from '../ladder.js';
import { ruleLabel, stanceRelated } from '../stance.js';

export function stanceNeverHangUp(ctx: CheckContext): void {
  if (ctx.stance?.value !== 'never_hang_up') return;
  for (const rule of ctx.scope.rules) {
    for (const step of ctx.choices(rule)) {
      if (!ends(step)) continue;
      const action = step.action.value;
      ctx.error('check/never-hang-up-ends-call', `${ruleLabel(rule)} ends the call with \`${action}\`, but the stance is \`never_hang_up\``, step.action.span, {
        help: 'use `deescalate` or `escalate to supervisor` instead, or change the stance',
        related: stanceRelated(ctx),
      });
    }
  }
}
