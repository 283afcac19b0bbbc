/**
 * `check/warn-then-end-without-warn`: under `stance warn_then_end` or
 * `stance zero_tolerance`, a ladder may reach `end_call` only after a `warn`
 * step earlier in the same ladder, unless the step says `immediately` (which
 * `check/immediately-not-zero-tolerance` then holds to zero-tolerance
 * behaviours). An alternative reaches its action at its own step, so
 * `do warn or end_call` has no warning before `end_call`, while a `warn`
 * alternative counts as a warning for the steps after it. `block_caller` is
 * a sanction needing approval instead.
 */
import type { CheckContext } from '../context.js';
import { endBeforeGuard } from '../ladder.js';
import { ruleLabel, stanceRelated } from '../stance.js';

export function stanceWarnThenEnd(ctx: CheckContext): void {
  const stance = ctx.stance?.value;
  if (stance !== 'warn_then_end' && stance !== 'zero_tolerance') return;
  for (const rule of ctx.scope.rules) {
    const end = endBeforeGuard(rule, (c) => c.action.value === 'end_call' && !c.immediately, 'warn');
    if (end) {
      ctx.error('check/warn-then-end-without-warn', `${ruleLabel(rule)} ends the call without a \`warn\` first, but the stance is \`${stance}\``, end.action.span, {
        help: 'add `warn with <script> then` before `end_call`, or write `end_call immediately` if the rule is only for zero-tolerance behaviours',
        related: stanceRelated(ctx),
      });
    }
  }
}
