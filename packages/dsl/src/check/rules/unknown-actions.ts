/** `check/unknown-action`: a step or alternative whose action the language does not have. */
import { ACTIONS } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { nameCheck } from '../unknown-name.js';

export function unknownActions(ctx: CheckContext): void {
  const check = nameCheck(ctx, 'check/unknown-action', 'action', 'actions', ACTIONS);
  for (const rule of ctx.ownRules) {
    for (const step of ctx.choices(rule)) check(step.action);
  }
}
