/**
 * `check/no-vulnerable-rule` (warning): a policy that can end a call or
 * propose a restriction should say what happens to vulnerable customers or
 * those with agreed adjustments: some rule's `when` reads
 * `caller.vulnerable` or `caller.adjustments`. Inherited rules count.
 */
import type { CheckContext } from '../context.js';
import { ends } from '../ladder.js';

const FLAGS = new Set(['vulnerable', 'adjustments']);

export function noVulnerableRule(ctx: CheckContext): void {
  const rules = ctx.scope.rules;
  const sanctions = rules.some((r) => ctx.choices(r).some(ends) || ctx.duties(r).some((d) => d.name.value === 'propose'));
  if (!sanctions) return;
  const reads = rules.some((r) => ctx.atoms(r).some((a) => a.kind === 'Field' && a.field.root.value === 'caller' && !a.field.key && FLAGS.has(a.field.member.value)));
  if (reads) return;
  ctx.warning('check/no-vulnerable-rule', `policy \`${ctx.policy.name.value}\` ends calls or restricts contact, but no rule reads \`caller.vulnerable\` or \`caller.adjustments\``, ctx.policy.name.span, {
    help: 'add a rule for vulnerable customers, e.g. `when customer abusive and caller.vulnerable do deescalate then escalate to supervisor`',
  });
}
