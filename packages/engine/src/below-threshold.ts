/** Signals that were detected but did not count, so an author can see why nothing happened. */
import type { Signals } from '@callguard/contract';
import type { CompiledPolicy } from './policy.js';

/** A behaviour an utterance carried with a confidence under the policy's threshold for it. */
export interface BelowThreshold {
  readonly behaviour: string;
  readonly confidence: number;
  readonly threshold: number;
}

/**
 * The behaviours in an utterance's `signals` with a confidence above 0 but
 * under `policy`'s threshold for them, strongest first.
 */
export function belowThreshold(policy: CompiledPolicy, signals: Signals | undefined): BelowThreshold[] {
  if (signals === undefined) return [];
  const below: BelowThreshold[] = [];
  for (const behaviour of policy.behaviours) {
    const confidence = signals[behaviour];
    if (typeof confidence !== 'number' || !(confidence > 0)) continue;
    const threshold = policy.threshold(behaviour) ?? 0;
    if (confidence < threshold) below.push({ behaviour, confidence, threshold });
  }
  return below.sort((a, b) => b.confidence - a.confidence || a.behaviour.localeCompare(b.behaviour));
}

/** `profanity 0.60 < 0.70`, joined with commas. */
export function describeBelowThreshold(below: readonly BelowThreshold[]): string {
  return below.map((b) => `${b.behaviour} ${b.confidence.toFixed(2)} < ${b.threshold.toFixed(2)}`).join(', ');
}
