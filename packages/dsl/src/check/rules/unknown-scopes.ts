/** `check/unknown-scope`: a restriction's `scope` other than `organisation` or `team`. */
import { RESTRICTION_SCOPES } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { nameCheck } from '../unknown-name.js';

export function unknownScopes(ctx: CheckContext): void {
  const check = nameCheck(ctx, 'check/unknown-scope', 'scope', 'scopes', RESTRICTION_SCOPES);
  for (const item of ctx.policy.items) if (item.kind === 'RestrictionDef') check(item.scope);
}
