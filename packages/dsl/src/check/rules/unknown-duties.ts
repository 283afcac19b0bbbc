/** `check/unknown-duty`: a duty the language does not have, in `must` or `duties`. */
import { DUTIES } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { nameCheck } from '../unknown-name.js';

export function unknownDuties(ctx: CheckContext): void {
  const check = nameCheck(ctx, 'check/unknown-duty', 'duty', 'duties', DUTIES);
  for (const rule of ctx.ownRules) {
    for (const duty of ctx.duties(rule)) check(duty.name);
  }
}
