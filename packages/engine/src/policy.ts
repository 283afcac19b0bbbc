/** A compiled policy: opens sessions for new calls and restores saved ones. */
import type { CheckedPolicy } from '@callguard/dsl';
import { compilePlan } from './compile/compile.js';
import type { PolicyPlan } from './compile/plan.js';
import { EventError } from './events/error.js';
import { CallSession } from './session.js';
import type { Session } from './session.js';
import { checkSnapshot } from './snapshot.js';
import { verifySnapshot, type SnapshotKey } from './snapshot-mac.js';
import type { SnapshotShape } from './snapshot.js';

/** A policy ready to decide calls. Immutable; share one per process. */
export interface CompiledPolicy {
  readonly name: string;
  readonly version: string;
  /** SHA-256 of the policy's meaning; decisions and snapshots carry it. */
  readonly hash: string;
  /**
   * Starts a call from its `call_started` event and decides it
   * (`Session.opening`). Throws `EventError` (`event/invalid`) when the
   * event does not match the schema or a date-time in it is not real.
   */
  open(start: unknown): Session;
  /**
   * Continues a call from `Session.snapshot()` output (also after a JSON
   * round trip). Throws `EventError`: `snapshot/policy-mismatch` when it was
   * taken under another policy hash, `snapshot/invalid` when malformed, and,
   * when `options.keys` are given, `snapshot/tampered` unless one of them
   * signed exactly this snapshot.
   */
  restore(snapshot: unknown, options?: RestoreOptions): Session;
  /** The behaviours this policy knows: the built-in ones, then those it declares. */
  readonly behaviours: readonly string[];
  /** The confidence from which `behaviour` counts under this policy: its own threshold, or the default; undefined for a behaviour it does not know. */
  threshold(behaviour: string): number | undefined;
}

/** How {@link CompiledPolicy.restore} checks a snapshot. */
export interface RestoreOptions {
  /**
   * Accept only snapshots signed by one of these keys (the current one and,
   * while rotating, the previous). Without it, any well-formed snapshot of
   * this policy is continued: give keys wherever snapshots are stored
   * outside the process.
   */
  readonly keys?: readonly SnapshotKey[];
}

class Policy implements CompiledPolicy {
  readonly name: string;
  readonly version: string;
  readonly hash: string;
  private readonly plan: PolicyPlan;
  private readonly shape: SnapshotShape;

  constructor(plan: PolicyPlan) {
    this.plan = plan;
    this.name = plan.ref.name;
    this.version = plan.ref.version;
    this.hash = plan.ref.hash;
    this.shape = { hash: plan.ref.hash, ladders: plan.rules.map((r) => r.ladder.length), counts: plan.counts.length, scriptSets: plan.fresh.used.length };
  }

  open(start: unknown): Session {
    return new CallSession(this.plan, start);
  }

  get behaviours(): readonly string[] {
    return this.plan.vocabulary;
  }

  threshold(behaviour: string): number | undefined {
    const i = this.plan.vocabulary.indexOf(behaviour);
    return i < 0 ? undefined : this.plan.thresholds[i];
  }

  restore(snapshot: unknown, options: RestoreOptions = {}): Session {
    checkSnapshot(snapshot, this.shape);
    if (options.keys !== undefined) verifySnapshot(snapshot, options.keys);
    try {
      return new CallSession(this.plan, snapshot.start, snapshot);
    } catch (error) {
      if (!(error instanceof EventError)) throw error;
      const path = error.path === '' ? 'start' : `start.${error.path}`;
      throw new EventError('snapshot/invalid', path, `the snapshot's start event is not valid: ${error.message}`);
    }
  }
}

/**
 * Compiles a checked policy (from `@callguard/dsl`'s `check`) into a
 * `CompiledPolicy`: names resolved, thresholds folded, ladders, duties and
 * decision parts prebuilt, rules indexed by the detections they need.
 */
export function compile(policy: CheckedPolicy): CompiledPolicy {
  return new Policy(compilePlan(policy));
}
