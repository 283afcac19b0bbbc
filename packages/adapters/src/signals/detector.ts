import type { Behaviour, Signals } from '@callguard/contract';
import type { DetectOptions } from './language.js';

/** A built-in behaviour that signals carry: every one but `repeated_request`, which the engine derives. */
export type SignalBehaviour = Exclude<Behaviour, 'repeated_request'>;

/**
 * Signals while a detector gathers them, by behaviour name: built-in, or
 * declared by the policy (a platform's categories or a model's labels can
 * map onto those). It never sets `repeated_request`.
 */
export type SignalsDraft = Record<string, number>;

/**
 * Anything that turns an utterance's text into {@link Signals}: CallGuard's own
 * transcript detector, or an external classifier standing in for it (a
 * platform's analytics, a customer's model). `name` and `version` are recorded
 * with decisions, so a reviewer can tell which detector saw what.
 */
export interface SignalDetector {
  readonly name: string;
  readonly version: string;
  /**
   * The behaviours detected in `text`, each with a confidence in (0, 1]; a
   * behaviour not detected is absent rather than 0, so callers can iterate
   * what was found. `options` carries what the call says about the
   * utterance, such as its language; a detector may ignore it.
   */
  detect(text: string, options?: DetectOptions): Signals;
}
