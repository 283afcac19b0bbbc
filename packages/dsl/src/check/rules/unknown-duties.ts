/** `check/unknown-duty`: a duty the language does not have, in `must` or `duties`. */
import { DUTIES } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { suggestionHelp } from '../suggest.js';

export function unknownDuties(ctx: CheckContext): void {
  for (const rule of ctx.ownRules) {
    for (const duty of ctx.duties(rule)) {
      const { value, span } = duty.name;
      if (value === '' || (DUTIES as readonly string[]).includes(value)) continue;
      ctx.error('check/unknown-duty', `unknown duty \`${value}\``, span, {
        help: suggestionHelp(value, DUTIES, 'duties'),
      });
    }
  }
}
