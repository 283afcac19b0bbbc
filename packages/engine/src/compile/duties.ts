/** Prebuilds a rule's duties: shared frozen entries, or a template when a deadline makes each one new. */
import type { CheckedDuty } from '@callguard/dsl';
import type { Duty, ScriptRef } from '../decision.js';
import type { DutyPlan } from './plan.js';

/** Hands out one number per distinct (kind, target, script, deadline): the dedupe identity. */
export class DutyKeys {
  private readonly keys = new Map<string, number>();

  /** The key of a duty. */
  of(duty: CheckedDuty): number {
    const text = JSON.stringify([duty.kind, duty.target ?? null, duty.script?.name ?? null, duty.withinMs ?? null]);
    let key = this.keys.get(text);
    if (key === undefined) {
      key = this.keys.size;
      this.keys.set(text, key);
    }
    return key;
  }

  /** How many keys were handed out. */
  get size(): number {
    return this.keys.size;
  }
}

/** Compiles one rule's duties. */
export function compileDuties(
  ruleId: string,
  duties: readonly CheckedDuty[],
  keys: DutyKeys,
  scripts: (name: string, text: string) => ScriptRef,
): DutyPlan[] {
  return duties.map((duty) => {
    // Built in the key order of the decision: kind, rule, target, script, within_ms, due.
    const template: { -readonly [K in keyof Duty]: Duty[K] } = { kind: duty.kind, rule: ruleId };
    if (duty.target !== undefined) template.target = duty.target;
    if (duty.script !== undefined) template.script = scripts(duty.script.name, duty.script.text);
    if (duty.withinMs !== undefined) template.within_ms = duty.withinMs;
    return Object.freeze({
      key: keys.of(duty),
      fixed: duty.withinMs === undefined ? Object.freeze(template) : undefined,
      template: Object.freeze(template),
      withinMs: duty.withinMs,
    });
  });
}

/** A duty with a deadline, due at `due`: a new object in the decision's key order. */
export function dueDuty(template: Duty, withinMs: number, due: string): Duty {
  const { kind, rule, target, script } = template;
  if (target !== undefined) {
    return script !== undefined
      ? { kind, rule, target, script, within_ms: withinMs, due }
      : { kind, rule, target, within_ms: withinMs, due };
  }
  return script !== undefined ? { kind, rule, script, within_ms: withinMs, due } : { kind, rule, within_ms: withinMs, due };
}
