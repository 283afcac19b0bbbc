import type { Behaviour } from '@callguard/dsl';
import type { DetectOptions } from './language.js';

/**
 * Behaviour confidences for one utterance, each in (0, 1]. A behaviour that was
 * not detected is absent rather than 0, so callers can iterate what was found.
 */
export type Signals = Partial<Record<Behaviour, number>>;

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
   * The behaviours detected in `text`, each with a confidence. `options`
   * carries what the call says about the utterance, such as its language;
   * a detector may ignore it.
   */
  detect(text: string, options?: DetectOptions): Signals;
}
