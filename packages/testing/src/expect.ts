/** Compares what a test expects of a decision with the decision made. */
import type { Decision } from '@callguard/engine';
import { dutyLabel } from './duty-label.js';
import type { DecisionChecks } from './model.js';

/** One field that came out differently: both sides as the author would write them. */
export interface FieldDiff {
  readonly field: string;
  readonly expected: string;
  readonly actual: string;
}

function list(items: readonly string[]): string {
  return items.length === 0 ? 'none' : items.join(', ');
}

/**
 * Whether two lists name the same things, in any order. `matches` lets an
 * expected `notify` stand for `notify security`.
 */
function sameSet(expected: readonly string[], actual: readonly string[], matches: (e: string, a: string) => boolean): boolean {
  return expected.every((e) => actual.some((a) => matches(e, a))) && actual.every((a) => expected.some((e) => matches(e, a)));
}

/** The decision as `step` is written: `2 of 4`, or none. */
function stepText(d: Decision): string {
  return d.step ? `${d.step.n} of ${d.step.of}` : 'none';
}

/** Each checked field of `checks` that the decision does not match, in a fixed order. */
export function compareDecision(checks: DecisionChecks, d: Decision): FieldDiff[] {
  const diffs: FieldDiff[] = [];
  const field = (name: string, expected: string, actual: string, same = expected === actual) => {
    if (!same) diffs.push({ field: name, expected, actual });
  };
  if (checks.action !== undefined) field('action', checks.action, d.action);
  if (checks.rule !== undefined) field('rule', checks.rule, d.rule?.id ?? 'none');
  if (checks.step !== undefined) {
    const expected = String(checks.step);
    field('step', expected, stepText(d), typeof checks.step === 'number' ? d.step?.n === checks.step : expected === stepText(d));
  }
  if (checks.script !== undefined) field('script', checks.script, d.script?.name ?? 'none');
  if (checks.to !== undefined) field('to', checks.to, d.to ?? 'none');
  if (checks.duties !== undefined) {
    const actual = [...new Set(d.duties.map(dutyLabel))];
    const same = sameSet(checks.duties, actual, (e, a) => e === a || a.startsWith(`${e} `));
    field('duties', list(checks.duties), list(actual), same);
  }
  if (checks.required !== undefined) {
    const actual = [...new Set(d.required.map(dutyLabel))];
    const same = sameSet(checks.required, actual, (e, a) => e === a || a.startsWith(`${e} `));
    field('required', list(checks.required), list(actual), same);
  }
  if (checks.allowed !== undefined) {
    field('allowed', list(checks.allowed), list(d.allowed), sameSet(checks.allowed, d.allowed, (e, a) => e === a));
  }
  if (checks.fired !== undefined) {
    const actual = [...new Set(d.matched.map((m) => m.rule))];
    field('fired', list(checks.fired), list(actual), sameSet(checks.fired, actual, (e, a) => e === a));
  }
  if (checks.ended !== undefined) field('ended', checks.ended ? 'yes' : 'no', d.ended ? 'yes' : 'no');
  return diffs;
}

/** A decision in a few words, for when an event was expected to be rejected: `warn (abuse, step 1 of 4)`. */
export function summarise(d: Decision): string {
  return d.rule ? `${d.action} (${d.rule.id}, step ${stepText(d)})` : d.action;
}
