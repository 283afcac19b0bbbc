/**
 * `check/zero-tolerance-unenforced`: a behaviour listed in `zero_tolerance`
 * must be enforced by a rule that fires on it alone and ends the call at
 * once (`end_call immediately` or `block_caller immediately` as its first
 * step; under `escalate_first`, after `escalate` steps only). An error under
 * `stance zero_tolerance`, which also needs the list to be non-empty; a
 * warning under other stances.
 * `check/zero-tolerance-under-never-hang-up` (warning): the list means
 * nothing when no call may be ended.
 */
import type { Rule } from '../../ast.js';
import type { CheckedCondition } from '../../checked.js';
import type { CheckContext } from '../context.js';
import { ends } from '../ladder.js';
import { stanceRelated } from '../stance.js';

export function zeroTolerance(ctx: CheckContext): void {
  const stance = ctx.stance?.value;
  if (stance === 'never_hang_up') {
    for (const item of ctx.policy.items) {
      if (item.kind !== 'ZeroTolerance') continue;
      ctx.warning('check/zero-tolerance-under-never-hang-up', '`zero_tolerance` has no effect: the stance is `never_hang_up`', item.span, {
        help: 'remove the line, or change the stance',
        related: stanceRelated(ctx),
      });
    }
    return;
  }
  const listed = ctx.scope.zeroTolerance;
  if (stance === 'zero_tolerance' && listed.length === 0 && ctx.stance) {
    ctx.error('check/zero-tolerance-unenforced', 'stance `zero_tolerance` needs a `zero_tolerance` line', ctx.stance.header.span, {
      help: 'list the behaviours that end a call at once, e.g. `zero_tolerance threat, slur`',
    });
  }
  const report = stance === 'zero_tolerance' ? ctx.error : ctx.warning;
  for (const name of listed) {
    const uncovered = (ctx.behavioursOf(name.value) ?? []).find((b) => !ctx.scope.rules.some((r) => enforces(ctx, r, b)));
    if (!uncovered) continue;
    const which = uncovered === name.value ? `\`${uncovered}\`` : `\`${uncovered}\` (in \`${name.value}\`)`;
    report('check/zero-tolerance-unenforced', `${which} is zero-tolerance, but no rule ends the call at once when it is detected`, name.span, {
      help: `add a rule such as \`rule ${uncovered} { when customer ${uncovered} do end_call immediately }\``,
    });
  }
}

/** True when `rule` fires on an utterance with only `b` detected and ends the call at once. */
function enforces(ctx: CheckContext, rule: Rule, b: string): boolean {
  if (rule.on) return false;
  const steps = rule.ladder?.steps ?? [];
  const end = steps.findIndex(ends);
  const step = steps[end];
  // A menu recommends nothing, so it enforces nothing.
  if (!step?.immediately || step.may) return false;
  const before = steps.slice(0, end);
  if (ctx.stance?.value === 'escalate_first' ? !before.every((s) => s.action.value === 'escalate') : before.length > 0) return false;
  const { condition, known } = ctx.condition(rule);
  return known && condition !== undefined && alone(condition, b) === TRUE;
}

const FALSE = 0;
const UNKNOWN = 1;
const TRUE = 2;

/** Three-valued truth of a condition when the customer says something with only `b` detected; fields are unknown. */
function alone(c: CheckedCondition, b: string): number {
  switch (c.kind) {
    case 'and':
      return c.items.reduce((v, i) => Math.min(v, alone(i, b)), TRUE);
    case 'or':
      return c.items.reduce((v, i) => Math.max(v, alone(i, b)), FALSE);
    case 'not':
      return TRUE - alone(c.operand, b);
    case 'field':
      return UNKNOWN;
    case 'behaviour':
      return c.speaker === 'customer' && c.behaviours.includes(b) && (c.count === undefined || c.count.times <= 1) ? TRUE : FALSE;
  }
}
