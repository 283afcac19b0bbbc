/** `check/unknown-team`: `route to x` where no `teams` line (here or in a base) declares x. */
import type { CheckContext } from '../context.js';
import { nameCheck } from '../unknown-name.js';

export function unknownTeams(ctx: CheckContext): void {
  const check = nameCheck(ctx, 'check/unknown-team', 'team', 'teams', ctx.scope.teams);
  for (const rule of ctx.ownRules) {
    for (const step of ctx.choices(rule)) if (step.action.value === 'route') check(step.to);
  }
}
