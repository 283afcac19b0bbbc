/** Shared wording for the stance rules. */
import type { Rule } from '../ast.js';
import type { RelatedSpan } from '../diagnostic.js';
import type { CheckContext } from './context.js';
import { ruleForm } from './scope.js';

/** `rule \`abuse\``, `\`on silence\`` or `\`on silence ghost_call\``, as a message names a rule. */
export function ruleLabel(rule: Rule): string {
  return rule.on ? `\`${ruleForm(rule)}\`` : `rule \`${rule.name.value}\``;
}

/** Points at the `stance` line the diagnostic follows from. */
export function stanceRelated(ctx: CheckContext): RelatedSpan[] {
  return ctx.stance ? [{ message: `the stance is \`${ctx.stance.value}\` here`, span: ctx.stance.header.span }] : [];
}
