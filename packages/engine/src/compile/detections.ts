/**
 * Detection bits: one per (speaker, behaviour) pair the policy's conditions
 * read, so a policy with declared behaviours still fits one 32-bit mask per
 * utterance. Bits are handed out in vocabulary order (built-in behaviours,
 * then declared ones; customer before agent), so the lowest bit detected is
 * the first behaviour in vocabulary order: a `record_*` duty's category.
 */
import { policyBehaviours } from '@callguard/dsl/ir';
import type { CheckedCondition, CheckedPolicy, Speaker } from '@callguard/dsl';

/** The most (speaker, behaviour) pairs one policy's conditions may read: the bits of a mask. */
export const MAX_DETECTIONS = 32;

/** The detection bits of one policy. */
export interface Detections {
  /** The policy's behaviours: built-in, then declared. */
  readonly vocabulary: readonly string[];
  /** Threshold per vocabulary index: per-behaviour, else the policy default. */
  readonly thresholds: Float64Array;
  /** Bit position of each behaviour a speaker's conditions read. */
  readonly customer: ReadonlyMap<string, number>;
  readonly agent: ReadonlyMap<string, number>;
  /** Per bit position: the vocabulary index of its behaviour. */
  readonly behaviourOfBit: readonly number[];
  /** Per bit position: its behaviour's threshold. */
  readonly thresholdOfBit: readonly number[];
  /** Behaviours the policy's signals may carry (all but `repeated_request`). */
  readonly signalNames: ReadonlySet<string>;
}

/** Allocates the bits for the pairs `policy`'s conditions read. Throws past {@link MAX_DETECTIONS}. */
export function detections(policy: CheckedPolicy): Detections {
  const vocabulary = policyBehaviours(policy);
  const index = new Map(vocabulary.map((b, i) => [b, i]));
  const thresholds = Float64Array.from(vocabulary, (b) => policy.thresholds[b] ?? policy.defaultThreshold);
  const read = new Set<number>();
  const walk = (c: CheckedCondition | undefined): void => {
    if (c === undefined || c.kind === 'field') return;
    if (c.kind === 'not') return walk(c.operand);
    if (c.kind === 'and' || c.kind === 'or') return c.items.forEach(walk);
    for (const b of c.behaviours) {
      const i = index.get(b);
      if (i === undefined) throw new Error(`unknown behaviour \`${b}\``);
      read.add(i * 2 + (c.speaker === 'customer' ? 0 : 1));
    }
  };
  for (const rule of policy.rules) walk(rule.condition);
  if (read.size > MAX_DETECTIONS) {
    throw new Error(`policy \`${policy.name}\` reads ${read.size} speaker and behaviour pairs; at most ${MAX_DETECTIONS} fit`);
  }
  const customer = new Map<string, number>();
  const agent = new Map<string, number>();
  const behaviourOfBit: number[] = [];
  const thresholdOfBit: number[] = [];
  for (const pair of [...read].sort((a, b) => a - b)) {
    const i = pair >> 1;
    const speaker: Speaker = (pair & 1) === 0 ? 'customer' : 'agent';
    (speaker === 'customer' ? customer : agent).set(vocabulary[i] ?? '', behaviourOfBit.length);
    behaviourOfBit.push(i);
    thresholdOfBit.push(thresholds[i] ?? 0);
  }
  return {
    vocabulary,
    thresholds,
    customer,
    agent,
    behaviourOfBit,
    thresholdOfBit,
    signalNames: new Set(vocabulary.filter((b) => b !== 'repeated_request')),
  };
}

/** The bit of `behaviour` for `speaker`'s utterances; 0 when no condition reads it. */
export function detectionBit(d: Detections, speaker: Speaker, behaviour: string): number {
  const at = (speaker === 'customer' ? d.customer : d.agent).get(behaviour);
  return at === undefined ? 0 : 1 << at;
}
