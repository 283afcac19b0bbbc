/**
 * Building on a base policy: `check/extends-missing` and
 * `check/extends-cycle` (found while resolving the base),
 * `check/extends-name-mismatch`, `check/override-missing` and
 * `check/override-required`.
 */
import type { CheckContext } from '../context.js';
import { ruleForm, ruleId } from '../scope.js';
import { didYouMean } from '../suggest.js';

export function extendsRule(ctx: CheckContext): void {
  const { policy, base, baseProblem } = ctx;
  const ref = policy.extends;
  if (ref && baseProblem) {
    ctx.error(baseProblem.code, baseProblem.message, ref.span, baseProblem.help === undefined ? {} : { help: baseProblem.help });
  }
  // A path names a file; a bare name must match the policy it finds.
  if (ref && base && !/[/\\]|\.policy$/.test(ref.value) && base.policy.name.value !== ref.value) {
    ctx.error('check/extends-name-mismatch', `the base found for \`${ref.value}\` is policy \`${base.policy.name.value}\``, ref.span, {
      help: `write \`extends "${base.policy.name.value}"\`, or fix the name in the base file`,
      related: [{ message: 'the base policy is named here', span: base.policy.name.span }],
    });
  }
  if (ref && !base) return; // nothing to compare overrides with; the base problem is reported
  const baseIds = new Set(base?.scope.rules.map(ruleId));
  for (const rule of ctx.ownRules) {
    const id = ruleId(rule);
    const form = ruleForm(rule);
    if (rule.override && !base) {
      ctx.error('check/override-missing', `\`override ${form}\` has nothing to replace: this policy extends no other`, rule.name.span, {
        help: `write \`${form}\` without \`override\``,
      });
    } else if (rule.override && !baseIds.has(id)) {
      const near = didYouMean(id, baseIds);
      ctx.error('check/override-missing', `there is no \`${form}\` in \`${base!.scope.name}\` to replace`, rule.name.span, {
        help: near ?? `write \`${form}\` without \`override\` to add a new rule`,
      });
    } else if (!rule.override && baseIds.has(id)) {
      ctx.error('check/override-required', `\`${form}\` is already in \`${base!.scope.name}\``, rule.name.span, {
        help: `write \`override ${form}\` to replace it, or give this rule another name`,
      });
    }
  }
}
