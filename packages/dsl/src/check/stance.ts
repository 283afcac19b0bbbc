/** Shared wording for the stance rules. */
import type { Rule } from '../ast.js';
import type { RelatedSpan } from '../diagnostic.js';
import type { CheckContext } from './context.js';

/** `rule \`abuse\`` or `\`on silence\``, as a message names a rule. */
export function ruleLabel(rule: Rule): string {
  return rule.on ? `\`on ${rule.on.value}\`` : `rule \`${rule.name.value}\``;
}

/** Points at the `stance` line the diagnostic follows from. */
export function stanceRelated(ctx: CheckContext): RelatedSpan[] {
  return ctx.stance ? [{ message: `the stance is \`${ctx.stance.value}\` here`, span: ctx.stance.header.span }] : [];
}
