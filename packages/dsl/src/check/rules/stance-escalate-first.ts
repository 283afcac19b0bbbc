/**
 * Under `stance escalate_first`:
 * `check/escalate-first-without-escalate`: a ladder may reach `end_call` or
 * `block_caller` only after an `escalate` step earlier in the same ladder
 * (an alternative reaches its action at its own step; an `escalate`
 * alternative counts for the steps after it). `immediately` does not exempt
 * a step.
 * `check/escalate-first-agent-ends`: a step or alternative that ends the
 * call may not say `by agent`: the supervisor decides.
 * A failing or silent line (`on silence`, `on poor_line`, `on line_dropped`)
 * is a technical disconnect: neither applies there.
 */
import type { CheckContext } from '../context.js';
import { endBeforeGuard, ends } from '../ladder.js';
import { widen } from '../spans.js';
import { onDisconnect, ruleLabel, stanceRelated } from '../stance.js';

export function stanceEscalateFirst(ctx: CheckContext): void {
  if (ctx.stance?.value !== 'escalate_first') return;
  for (const rule of ctx.scope.rules) {
    if (onDisconnect(rule)) continue;
    const end = endBeforeGuard(rule, ends, 'escalate');
    if (end) {
      const action = end.action.value;
      ctx.error('check/escalate-first-without-escalate', `${ruleLabel(rule)} reaches \`${action}\` without \`escalate\` before it, but the stance is \`escalate_first\``, end.action.span, {
        help: `add \`escalate to supervisor then\` before \`${action}\``,
        related: stanceRelated(ctx),
      });
    }
    for (const step of ctx.choices(rule)) {
      if (!ends(step) || step.by?.value !== 'agent') continue;
      ctx.error('check/escalate-first-agent-ends', `${ruleLabel(rule)} has the agent take \`${step.action.value}\`, but the stance is \`escalate_first\``, widen(step.by.span, /\bby/), {
        help: 'under `escalate_first` the person the call was escalated to ends it: write `by supervisor`',
        related: stanceRelated(ctx),
      });
    }
  }
}
