/**
 * The finite model of calls under one or more policies: the situations a call
 * can start in, the events tried after every state and how time passes.
 * Verify builds it from one policy, diff from two (so both are explored on
 * exactly the same calls).
 */
import type { CheckedFieldCondition, CheckedPolicy } from '@callguard/dsl';
import { alphabet, timeModel } from './alphabet.js';
import type { Letter, TimeModel } from './alphabet.js';
import { conditionAtoms } from './conditions.js';
import { situations } from './situations.js';
import type { Situation } from './situations.js';

/** Everything an exploration needs besides the policies. */
export interface CallModel {
  readonly situations: readonly Situation[];
  readonly letters: readonly Letter[];
  readonly time: TimeModel;
}

/** The model for `policies`, also covering the fields and durations that properties read. */
export function callModel(policies: readonly CheckedPolicy[], fields: readonly CheckedFieldCondition[] = [], durationsMs: readonly number[] = []): CallModel {
  const atoms = conditionAtoms(policies, fields);
  const time = timeModel(atoms, durationsMs);
  const readsChannel = policies.some((p) => p.rules.some((r) => r.channels.length > 0)) || atoms.fields.some((f) => f.root === 'call' && f.member === 'channel');
  return {
    situations: situations(atoms, readsChannel, time.stepMs),
    letters: alphabet(policies, atoms, time),
    time,
  };
}
