/**
 * `check/closing-without-callback-number`: with `require callback_number`
 * (here or in a base), every step or alternative that ends the call says a
 * closing script, and the script contains `{callback_number}`, so a
 * customer cut off always hears how to call back.
 */
import type { CheckContext } from '../context.js';
import { ends } from '../ladder.js';
import { ruleLabel } from '../stance.js';

const PLACEHOLDER = '{callback_number}';

export function closingWithoutCallbackNumber(ctx: CheckContext): void {
  if (!ctx.scope.requireCallbackNumber) return;
  // Inherited rules are reported at this file's own `require` line; without
  // one, the base requires it too and reports them in its own file.
  const own = new Set(ctx.ownRules);
  const requirement = ctx.policy.items.find((i) => i.kind === 'Requirement' && i.what.value === 'callback_number');
  for (const rule of ctx.scope.rules) {
    if (!own.has(rule) && !requirement) continue;
    for (const step of ctx.choices(rule)) {
      if (!ends(step)) continue;
      // Each script of a choice must give the number: any of them may be the one said.
      for (const name of step.scriptSet?.scripts ?? []) {
        const script = ctx.scope.scripts.get(name.value);
        if (!script || script.text.value.includes(PLACEHOLDER)) continue;
        const help = `the policy requires \`callback_number\`: put \`${PLACEHOLDER}\` in the script, e.g. "call us back on ${PLACEHOLDER}"`;
        const message = `script \`${script.name.value}\` ends the call without \`${PLACEHOLDER}\``;
        if (own.has(rule)) ctx.error('check/closing-without-callback-number', message, name.span, { help });
        else ctx.error('check/closing-without-callback-number', message, requirement!.span, { help, related: [{ message: 'the inherited step', span: name.span }] });
      }
      if (step.scriptSet) continue;
      const script = step.script && ctx.scope.scripts.get(step.script.value);
      if (step.script && !script) continue; // an unknown script, reported on its own
      if (script?.text.value.includes(PLACEHOLDER)) continue;
      const message = script
        ? `script \`${script.name.value}\` ends the call without \`${PLACEHOLDER}\``
        : `${ruleLabel(rule)} ends the call with no closing script`;
      const help = script
        ? `the policy requires \`callback_number\`: put \`${PLACEHOLDER}\` in the script, e.g. "call us back on ${PLACEHOLDER}"`
        : `the policy requires \`callback_number\`: add \`with <script>\` to \`${step.action.value}\`, saying \`${PLACEHOLDER}\``;
      const at = step.script?.span ?? step.action.span;
      if (own.has(rule)) ctx.error('check/closing-without-callback-number', message, at, { help });
      else ctx.error('check/closing-without-callback-number', message, requirement!.span, { help, related: [{ message: 'the inherited step', span: at }] });
    }
  }
}
