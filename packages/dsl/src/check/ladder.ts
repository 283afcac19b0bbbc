/** Walking ladders and duty lists, alternatives included. */
import type { Duty, Rule, Step } from '../ast.js';
import { ENDING_ACTIONS } from '../vocabulary.js';
import type { Action } from '../vocabulary.js';

/** A rung's choices: the step itself, then its `or` alternatives. */
export function choicesOf(step: Step): readonly Step[] {
  return step.alternatives.length === 0 ? [step] : [step, ...step.alternatives];
}

/** Every choice of every rung of a rule's ladder, in order. Rules read it through `ctx.choices`. */
export function allChoices(rule: Rule): Step[] {
  const out: Step[] = [];
  for (const step of rule.ladder?.steps ?? []) {
    out.push(step);
    for (const alternative of step.alternatives) out.push(alternative);
  }
  return out;
}

/** A rule's `must` and `duties` lists together. Rules read it through `ctx.duties`. */
export function allDuties(rule: Rule): readonly Duty[] {
  return rule.must.length === 0 ? rule.duties : [...rule.must, ...rule.duties];
}

/** True for `end_call` and `block_caller`. */
export function ends(step: Step): boolean {
  return ENDING_ACTIONS.includes(step.action.value as Action);
}
