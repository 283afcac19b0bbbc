/**
 * Checks a property (an `assert` of a policy, or `verify --assert` text)
 * and turns it into a `CheckedProperty`: the action, role and duty must be
 * known, `in the first` a valid duration, and `when` may read only caller
 * and call fields, each compared with a value of its type.
 */
import type { Condition, Property } from '../ast.js';
import type { CheckedCondition, CheckedProperty } from '../checked.js';
import { printProperty } from '../print.js';
import { ACTIONS, DUTIES } from '../vocabulary.js';
import type { Action, DutyKind } from '../vocabulary.js';
import { fieldComparison, fieldType } from './condition.js';
import type { CheckContext } from './context.js';
import { checkField } from './rules/fields.js';
import { suggestionHelp } from './suggest.js';

/** What checking a property needs: the file, error reporting, and the roles the policy knows. */
export type PropertyReporter = Pick<CheckContext, 'source' | 'error'>;

/** Reports every problem of `p`; returns the checked property when there is none. */
export function checkProperty(ctx: PropertyReporter, p: Property, roles: readonly string[]): CheckedProperty | undefined {
  let ok = true;
  const known = (list: readonly string[], name: { value: string; span: Property['span'] } | undefined, code: 'check/unknown-action' | 'check/unknown-role' | 'check/unknown-duty', what: string, plural: string) => {
    if (name === undefined || list.includes(name.value)) return;
    ok = false;
    ctx.error(code, `unknown ${what} \`${name.value}\``, name.span, { help: suggestionHelp(name.value, list, plural) });
  };
  known(ACTIONS, p.action, 'check/unknown-action', 'action', 'actions');
  const text = printProperty(p);
  if (p.kind === 'AlwaysProperty') {
    known(roles, p.approvedBy, 'check/unknown-role', 'role', 'roles');
    known(DUTIES, p.owes, 'check/unknown-duty', 'duty', 'duties');
    if (!ok) return undefined;
    const action = p.action.value as Action;
    return p.approvedBy ? { kind: 'approved', text, action, role: p.approvedBy.value } : { kind: 'owes', text, action, duty: (p.owes?.value ?? '') as DutyKind };
  }
  if (p.first && p.first.ms === undefined) {
    ok = false;
    ctx.error('check/bad-duration', `\`${p.first.raw}\` is not a duration`, p.first.span, { help: 'write e.g. `60s`, `2m` or `1m30s`' });
  }
  const when = p.when && fieldsOnly(ctx, p.when);
  if (!ok || (p.when && !when)) return undefined;
  const unless = p.unless === undefined ? undefined : p.unless.escalated ? ('escalated' as const) : p.unless.warnings;
  return { kind: 'never', text, action: p.action.value as Action, unless, firstMs: p.first?.ms, when, exemptImmediate: false };
}

/** `c` as a checked condition over fields only; undefined after reporting what does not fit. */
function fieldsOnly(ctx: PropertyReporter, c: Condition): CheckedCondition | undefined {
  switch (c.kind) {
    case 'And':
    case 'Or': {
      const [left, right] = [fieldsOnly(ctx, c.left), fieldsOnly(ctx, c.right)];
      if (!left || !right) return undefined;
      const kind = c.kind === 'And' ? 'and' : 'or';
      const items = [left, right].flatMap((side) => (side.kind === kind ? side.items : [side]));
      return { kind, items };
    }
    case 'Not': {
      const operand = fieldsOnly(ctx, c.operand);
      return operand && { kind: 'not', operand };
    }
    case 'Behaviour':
      ctx.error('check/behaviour-in-assert', 'an assert\'s `when` reads caller and call fields, not what was said', c.span, {
        help: 'properties are about every call of a kind (`when caller.vulnerable`); what callers say is explored for you',
      });
      return undefined;
    case 'Field': {
      if (!checkField(ctx, c)) return undefined;
      const type = fieldType(c);
      const comparison = fieldComparison(c);
      if (type === undefined || comparison === undefined) return undefined;
      const { root, member, key } = c.field;
      return { kind: 'field', root: root.value, member: member.value, key: key?.value, type, ...comparison };
    }
  }
}
