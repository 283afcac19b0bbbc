/** Prebuilds each ladder step's decision parts, frozen and shared by every call. */
import { ACTION_SEVERITY, ENDING_ACTIONS } from '@callguard/dsl';
import type { CheckedStep } from '@callguard/dsl';
import type { ScriptRef } from '../decision.js';
import type { StepPlan } from './plan.js';

/** Compiles a rule's expanded ladder; `scripts` interns script objects across the policy. */
export function compileLadder(ruleId: string, steps: readonly CheckedStep[], scripts: (name: string, text: string) => ScriptRef): StepPlan[] {
  if (steps.length === 0) throw new Error(`rule \`${ruleId}\` has no steps`);
  return steps.map((step, i) =>
    Object.freeze({
      action: step.action,
      severity: ACTION_SEVERITY[step.action],
      ends: ENDING_ACTIONS.includes(step.action),
      ref: Object.freeze({ n: i + 1, of: steps.length }),
      script: step.script === undefined ? undefined : scripts(step.script.name, step.script.text),
      to: step.to,
      approvedBy: step.approvedBy,
      forMs: step.forMs,
      withinMs: step.withinMs,
    }),
  );
}
