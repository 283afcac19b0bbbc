/** `check/unused-placeholder` (warning): a declared placeholder no script writes. */
import type { CheckContext } from '../context.js';
import { placeholdersIn } from '../../placeholders.js';

export function unusedPlaceholders(ctx: CheckContext): void {
  const used = new Set<string>();
  for (const script of ctx.scope.scripts.values()) for (const use of placeholdersIn(script.text.value)) used.add(use.name);
  for (const item of ctx.policy.items) {
    if (item.kind !== 'PlaceholderDef' || used.has(item.name.value) || ctx.scope.placeholders.get(item.name.value) !== item) continue;
    ctx.warning('check/unused-placeholder', `placeholder \`${item.name.value}\` is never used`, item.name.span, {
      help: `write \`{${item.name.value}}\` in a script, or remove it`,
    });
  }
}
