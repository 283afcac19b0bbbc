/**
 * `check/unknown-placeholder`: a script writes `{name}` for a placeholder
 * that is neither built in nor declared with `placeholder` here or in a
 * base; the customer would hear the braces.
 */
import type { CheckContext } from '../context.js';
import { placeholderSpans } from '../../placeholders.js';
import { suggest } from '../suggest.js';
import { BUILTIN_PLACEHOLDERS } from '../../vocabulary.js';

export function unknownPlaceholders(ctx: CheckContext): void {
  const known = [...BUILTIN_PLACEHOLDERS, ...ctx.scope.placeholders.keys()];
  for (const item of ctx.policy.items) {
    if (item.kind !== 'ScriptDef') continue;
    for (const { name, span } of placeholderSpans(item.text)) {
      if (known.includes(name)) continue;
      const near = suggest(name, known);
      ctx.error('check/unknown-placeholder', `unknown placeholder \`{${name}}\` in script \`${item.name.value}\``, span, {
        help:
          near === undefined
            ? `declare it, e.g. \`placeholder ${name} from call\` (filled from \`call.placeholders\`), or give its text: \`placeholder ${name} "..."\``
            : `did you mean \`{${near}}\`?`,
      });
    }
  }
}
