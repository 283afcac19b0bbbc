/**
 * `check/unknown-role`: a name where a role belongs that is neither built in
 * nor declared with `roles` (here or in a base): `escalate to x`, `by x`,
 * `approved by x`, a duty's target or owner, a restriction's approvers and
 * `call.staffed.x`.
 */
import type { CheckContext } from '../context.js';
import { nameCheck } from '../unknown-name.js';

/** Duties whose target names something other than a role. */
const NOT_ROLE_TARGETS = new Set(['propose', 'decide']);

export function unknownRoles(ctx: CheckContext): void {
  const check = nameCheck(ctx, 'check/unknown-role', 'role', 'roles', ctx.scope.roles);
  for (const item of ctx.policy.items) {
    if (item.kind === 'RestrictionDef') item.approvedBy.forEach(check);
  }
  for (const rule of ctx.ownRules) {
    for (const step of ctx.choices(rule)) {
      // `to` names a team on `route` and the numbers on `callback`: checked elsewhere.
      if (step.action.value !== 'route' && step.action.value !== 'callback') check(step.to);
      check(step.by);
      step.approvedBy.forEach(check);
    }
    for (const duty of ctx.duties(rule)) {
      if (!NOT_ROLE_TARGETS.has(duty.name.value)) check(duty.target);
      check(duty.owner);
    }
    for (const atom of ctx.atoms(rule)) {
      if (atom.kind === 'Field' && atom.field.root.value === 'call' && atom.field.member.value === 'staffed') check(atom.field.key);
    }
  }
}
