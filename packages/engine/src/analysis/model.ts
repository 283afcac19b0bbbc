/**
 * The finite model of calls under one or more policies: the situations a call
 * can start in, the events tried after every state and how time passes.
 * Verify builds it from one policy, diff from two (so both are explored on
 * exactly the same calls).
 */
import type { CheckedCondition, CheckedFieldCondition, CheckedPolicy, CheckedRule } from '@callguard/dsl';
import { alphabet, timeModel } from './alphabet.js';
import type { Letter, TimeModel } from './alphabet.js';
import { compare, conditionAtoms, fieldName } from './conditions.js';
import { situations } from './situations.js';
import type { Situation } from './situations.js';

/** Everything an exploration needs besides the policies. */
export interface CallModel {
  readonly situations: readonly Situation[];
  /** Every letter of the model. */
  readonly letters: readonly Letter[];
  /** Per situation, the letters tried in it: an agent's action only when the rule it names can fire on that call. */
  readonly lettersOf: readonly (readonly Letter[])[];
  readonly time: TimeModel;
}

/** The model for `policies`, also covering the fields and durations that properties read. */
export function callModel(policies: readonly CheckedPolicy[], fields: readonly CheckedFieldCondition[] = [], durationsMs: readonly number[] = []): CallModel {
  const atoms = conditionAtoms(policies, fields);
  const time = timeModel(atoms, durationsMs);
  const readsChannel = policies.some((p) => p.rules.some((r) => r.channels.length > 0)) || atoms.fields.some((f) => f.root === 'call' && f.member === 'channel');
  const starts = situations(atoms, readsChannel, time.stepMs);
  const letters = alphabet(policies, atoms, time);
  const lettersOf = starts.map((situation) => {
    const firing = new Set(policies.flatMap((p) => p.rules.filter((r) => mayFire(r, situation)).map((r) => r.id)));
    return letters.filter((l) => l.rule === undefined || firing.has(l.rule));
  });
  return { situations: starts, letters, lettersOf, time };
}

/**
 * Whether `rule` can fire on a call that starts in `situation`: its channel
 * is the call's and its condition is not already false from what the start
 * fixes. An agent's action naming a rule that cannot fire moves only that
 * rule's ladder, which none of the policy's own decisions on the call then
 * reads, so it is not tried there (it is, on the calls where the rule can fire).
 */
function mayFire(rule: CheckedRule, situation: Situation): boolean {
  const channel = situation.start.call.channel ?? 'phone';
  if (rule.channels.length > 0 && !rule.channels.includes(channel)) return false;
  return rule.condition === undefined || can(rule.condition, true, situation.fields);
}

/** Whether `c` can come out `want` on some event, given the fields the start fixes (the others can be anything). */
function can(c: CheckedCondition, want: boolean, fields: ReadonlyMap<string, number | boolean | string>): boolean {
  switch (c.kind) {
    case 'and':
      return want ? c.items.every((i) => can(i, true, fields)) : c.items.some((i) => can(i, false, fields));
    case 'or':
      return want ? c.items.some((i) => can(i, true, fields)) : c.items.every((i) => can(i, false, fields));
    case 'not':
      return can(c.operand, !want, fields);
    case 'behaviour':
      return true;
    case 'field': {
      const value = fields.get(fieldName(c));
      return value === undefined || compare(c, value) === want;
    }
  }
}
