/**
 * `check/warn-then-end-without-warn`: under `stance warn_then_end` or
 * `stance zero_tolerance`, a ladder may reach `end_call` only after a `warn`
 * step earlier in the same ladder, unless the step says `immediately` (which
 * `check/immediately-not-zero-tolerance` then holds to zero-tolerance
 * behaviours). An alternative reaches its action at its own step, so
 * `do warn or end_call` has no warning before `end_call`, while a `warn`
 * alternative counts as a warning for the steps after it. `block_caller` is
 * a sanction needing approval instead. A failing or silent line owes no
 * warning (`on silence`, `on poor_line`, `on line_dropped`), and a time
 * limit (`on tick` bounding the call's age) owes an `announce` or a `warn`.
 */
import type { CheckContext } from '../context.js';
import { endBeforeGuard } from '../ladder.js';
import { onDisconnect, ruleLabel, stanceRelated, timeLimit } from '../stance.js';

export function stanceWarnThenEnd(ctx: CheckContext): void {
  const stance = ctx.stance?.value;
  if (stance !== 'warn_then_end' && stance !== 'zero_tolerance') return;
  for (const rule of ctx.scope.rules) {
    if (onDisconnect(rule)) continue;
    const limit = timeLimit(ctx, rule);
    const guards = limit ? ['warn', 'announce'] : ['warn'];
    const end = endBeforeGuard(rule, (c) => c.action.value === 'end_call' && !c.immediately, ...guards);
    if (!end) continue;
    ctx.error('check/warn-then-end-without-warn', `${ruleLabel(rule)} ends the call without ${limit ? 'announcing the limit or warning' : 'a `warn`'} first, but the stance is \`${stance}\``, end.action.span, {
      help: limit
        ? 'add `announce with <script> then` (the limit, said in advance) or `warn with <script> then` before `end_call`'
        : rule.on?.value === 'tick'
          ? 'add `warn with <script> then` before `end_call`; a time limit (`when call.duration >= 30m`) needs only an `announce` before it'
          : 'add `warn with <script> then` before `end_call`, or write `end_call immediately` if the rule is only for zero-tolerance behaviours',
      related: stanceRelated(ctx),
    });
  }
}
