/**
 * `check/restriction-incomplete`: a restriction must say what it is
 * (`kind`), where it applies (`scope`), how long it may last (`lasts up
 * to`), when it is reviewed (`reviewed after`) and who approves it
 * (`approved by`): a reviewer reads all five before contact is restricted.
 */
import type { CheckContext } from '../context.js';

export function restrictionIncomplete(ctx: CheckContext): void {
  for (const item of ctx.policy.items) {
    if (item.kind !== 'RestrictionDef') continue;
    const missing = [
      item.restrictionKind ? undefined : '`kind`',
      item.scope ? undefined : '`scope`',
      item.lasts ? undefined : '`lasts up to`',
      item.review ? undefined : '`reviewed after`',
      item.approvedBy.length > 0 ? undefined : '`approved by`',
    ].filter((m) => m !== undefined);
    if (missing.length === 0) continue;
    const list = missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]!}`;
    ctx.error('check/restriction-incomplete', `restriction \`${item.name.value}\` has no ${list}`, item.name.span, {
      help: 'every restriction states `kind`, `scope`, `lasts up to`, `reviewed after` and `approved by`',
    });
  }
}
