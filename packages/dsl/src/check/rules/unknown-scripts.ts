/** `check/unknown-script`: `with x` (or `with any N of (x, ...)`) where no `script x` is defined here or in a base. */
import type { CheckContext } from '../context.js';
import { nameCheck } from '../unknown-name.js';

export function unknownScripts(ctx: CheckContext): void {
  const check = nameCheck(ctx, 'check/unknown-script', 'script', 'scripts', ctx.scope.scripts.keys());
  for (const rule of ctx.ownRules) {
    for (const step of ctx.choices(rule)) {
      check(step.script);
      for (const name of step.scriptSet?.scripts ?? []) check(name);
    }
    for (const duty of ctx.duties(rule)) check(duty.script);
  }
}
