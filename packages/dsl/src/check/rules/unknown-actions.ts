/** `check/unknown-action`: a step or alternative whose action the language does not have. */
import { ACTIONS } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { suggestionHelp } from '../suggest.js';

export function unknownActions(ctx: CheckContext): void {
  for (const rule of ctx.ownRules) {
    for (const step of ctx.choices(rule)) {
      const { value, span } = step.action;
      if (value === '' || (ACTIONS as readonly string[]).includes(value)) continue;
      ctx.error('check/unknown-action', `unknown action \`${value}\``, span, {
        help: suggestionHelp(value, ACTIONS, 'actions'),
      });
    }
  }
}
