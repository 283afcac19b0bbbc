import { DEFAULT_THRESHOLD, SIGNAL_BEHAVIOURS, type Behaviour } from '@callguard/dsl';
import type { SignalBehaviour, SignalDetector } from './detector.js';
import type { LabelledSample } from './samples.js';

/** How well a detector finds one behaviour on a labelled set. */
export interface BehaviourScore {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** Share of detections that were labelled; 1 when nothing was detected. */
  readonly precision: number;
  /** Share of labelled samples that were detected; 1 when nothing was labelled. */
  readonly recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  readonly f1: number;
}

/** Per-behaviour scores, and the samples the detector got wrong (for tuning and reports). */
export interface Evaluation {
  readonly threshold: number;
  readonly samples: number;
  readonly behaviours: Readonly<Record<Behaviour, BehaviourScore>>;
  readonly mistakes: readonly Mistake[];
}

/** A sample where the detected set differs from the labels. */
export interface Mistake {
  readonly text: string;
  readonly missed: readonly Behaviour[];
  readonly spurious: readonly Behaviour[];
}

/**
 * Runs `detector` over `samples` and scores every behaviour of the vocabulary,
 * counting a behaviour as detected when its confidence is at least `threshold`
 * (the policy language's default, 0.5, unless given).
 */
export function evaluate(
  detector: SignalDetector,
  samples: readonly LabelledSample[],
  threshold: number = DEFAULT_THRESHOLD,
): Evaluation {
  const counts = Object.fromEntries(SIGNAL_BEHAVIOURS.map((b) => [b, { tp: 0, fp: 0, fn: 0 }])) as Record<Behaviour, Count>;
  const mistakes: Mistake[] = [];
  for (const sample of samples) {
    const signals = detector.detect(sample.text);
    const missed: Behaviour[] = [];
    const spurious: Behaviour[] = [];
    for (const behaviour of SIGNAL_BEHAVIOURS) {
      const count = counts[behaviour];
      const detected = (signals[behaviour as SignalBehaviour] ?? 0) >= threshold;
      const labelled = sample.labels.includes(behaviour);
      if (detected && labelled) {
        count.tp++;
      } else if (detected) {
        count.fp++;
        spurious.push(behaviour);
      } else if (labelled) {
        count.fn++;
        missed.push(behaviour);
      }
    }
    if (missed.length > 0 || spurious.length > 0) mistakes.push({ text: sample.text, missed, spurious });
  }
  const behaviours = Object.fromEntries(
    SIGNAL_BEHAVIOURS.map((b) => [b, score(counts[b])]),
  ) as Record<Behaviour, BehaviourScore>;
  return { threshold, samples: samples.length, behaviours, mistakes };
}

interface Count {
  tp: number;
  fp: number;
  fn: number;
}

function score({ tp, fp, fn }: Count): BehaviourScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}
