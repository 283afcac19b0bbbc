/** `check/unknown-script`: `with x` where no `script x` is defined here or in a base. */
import type { Name } from '../../ast.js';
import type { CheckContext } from '../context.js';
import { suggestionHelp } from '../suggest.js';

export function unknownScripts(ctx: CheckContext): void {
  const check = (name: Name | undefined): void => {
    if (!name || name.value === '' || ctx.scope.scripts.has(name.value)) return;
    ctx.error('check/unknown-script', `unknown script \`${name.value}\``, name.span, {
      help: suggestionHelp(name.value, ctx.scope.scripts.keys(), 'scripts'),
    });
  };
  for (const rule of ctx.ownRules) {
    for (const step of ctx.choices(rule)) check(step.script);
    for (const duty of ctx.duties(rule)) check(duty.script);
  }
}
