import type { Signals } from '@callguard/contract';
import type { SignalBehaviour, SignalsDraft } from './detector.js';

/** Options for {@link fromCategories}. */
export interface CategoryOptions {
  /**
   * The platform's full scale, e.g. 100 for percentages. Scores are divided by
   * it and clamped to [0, 1]. Default 1.
   */
  readonly scale?: number;
}

/**
 * Builds a converter from a platform's category scores (Contact Lens
 * categories, a vendor's `{ "Profanity": 0.9 }`) to {@link Signals}.
 * Category names are matched case-insensitively; unknown categories, scores
 * that are not finite numbers and scores ≤ 0 are dropped; when several
 * categories map to one behaviour, the highest score wins.
 */
export function fromCategories(
  map: Readonly<Record<string, SignalBehaviour>>,
  options: CategoryOptions = {},
): (scores: Readonly<Record<string, number>>) => Signals {
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${scale}`);
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
