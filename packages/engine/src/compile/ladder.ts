/** Prebuilds each ladder step's decision parts (frozen where decisions share them). */
import { ACTION_SEVERITY, ENDING_ACTIONS } from '@callguard/dsl/ir';
import type { CheckedAlternative, CheckedStep } from '@callguard/dsl';
import type { StepRef } from '@callguard/contract';
import type { SetPlan, StepPlan } from './plan.js';
import type { ScriptTable } from './scripts.js';

/** When a step is due: `after` a wait, `at once` with the step before, or neither. */
interface Timing {
  readonly afterMs: number | undefined;
  readonly atOnce: boolean;
}

const UNTIMED: Timing = { afterMs: undefined, atOnce: false };

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
    const alternatives = step.alternatives.map((a) => plan(a, ref, scripts, [], 1 << ACTION_SEVERITY[a.action], undefined, UNTIMED));
    const allowed = alternatives.reduce((bits, a) => bits | a.allowed, 1 << ACTION_SEVERITY[step.action]);
    const set = step.scriptSet && {
      slot: sets.count++,
      atLeast: step.scriptSet.atLeast,
      names: step.scriptSet.scripts.map((s) => s.name),
      scripts: step.scriptSet.scripts.map((s) => scripts.ref(s.name, s.text)),
      fills: step.scriptSet.scripts.map((s) => scripts.fillOf(s.name)),
    };
    const timing: Timing = { afterMs: step.afterMs, atOnce: step.atOnce === true };
    if (step.may) return menu([plan(step, ref, scripts, [], 1 << ACTION_SEVERITY[step.action], set, UNTIMED), ...alternatives], ref, allowed, timing);
    return plan(step, ref, scripts, alternatives, allowed, set, timing);
  });
}

/**
 * A `may` step: it recommends nothing (`continue`, the least severe action,
 * so any rule recommending something wins over it) and offers its choices,
 * each of which an agent's action can take.
 */
function menu(choices: readonly StepPlan[], ref: StepRef, allowed: number, timing: Timing): StepPlan {
  const offered = [...new Set(choices.map((c) => c.action))].sort((a, b) => ACTION_SEVERITY[a] - ACTION_SEVERITY[b]);
  return {
    ...NO_DETAILS,
    action: 'continue',
    severity: ACTION_SEVERITY.continue,
    ends: false,
    ref,
    allowed,
    alternatives: choices,
    offered: Object.freeze(offered),
    afterMs: timing.afterMs,
    atOnce: timing.atOnce,
  };
}

/** What a menu says of itself: no script, target or approval until a choice is taken. */
const NO_DETAILS = {
  script: undefined,
  fill: -1,
  set: undefined,
  to: undefined,
  by: undefined,
  mode: undefined,
  team: undefined,
  approvedBy: undefined,
  forMs: undefined,
  withinMs: undefined,
  callbackTo: undefined,
  window: undefined,
  dailyCap: undefined,
} as const;

function plan(
  s: CheckedAlternative,
  ref: StepRef,
  scripts: ScriptTable,
  alternatives: readonly StepPlan[],
  allowed: number,
  set: SetPlan | undefined,
  timing: Timing,
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
    offered: undefined,
    afterMs: timing.afterMs,
    atOnce: timing.atOnce,
  };
}

/** Whether any step of the ladder waits (`after`) or follows at once: the session then keeps when the rule last moved. */
export function timedLadder(ladder: readonly StepPlan[]): boolean {
  return ladder.some((s) => s.afterMs !== undefined || s.atOnce);
}
