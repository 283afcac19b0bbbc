/**
 * The atoms a policy's conditions are built from, collected once: which
 * behaviours each speaker's conditions test, which fields are compared with
 * which constants, and which count windows exist. The finite model of a call
 * (situations.ts, alphabet.ts) is derived from these alone.
 */
import type { CheckedCondition, CheckedFieldCondition, CheckedPolicy, Speaker } from '@callguard/dsl';

/** The atoms of one or more policies' conditions. */
export interface ConditionAtoms {
  /** Per speaker, every behaviour set a condition tests (a behaviour alone is a set of one). */
  readonly behaviourSets: Readonly<Record<Speaker, readonly (readonly string[])[]>>;
  /** Every field comparison. */
  readonly fields: readonly CheckedFieldCondition[];
  /** Every `N times within D` window, in ms. */
  readonly windowsMs: readonly number[];
  /** Some condition reads `repeated_request`. */
  readonly readsRepeats: boolean;
}

/** Walks every condition of `policies` (and the extra ones given) and collects their atoms. */
export function conditionAtoms(policies: readonly CheckedPolicy[], extra: readonly CheckedCondition[] = []): ConditionAtoms {
  const behaviourSets: Record<Speaker, string[][]> = { customer: [], agent: [] };
  const fields: CheckedFieldCondition[] = [];
  const windowsMs: number[] = [];
  let readsRepeats = false;
  const walk = (c: CheckedCondition): void => {
    switch (c.kind) {
      case 'and':
      case 'or':
        c.items.forEach(walk);
        return;
      case 'not':
        walk(c.operand);
        return;
      case 'behaviour':
        behaviourSets[c.speaker].push([...c.behaviours]);
        if (c.behaviours.includes('repeated_request')) readsRepeats = true;
        if (c.count !== undefined) windowsMs.push(c.count.withinMs);
        return;
      case 'field':
        fields.push(c);
        return;
    }
  };
  for (const policy of policies) {
    for (const rule of policy.rules) {
      if (rule.condition !== undefined) walk(rule.condition);
      // A step's wait compares the time since the rule's last step with a constant, as a count's window does.
      for (const step of rule.ladder) if (step.afterMs !== undefined) windowsMs.push(step.afterMs);
    }
  }
  extra.forEach(walk);
  return { behaviourSets, fields, windowsMs, readsRepeats };
}

/** `root.member[.key]`, the name a field is written with. */
export function fieldName(f: Pick<CheckedFieldCondition, 'root' | 'member' | 'key'>): string {
  return f.key === undefined ? `${f.root}.${f.member}` : `${f.root}.${f.member}.${f.key}`;
}

/** Whether `value` satisfies the comparison `f` (booleans as themselves, durations and numbers as numbers). */
export function compare(f: CheckedFieldCondition, value: number | boolean | string): boolean {
  const want = f.value;
  switch (f.op) {
    case '=':
      return value === want;
    case '!=':
      return value !== want;
    case '<':
      return value < want;
    case '<=':
      return value <= want;
    case '>':
      return value > want;
    case '>=':
      return value >= want;
  }
}
