/**
 * `check/escalate-first-without-escalate`: under `stance escalate_first`,
 * a ladder may reach `end_call` or `block_caller` only after an `escalate`
 * step earlier in the same ladder. `immediately` does not exempt a step.
 */
import { ENDING_ACTIONS } from '../../vocabulary.js';
import type { Action } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { ruleLabel, stanceRelated } from '../stance.js';

export function stanceEscalateFirst(ctx: CheckContext): void {
  if (ctx.stance?.value !== 'escalate_first') return;
  for (const rule of ctx.scope.rules) {
    for (const step of rule.ladder?.steps ?? []) {
      const action = step.action.value;
      if (action === 'escalate') break;
      if (!ENDING_ACTIONS.includes(action as Action)) continue;
      ctx.error('check/escalate-first-without-escalate', `${ruleLabel(rule)} reaches \`${action}\` without \`escalate\` before it, but the stance is \`escalate_first\``, step.action.span, {
        help: `add \`escalate to supervisor then\` before \`${action}\``,
        related: stanceRelated(ctx),
      });
      break;
    }
  }
}
