/**
 * `check/no-vulnerable-rule` (warning): a policy that can end a call or
 * propose a restriction should say what happens to vulnerable customers or
 * those with agreed adjustments: some rule's `when` reads
 * `caller.vulnerable` or `caller.adjustments`. Inherited rules count. The
 * help is written for the policy at hand: it names the rules that end calls
 * and builds its example from their own conditions, so it checks as written.
 */
import type { Rule } from '../../ast.js';
import { printCondition } from '../../print.js';
import type { CheckContext } from '../context.js';
import { ends } from '../ladder.js';
import { ruleLabel } from '../stance.js';

const FLAGS = new Set(['vulnerable', 'adjustments']);

/** How many of the rules that end calls the help names. */
const NAMED = 3;

export function noVulnerableRule(ctx: CheckContext): void {
  const rules = ctx.scope.rules;
  const sanctioning = rules.filter((r) => ctx.choices(r).some(ends) || ctx.duties(r).some((d) => d.name.value === 'propose'));
  if (sanctioning.length === 0) return;
  const reads = rules.some((r) => ctx.atoms(r).some((a) => a.kind === 'Field' && a.field.root.value === 'caller' && !a.field.key && FLAGS.has(a.field.member.value)));
  if (reads) return;
  ctx.warning('check/no-vulnerable-rule', `policy \`${ctx.policy.name.value}\` ends calls or restricts contact, but no rule reads \`caller.vulnerable\` or \`caller.adjustments\``, ctx.policy.name.span, {
    help: helpFor(sanctioning, new Set(rules.map((r) => r.name.value))),
  });
}

/**
 * Exclude vulnerable customers from the rules that end calls (a rule of
 * their own would lose to them on an ending step), and give them a rule of
 * their own with the first such rule's condition; or acknowledge the warning.
 */
function helpFor(sanctioning: readonly Rule[], taken: ReadonlySet<string>): string {
  const named = sanctioning.slice(0, NAMED).map(ruleLabel);
  const which = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]!}${sanctioning.length > NAMED ? ' (and the others that end calls)' : ''}`;
  const model = sanctioning.find((r) => r.when !== undefined && !r.on);
  const acknowledge = 'or, if they are looked after elsewhere, acknowledge it: `acknowledge no-vulnerable-rule "<why>"`';
  if (!model?.when) return `exclude vulnerable customers from ${which} with \`not caller.vulnerable\` in the \`when\`; ${acknowledge}`;
  const condition = model.when.kind === 'Or' ? `(${printCondition(model.when)})` : printCondition(model.when);
  const name = ['vulnerable', 'vulnerable_customers', 'vulnerable_callers'].find((n) => !taken.has(n)) ?? `vulnerable_${taken.size}`;
  return (
    `exclude vulnerable customers from ${which} with \`and not caller.vulnerable\` ` +
    `(${ruleLabel(model)}: \`when ${condition} and not caller.vulnerable\`), then give them a rule of their own: ` +
    `\`rule ${name} { when ${condition} and caller.vulnerable do deescalate then escalate to supervisor }\`; ${acknowledge}`
  );
}
