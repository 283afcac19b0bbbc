/** Prebuilds each ladder step's decision parts (frozen where decisions share them). */
import { ACTION_SEVERITY, ENDING_ACTIONS } from '@callguard/dsl/ir';
import type { CheckedAlternative, CheckedStep } from '@callguard/dsl';
import type { StepRef } from '@callguard/contract';
import type { SetPlan, StepPlan } from './plan.js';
import type { ScriptTable } from './scripts.js';

/**
 * Compiles a rule's expanded ladder; `scripts` interns script objects across
 * the policy and numbers those with placeholders. With `neverHangUp`, a step or alternative that ends the call is
 * refused: `check` refuses it under that stance, and the engine must never
 * prescribe it even for a policy that skipped `check`.
 */
export function compileLadder(
  ruleId: string,
  steps: readonly CheckedStep[],
  scripts: ScriptTable,
  neverHangUp: boolean,
  sets: { count: number },
): StepPlan[] {
  if (steps.length === 0) throw new Error(`rule \`${ruleId}\` has no steps`);
  return steps.map((step, i) => {
    const ref: StepRef = Object.freeze({ n: i + 1, of: steps.length });
    if (neverHangUp) {
      for (const s of [step, ...step.alternatives]) {
        if (ENDING_ACTIONS.includes(s.action)) {
          throw new Error(`rule \`${ruleId}\` step ${i + 1} may ${s.action}, which a never_hang_up policy must not prescribe`);
        }
      }
    }
    const alternatives = step.alternatives.map((a) => plan(a, ref, scripts, [], 1 << ACTION_SEVERITY[a.action], undefined));
    const allowed = alternatives.reduce((bits, a) => bits | a.allowed, 1 << ACTION_SEVERITY[step.action]);
    const set = step.scriptSet && {
      slot: sets.count++,
      atLeast: step.scriptSet.atLeast,
      names: step.scriptSet.scripts.map((s) => s.name),
      scripts: step.scriptSet.scripts.map((s) => scripts.ref(s.name, s.text)),
      fills: step.scriptSet.scripts.map((s) => scripts.fillOf(s.name)),
    };
    return plan(step, ref, scripts, alternatives, allowed, set);
  });
}

function plan(
  s: CheckedAlternative,
  ref: StepRef,
  scripts: ScriptTable,
  alternatives: readonly StepPlan[],
  allowed: number,
  set: SetPlan | undefined,
): StepPlan {
  return {
    action: s.action,
    severity: ACTION_SEVERITY[s.action],
    ends: ENDING_ACTIONS.includes(s.action),
    ref,
    script: s.script === undefined ? undefined : scripts.ref(s.script.name, s.script.text),
    fill: scripts.fillOf(s.script?.name),
    set,
    to: s.to,
    by: s.by,
    mode: s.mode,
    team: s.team,
    approvedBy: s.approvedBy.length === 0 ? undefined : Object.freeze([...s.approvedBy]),
    forMs: s.forMs,
    withinMs: s.withinMs,
    callbackTo: s.callbackTo,
    window: s.window === undefined ? undefined : Object.freeze({ from: s.window.from, to: s.window.to }),
    dailyCap: s.dailyCap,
    allowed,
    alternatives,
  };
}
