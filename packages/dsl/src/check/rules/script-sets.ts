/**
 * `check/bad-script-set`: `with any N of (...)` that cannot be met (N is not
 * a whole number from 1 to the scripts listed), lists a script twice, or
 * sits where its one step would be ambiguous: with `up to N times` (it
 * already repeats until met), with `or` alternatives, or on an alternative.
 */
import type { Step } from '../../ast.js';
import type { CheckContext } from '../context.js';

/** The most scripts one choice may list. */
const MAX_SCRIPTS = 30;

export function scriptSets(ctx: CheckContext): void {
  for (const rule of ctx.ownRules) {
    for (const step of rule.ladder?.steps ?? []) {
      check(ctx, step, 'step');
      for (const alternative of step.alternatives) check(ctx, alternative, 'alternative');
    }
  }
}

function check(ctx: CheckContext, step: Step, where: 'step' | 'alternative'): void {
  const set = step.scriptSet;
  if (!set) return;
  const { atLeast, scripts } = set;
  // The engine keeps one bit per script of a choice.
  if (scripts.length > MAX_SCRIPTS) {
    ctx.error('check/bad-script-set', `a choice lists ${scripts.length} scripts, more than ${MAX_SCRIPTS}`, set.span, {
      help: `list at most ${MAX_SCRIPTS} scripts`,
    });
  }
  if (!Number.isInteger(atLeast.value) || atLeast.value < 1 || atLeast.value > scripts.length) {
    ctx.error('check/bad-script-set', `\`any ${atLeast.raw} of\` ${scripts.length} script${scripts.length === 1 ? '' : 's'} can never be met`, atLeast.span, {
      help: `ask for a whole number from 1 to ${scripts.length}, or list more scripts`,
    });
  }
  scripts.forEach((name, i) => {
    if (scripts.findIndex((n) => n.value === name.value) < i) {
      ctx.error('check/bad-script-set', `script \`${name.value}\` is listed twice`, name.span, { help: 'each script counts once: remove the repeat' });
    }
  });
  if (where === 'alternative') {
    ctx.error('check/bad-script-set', 'an `or` alternative cannot have a choice of scripts', set.span, {
      help: 'give the choice to a step of its own, or name one script: `with <script>`',
    });
  } else if (step.alternatives.length > 0) {
    ctx.error('check/bad-script-set', 'a step with a choice of scripts cannot have `or` alternatives', set.span, {
      help: 'give the alternatives a step of their own with `then`',
    });
  }
  if (step.upTo) {
    ctx.error('check/bad-script-set', 'a step with a choice of scripts takes no `up to ... times`', step.upTo.span, {
      help: 'the step repeats until the scripts are used: remove `up to`',
    });
  }
}
