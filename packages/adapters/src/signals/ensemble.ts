import type { Signals } from '@callguard/contract';
import type { SignalDetector, SignalsDraft } from './detector.js';
import type { DetectOptions } from './language.js';
import type { AsyncSignalDetector } from './onnx-classifier.js';

/**
 * Combines detectors, typically the built-in one and a customer's model:
 * each behaviour's confidence is the highest any of them gives it. The
 * maximum, not an average, because each detector is calibrated on its own
 * and a behaviour one of them is sure of should not be diluted by another
 * that was never trained to see it (the built-in patterns know no
 * company-specific abuse, a customer's model may know no Korean). Its name
 * and version join theirs with `+`, so decisions record every detector.
 */
export function ensemble(...detectors: readonly (SignalDetector | AsyncSignalDetector)[]): AsyncSignalDetector {
  if (detectors.length === 0) throw new RangeError('an ensemble needs at least one detector');
  return {
    name: detectors.map((d) => d.name).join('+'),
    version: detectors.map((d) => d.version).join('+'),
    async detect(text: string, options?: DetectOptions): Promise<Signals> {
      const all = await Promise.all(detectors.map((d) => d.detect(text, options)));
      const signals: SignalsDraft = {};
      for (const found of all) {
        for (const [behaviour, confidence] of Object.entries(found)) {
          signals[behaviour] = Math.max(signals[behaviour] ?? 0, confidence ?? 0);
        }
      }
      return signals;
    },
  };
}
