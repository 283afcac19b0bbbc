/** `check/unknown-restriction-kind`: a restriction's `kind` that the language does not have. */
import { RESTRICTION_KINDS } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { nameCheck } from '../unknown-name.js';

export function unknownRestrictionKinds(ctx: CheckContext): void {
  const check = nameCheck(ctx, 'check/unknown-restriction-kind', 'kind of restriction', 'kinds of restriction', RESTRICTION_KINDS);
  for (const item of ctx.policy.items) if (item.kind === 'RestrictionDef') check(item.restrictionKind);
}
