/**
 * `check/missing-target`: the duties and steps that mean nothing without
 * what they concern: `propose` a restriction, `decide` a sanction, `alert`
 * a role, and `route to` a team.
 */
import type { CheckContext } from '../context.js';

const DUTY_TARGETS: Readonly<Record<string, string>> = {
  propose: 'a restriction: `propose written_only`',
  decide: 'what is decided: `decide close_account by compliance within 7d`',
  alert: 'a role: `alert security`',
};

export function missingTargets(ctx: CheckContext): void {
  for (const rule of ctx.ownRules) {
    for (const duty of ctx.duties(rule)) {
      const needs = DUTY_TARGETS[duty.name.value];
      if (!needs || duty.target) continue;
      ctx.error('check/missing-target', `\`${duty.name.value}\` needs to say what it concerns`, duty.name.span, {
        help: `name ${needs}`,
      });
    }
    for (const step of ctx.choices(rule)) {
      if (step.action.value !== 'route' || step.to) continue;
      ctx.error('check/missing-target', '`route` needs to say where the call goes', step.action.span, {
        help: 'name a team declared with `teams`: `route to billing_team`',
      });
    }
  }
}
