/**
 * `compile(policy)`: resolves every name, folds thresholds into constants,
 * prebuilds ladders, duties and decision parts, and indexes rules by the
 * event that tries them, once per policy.
 */
import type { CheckedPolicy, CheckedRule } from '@callguard/dsl';
import type { ScriptRef } from '../decision.js';
import { compileCondition, thresholdsOf } from './condition.js';
import type { ConditionEnv } from './condition.js';
import { compileDuties, DutyKeys } from './duties.js';
import { compileLadder } from './ladder.js';
import type { CountPlan, PolicyPlan, RulePlan } from './plan.js';

/** Compiles a checked policy into its plan. Throws only on a policy `check` would have refused. */
export function compilePlan(policy: CheckedPolicy): PolicyPlan {
  const thresholds = thresholdsOf(policy.defaultThreshold, policy.thresholds);
  const counts: CountPlan[] = [];
  const env: ConditionEnv = {
    thresholds,
    addCount: (count) => counts.push(Object.freeze(count)) - 1,
  };
  const scriptRefs = new Map<string, ScriptRef>();
  const scripts = (name: string, text: string): ScriptRef => {
    let ref = scriptRefs.get(name);
    if (ref === undefined) {
      ref = Object.freeze({ name, text });
      scriptRefs.set(name, ref);
    }
    return ref;
  };
  const keys = new DutyKeys();
  const rules = policy.rules.map((rule, index) => compileRule(rule, index, env, keys, scripts));
  const ids = new Map<string, RulePlan>();
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new Error(`rule \`${rule.id}\` is declared twice`);
    ids.set(rule.id, rule);
  }
  const on = (event: string): readonly RulePlan[] =>
    Object.freeze(rules.filter((_, i) => {
      const trigger = policy.rules[i]?.trigger;
      return trigger?.kind === 'event' && trigger.event === event;
    }));
  return Object.freeze({
    ref: Object.freeze({ name: policy.name, version: policy.version, hash: policy.hash }),
    rules: Object.freeze(rules),
    ruleIndex: ids,
    utteranceRules: Object.freeze(rules.filter((_, i) => policy.rules[i]?.trigger.kind === 'utterance')),
    lineRules: Object.freeze({ line_dropped: on('line_dropped'), poor_line: on('poor_line'), silence: on('silence') }),
    counts: Object.freeze(counts),
    thresholds,
    alwaysDetected: thresholds.reduce((mask, t, i) => (t <= 0 ? mask | (1 << i) : mask), 0),
    dutyKeys: keys.size,
  });
}

function compileRule(
  rule: CheckedRule,
  index: number,
  env: ConditionEnv,
  keys: DutyKeys,
  scripts: (name: string, text: string) => ScriptRef,
): RulePlan {
  const condition =
    rule.condition === undefined
      ? { test: () => true, why: () => (rule.trigger.kind === 'event' ? rule.trigger.event : 'always'), requires: 0 }
      : compileCondition(rule.condition, env);
  const duties = compileDuties(rule.id, rule.duties, keys, scripts);
  const fixed = duties.map((d) => d.fixed);
  // A shared array is only right when no duty of the rule repeats another.
  const distinct = new Set(duties.map((d) => d.key)).size === duties.length;
  return Object.freeze({
    index,
    id: rule.id,
    ref: Object.freeze({ id: rule.id, title: rule.title }),
    test: condition.test,
    why: condition.why,
    // Only utterances set detection bits; other rules are always tried on their event.
    requires: rule.trigger.kind === 'utterance' ? condition.requires : 0,
    ladder: Object.freeze(compileLadder(rule.id, rule.ladder, scripts)),
    duties: Object.freeze(duties),
    fixedDuties: distinct && fixed.every((d) => d !== undefined) ? Object.freeze(fixed) : undefined,
  });
}
