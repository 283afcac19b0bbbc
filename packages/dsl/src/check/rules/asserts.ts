/**
 * The policy's `assert`s: each property checked (`check/unknown-action`,
 * `-role`, `-duty`, `-field`, `check/type-mismatch`,
 * `check/behaviour-in-assert`); `check/duplicate-assert` (warning) for a
 * property written twice; `check/vacuous-assert` (warning) for one about an
 * action no rule takes, which then holds on every call for want of anything
 * to break it.
 */
import type { AssertDef } from '../../ast.js';
import { printProperty } from '../../print.js';
import { ACTIONS } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { checkProperty } from '../property.js';

export function asserts(ctx: CheckContext): void {
  const taken = new Set<string>();
  for (const rule of [...ctx.ownRules, ...ctx.scope.rules]) for (const step of ctx.choices(rule)) taken.add(step.action.value);
  const seen = new Map<string, AssertDef>();
  for (const item of ctx.policy.items) {
    if (item.kind !== 'AssertDef') continue;
    const { property } = item;
    const checked = checkProperty(ctx, property, ctx.scope.roles);
    // Compared by meaning: `unless warned` and `unless warned at least once` are one promise.
    const meaning = checked && JSON.stringify({ ...checked, text: undefined });
    const first = meaning === undefined ? undefined : seen.get(meaning);
    if (first) {
      ctx.warning('check/duplicate-assert', `\`${printProperty(property)}\` is asserted twice`, property.span, {
        help: 'remove one: each is checked on every call anyway',
        related: [{ message: 'first asserted here', span: first.property.span }],
      });
    } else if (meaning !== undefined) seen.set(meaning, item);
    // A bare `never x` guards against a rule taking `x` one day: holding now is its point.
    const bare = property.kind === 'NeverProperty' && !property.unless && !property.first && !property.when;
    if (!bare && (ACTIONS as readonly string[]).includes(property.action.value) && !taken.has(property.action.value)) {
      ctx.warning('check/vacuous-assert', `no rule takes \`${property.action.value}\`, so this holds on every call without checking anything`, property.action.span, {
        help: 'check the action\'s spelling, or remove the assert if no rule should ever take it',
      });
    }
  }
}
