import type { Signals } from '@callguard/contract';
import { SIGNAL_BEHAVIOURS, didYouMean } from '@callguard/dsl';
import type { SignalsDraft } from './detector.js';

/** Options for {@link fromCategories}. */
export interface CategoryOptions {
  /**
   * The platform's full scale, e.g. 100 for percentages. Scores are divided by
   * it and clamped to [0, 1]. Default 1.
   */
  readonly scale?: number;
  /**
   * The behaviours the map may name: the policy's (`CompiledPolicy.behaviours`
   * or `signalBehaviours(checkedPolicy)`), so a category can map onto a
   * behaviour the policy declares. Default: the built-in ones. A map naming
   * any other is refused when the converter is built, not when the first
   * call reaches the engine.
   */
  readonly behaviours?: readonly string[];
}

/**
 * Builds a converter from a platform's category scores (Contact Lens
 * categories, a vendor's `{ "Profanity": 0.9 }`) to {@link Signals}.
 * Category names are matched case-insensitively; unknown categories, scores
 * that are not finite numbers and scores ≤ 0 are dropped; when several
 * categories map to one behaviour, the highest score wins. Throws a
 * `RangeError` when the map names a behaviour outside `options.behaviours`.
 */
export function fromCategories(
  map: Readonly<Record<string, string>>,
  options: CategoryOptions = {},
): (scores: Readonly<Record<string, number>>) => Signals {
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${scale}`);
  const known = (options.behaviours ?? SIGNAL_BEHAVIOURS).filter((b) => b !== 'repeated_request');
  for (const [category, behaviour] of Object.entries(map)) {
    if (known.includes(behaviour)) continue;
    const near = didYouMean(behaviour, known);
    throw new RangeError(
      `category \`${category}\` maps to \`${behaviour}\`, which is not a behaviour the policy knows${near === undefined ? '' : `: ${near}`} (declare it in the policy and pass the policy's behaviours)`,
    );
  }
  const byName = new Map(Object.entries(map).map(([category, behaviour]) => [category.toLowerCase(), behaviour]));
  return (scores) => {
    const signals: SignalsDraft = {};
    for (const [category, score] of Object.entries(scores)) {
      const behaviour = byName.get(category.toLowerCase());
      if (behaviour === undefined || !Number.isFinite(score) || score <= 0) continue;
      const confidence = Math.min(1, score / scale);
      signals[behaviour] = Math.max(signals[behaviour] ?? 0, confidence);
    }
    return signals;
  };
}
