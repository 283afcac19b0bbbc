/** Compares what a test expects of a decision with the decision made. */
import type { Decision } from '@callguard/engine';
import { dutyLabel } from './duty-label.js';
import type { ClockWindow, DecisionChecks } from './model.js';

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

/** A duty's parts as a test names them: `notify security`, `follow_up with apology`. */
interface DutyName {
  readonly kind: string;
  readonly object: string | undefined;
  readonly script: string | undefined;
}

function dutyName(label: string): DutyName {
  const [named = label, script] = label.split(' with ');
  const [kind = named, object] = named.split(' ');
  return { kind, object, script };
}

/** A duty as a test names it, with the script it uses: `follow_up with apology`. */
function dutyText(d: Decision['duties'][number]): string {
  const label = dutyLabel(d);
  return d.script === undefined ? label : `${label} with ${d.script.name}`;
}

/** An expected duty matches one owed when each part it names is the same: `notify` matches `notify security`. */
function dutyMatches(expected: string, actual: string): boolean {
  const e = dutyName(expected);
  const a = dutyName(actual);
  return e.kind === a.kind && (e.object === undefined || e.object === a.object) && (e.script === undefined || e.script === a.script);
}

/** `09:00 to 20:00`, or none. */
function windowText(w: ClockWindow | 'none' | undefined): string {
  return w === undefined || w === 'none' ? 'none' : `${w.from} to ${w.to}`;
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
  if (checks.by !== undefined) field('by', checks.by, d.by ?? 'none');
  if (checks.mode !== undefined) field('mode', checks.mode, d.mode ?? 'none');
  if (checks.team !== undefined) field('team', checks.team, d.team ?? 'none');
  if (checks.approvedBy !== undefined) {
    const actual = d.approved_by ?? [];
    const same = [...checks.approvedBy].sort().join() === [...actual].sort().join();
    field('approved_by', list(checks.approvedBy), list(actual), same);
  }
  if (checks.callbackTo !== undefined) field('callback_to', checks.callbackTo, d.callback_to ?? 'none');
  if (checks.window !== undefined) field('window', windowText(checks.window), windowText(d.window));
  if (checks.dailyCap !== undefined) field('daily_cap', String(checks.dailyCap), String(d.daily_cap ?? 'none'));
  if (checks.duties !== undefined) {
    const actual = [...new Set(d.duties.map(dutyText))];
    field('duties', list(checks.duties), list(actual), sameSet(checks.duties, actual, dutyMatches));
  }
  if (checks.required !== undefined) {
    const actual = [...new Set(d.required.map(dutyText))];
    field('required', list(checks.required), list(actual), sameSet(checks.required, actual, dutyMatches));
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
