/**
 * `check/unknown-restriction`: `propose x` or `caller.restrictions.x` where
 * no `restriction x` is defined here or in a base.
 */
import type { CheckContext } from '../context.js';
import { nameCheck } from '../unknown-name.js';

export function unknownRestrictions(ctx: CheckContext): void {
  const check = nameCheck(ctx, 'check/unknown-restriction', 'restriction', 'restrictions', ctx.scope.restrictions.keys());
  for (const rule of ctx.ownRules) {
    for (const duty of ctx.duties(rule)) if (duty.name.value === 'propose') check(duty.target);
    for (const atom of ctx.atoms(rule)) {
      if (atom.kind === 'Field' && atom.field.root.value === 'caller' && atom.field.member.value === 'restrictions') check(atom.field.key);
    }
  }
}
