/**
 * `@callguard/dsl/ir`: what code that runs checked policies needs from the
 * language (its vocabulary and the policy hash) without the parser or the
 * checker, so a runtime that loads compiled policies never loads chevrotain.
 *
 * @module @callguard/dsl/ir
 */
export {
  ACTION_SEVERITY,
  ACTIONS,
  BASELINE_ACTIONS,
  BEHAVIOURS,
  BUILTIN_PLACEHOLDERS,
  CHANNELS,
  DISCONNECT_EVENTS,
  ENDING_ACTIONS,
  SIGNAL_BEHAVIOURS,
} from './vocabulary.js';
export { canonicalJson, policyHash } from './check/hash.js';
export { placeholdersIn } from './placeholders.js';
export type { PlaceholderUse } from './placeholders.js';
export { policyBehaviours, signalBehaviours } from './policy-behaviours.js';
