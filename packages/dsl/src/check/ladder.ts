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

/**
 * The first choice matching `isEnd` on a rung reached before any choice takes
 * one of the `guards` actions. A rung's own choices do not guard each other,
 * so `do warn or end_call` finds `end_call`; a guard counts for the rungs after it,
 * unless its rung is a `may` menu: nothing there is recommended, so the call
 * may reach the next rung with no warning (or escalation) given.
 */
export function endBeforeGuard(rule: Rule, isEnd: (choice: Step) => boolean, ...guards: readonly string[]): Step | undefined {
  for (const step of rule.ladder?.steps ?? []) {
    const choices = choicesOf(step);
    const end = choices.find(isEnd);
    if (end) return end;
    if (!step.may && choices.some((c) => guards.includes(c.action.value))) return undefined;
  }
  return undefined;
}
