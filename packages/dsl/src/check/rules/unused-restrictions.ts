/**
 * `check/unused-restriction` (warning): a restriction that no rule proposes
 * (`propose x`) or reads (`caller.restrictions.x`), here or in a policy
 * built on this one's rules.
 */
import type { CheckContext } from '../context.js';

export function unusedRestrictions(ctx: CheckContext): void {
  const used = new Set<string>();
  for (const rule of [...ctx.ownRules, ...ctx.scope.rules]) {
    for (const duty of ctx.duties(rule)) if (duty.name.value === 'propose' && duty.target) used.add(duty.target.value);
    for (const atom of ctx.atoms(rule)) {
      if (atom.kind === 'Field' && atom.field.member.value === 'restrictions' && atom.field.key) used.add(atom.field.key.value);
    }
  }
  for (const item of ctx.policy.items) {
    if (item.kind !== 'RestrictionDef' || used.has(item.name.value) || ctx.scope.restrictions.get(item.name.value) !== item) continue;
    ctx.warning('check/unused-restriction', `restriction \`${item.name.value}\` is never proposed or checked`, item.name.span, {
      help: `propose it in a rule, e.g. \`duties propose ${item.name.value}\`, check it with \`caller.restrictions.${item.name.value}\`, or remove it`,
    });
  }
}
