/**
 * Runs the playground's policy over its timeline: the checker's
 * diagnostics, then (when the policy has no errors) one decision or one
 * rejection per entry, and which ladder steps the call reached.
 */
import { checkText } from '@callguard/dsl';
import type { CheckedPolicy, Diagnostic } from '@callguard/dsl';
import { compile, EventError, explain } from '@callguard/engine';
import type { Decision } from '@callguard/engine';
import { CALL_STARTED, toEvent } from './timeline.js';
import type { TimelineEntry } from './timeline.js';

/** What one entry led to: a decision, or the engine's reason for refusing the event. */
export type Outcome = { readonly decision: Decision; readonly explanation: string } | { readonly rejected: string };

/** One step of one rule's ladder, and whether the call reached it. */
export interface StepReach {
  readonly rule: string;
  readonly n: number;
  readonly action: string;
  readonly reached: boolean;
}

/** Everything the playground shows for one policy text and timeline. */
export interface RunResult {
  readonly diagnostics: readonly Diagnostic[];
  /** Undefined when the policy has errors. */
  readonly policy: CheckedPolicy | undefined;
  readonly outcomes: readonly Outcome[];
  readonly coverage: readonly StepReach[];
}

/** Checks `text` and plays `timeline` through it. */
export function run(text: string, timeline: readonly TimelineEntry[]): RunResult {
  const { policy, diagnostics } = checkText(text, 'playground.policy');
  if (!policy) return { diagnostics, policy, outcomes: [], coverage: [] };
  const session = compile(policy).open(CALL_STARTED);
  const reached = new Set<string>();
  const note = (d: Decision): void => {
    for (const m of d.matched) reached.add(`${m.rule}#${m.step.n}`);
  };
  note(session.opening);
  const outcomes = timeline.map((entry, i): Outcome => {
    try {
      const decision = session.handle(toEvent(entry, i));
      note(decision);
      return { decision, explanation: explain(decision) };
    } catch (error) {
      if (error instanceof EventError) return { rejected: error.message };
      throw error;
    }
  });
  const coverage = policy.rules.flatMap((r) => r.ladder.map((s, i) => ({ rule: r.id, n: i + 1, action: s.action, reached: reached.has(`${r.id}#${i + 1}`) })));
  return { diagnostics, policy, outcomes, coverage };
}
