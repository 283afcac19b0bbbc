/**
 * `check/builtin-placeholder`: `placeholder customer_name from caller`. A
 * built-in placeholder is filled from its own field of `call_started`; the
 * policy may only give it a text for calls that carry none.
 */
import type { CheckContext } from '../context.js';
import { BUILTIN_PLACEHOLDERS } from '../../vocabulary.js';
import type { BuiltinPlaceholder } from '../../vocabulary.js';

/** Where each built-in placeholder is filled from, as the docs name it. */
export const BUILTIN_PLACEHOLDER_FIELDS: Readonly<Record<BuiltinPlaceholder, string>> = {
  agent_name: 'call.agent_name',
  callback_number: 'call.callback_number',
  customer_name: 'caller.name',
};

export function builtinPlaceholders(ctx: CheckContext): void {
  for (const item of ctx.policy.items) {
    if (item.kind !== 'PlaceholderDef' || !item.from) continue;
    const name = item.name.value;
    if (!(BUILTIN_PLACEHOLDERS as readonly string[]).includes(name)) continue;
    const field = BUILTIN_PLACEHOLDER_FIELDS[name as BuiltinPlaceholder];
    ctx.error('check/builtin-placeholder', `\`${name}\` is built in: it is filled from \`${field}\``, item.from.span, {
      help: `remove the line, or give the words for calls without \`${field}\`: \`placeholder ${name} "..."\``,
    });
  }
}
