/** `check/unknown-role`: `to x`, `approved by x` or `notify x` naming no known role. */
import type { Name } from '../../ast.js';
import { ROLES } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { suggestionHelp } from '../suggest.js';

export function unknownRoles(ctx: CheckContext): void {
  const check = (name: Name | undefined): void => {
    if (!name || name.value === '' || (ROLES as readonly string[]).includes(name.value)) return;
    ctx.error('check/unknown-role', `unknown role \`${name.value}\``, name.span, {
      help: suggestionHelp(name.value, ROLES, 'roles'),
    });
  };
  for (const rule of ctx.ownRules) {
    for (const step of rule.ladder?.steps ?? []) {
      check(step.to);
      check(step.approvedBy);
    }
    for (const duty of rule.duties) check(duty.target);
  }
}
