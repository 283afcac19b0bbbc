/**
 * A checked policy's own vocabulary of behaviours: the built-in ones, then
 * the ones it (or a base) declares. Every list of behaviours the engine
 * keeps follows this order, which is what "the first behaviour in
 * vocabulary order" means for a record's category.
 */
import type { CheckedPolicy } from './checked.js';
import { BEHAVIOURS } from './vocabulary.js';

/** The built-in behaviours, then the policy's declared ones in the order declared. */
export function policyBehaviours(policy: Pick<CheckedPolicy, 'behaviours'>): readonly string[] {
  const declared = policy.behaviours;
  return declared === undefined || declared.length === 0 ? BEHAVIOURS : [...BEHAVIOURS, ...declared.map((b) => b.name)];
}

/** The behaviours an utterance's `signals` may carry under the policy: all but the derived `repeated_request`. */
export function signalBehaviours(policy: Pick<CheckedPolicy, 'behaviours'>): readonly string[] {
  return policyBehaviours(policy).filter((b) => b !== 'repeated_request');
}
