/** `check/unused-script` (warning): a script no step or duty says. */
import type { CheckContext } from '../context.js';

export function unusedScripts(ctx: CheckContext): void {
  const used = new Set<string>();
  for (const rule of [...ctx.ownRules, ...ctx.scope.rules]) {
    for (const step of ctx.choices(rule)) {
      if (step.script) used.add(step.script.value);
      for (const name of step.scriptSet?.scripts ?? []) used.add(name.value);
    }
    for (const duty of ctx.duties(rule)) if (duty.script) used.add(duty.script.value);
  }
  for (const item of ctx.policy.items) {
    if (item.kind !== 'ScriptDef' || used.has(item.name.value) || ctx.scope.scripts.get(item.name.value) !== item) continue;
    ctx.warning('check/unused-script', `script \`${item.name.value}\` is never used`, item.name.span, {
      help: `say it in a step, e.g. \`warn with ${item.name.value}\`, or remove it`,
    });
  }
}
