/**
 * Prebuilds a rule's duties: shared frozen entries, or a maker when the
 * event decides part of one (a deadline, a `record_*` category, a proposed
 * restriction's dates).
 */
import { BEHAVIOURS } from '@callguard/dsl';
import type { CheckedDuty, CheckedRestriction, DutyKind } from '@callguard/dsl';
import type { Duty, ProposedRestriction, ScriptRef } from '../decision.js';
import { isoAt } from '../time.js';
import type { DutyPlan } from './plan.js';

/** Duties whose `category` is the behaviour detected on the event. */
const CATEGORISED: ReadonlySet<DutyKind> = new Set<DutyKind>(['record_warning', 'record_strike', 'record_incident']);

/**
 * Hands out one number per distinct duty (every field but `rule`): the dedupe
 * identity. A categorised duty gets a block of `BEHAVIOURS.length + 1`
 * numbers, its category (or none) picking one at run time.
 */
export class DutyKeys {
  private readonly keys = new Map<string, number>();
  private next = 0;

  /** The key of a duty (the first of its block when categorised). */
  of(duty: CheckedDuty): number {
    // Joined by NUL, which no name, number or time of the language can hold:
    // cheaper than `JSON.stringify` of an array, once per duty of the policy.
    const text = [
      duty.kind,
      duty.target,
      duty.script?.name,
      duty.owner,
      duty.subject,
      duty.restriction,
      duty.sanction,
      duty.forMs,
      duty.withinMs,
      duty.callbackTo,
      duty.window?.from,
      duty.window?.to,
      duty.dailyCap,
    ].join('\u0000');
    let key = this.keys.get(text);
    if (key === undefined) {
      key = this.next;
      this.next += CATEGORISED.has(duty.kind) ? BEHAVIOURS.length + 1 : 1;
      this.keys.set(text, key);
    }
    return key;
  }

  /** How many numbers were handed out. */
  get size(): number {
    return this.next;
  }
}

/** Compiles one rule's duties (or its `must` list). */
export function compileDuties(
  ruleId: string,
  duties: readonly CheckedDuty[],
  keys: DutyKeys,
  scripts: (name: string, text: string) => ScriptRef,
  restrictions: Readonly<Record<string, CheckedRestriction>>,
): DutyPlan[] {
  return duties.map((duty) => {
    const categorised = CATEGORISED.has(duty.kind);
    const script = duty.script === undefined ? undefined : scripts(duty.script.name, duty.script.text);
    const defined = duty.restriction === undefined ? undefined : restrictions[duty.restriction];
    if (duty.restriction !== undefined && defined === undefined) {
      throw new Error(`rule \`${ruleId}\` proposes restriction \`${duty.restriction}\`, which the policy does not define`);
    }
    // A frozen copy: decisions share it, and must not share the caller's policy object.
    const restriction =
      defined === undefined
        ? undefined
        : Object.freeze({ ...defined, channels: Object.freeze([...defined.channels]), approvers: Object.freeze([...defined.approvers]) });
    const key = keys.of(duty);
    const plain =
      duty.owner === undefined &&
      duty.subject === 'customer' &&
      duty.sanction === undefined &&
      duty.forMs === undefined &&
      duty.callbackTo === undefined &&
      duty.window === undefined &&
      duty.dailyCap === undefined;
    const withinMs = duty.withinMs;
    if (!categorised && restriction === undefined) {
      if (withinMs === undefined) {
        const fixed = Object.freeze(build(duty, ruleId, script, undefined, 0, -1));
        return { key, categorised, fixed, make: () => fixed };
      }
      if (plain) {
        // The common duty with a deadline: an object literal per shape, no branches on absent fields.
        const { kind, target } = duty;
        return { key, categorised, fixed: undefined, make: (ms: number) => dueDuty(kind, ruleId, target, script, withinMs, ms) };
      }
    }
    return {
      key,
      categorised,
      fixed: undefined,
      make: (ms: number, category: number) => build(duty, ruleId, script, restriction, ms, category),
    };
  });
}

/** A duty in the decision's key order: kind, rule, target, script, owner, subject, category, restriction, sanction, for_ms, within_ms, due, callback_to, window, daily_cap. */
function build(
  duty: CheckedDuty,
  rule: string,
  script: ScriptRef | undefined,
  restriction: CheckedRestriction | undefined,
  ms: number,
  category: number,
): Duty {
  const d: { -readonly [K in keyof Duty]: Duty[K] } = { kind: duty.kind, rule };
  if (duty.target !== undefined) d.target = duty.target;
  if (script !== undefined) d.script = script;
  if (duty.owner !== undefined) d.owner = duty.owner;
  if (duty.subject === 'agent') d.subject = 'agent';
  const behaviour = CATEGORISED.has(duty.kind) ? BEHAVIOURS[category] : undefined;
  if (behaviour !== undefined) d.category = behaviour;
  if (restriction !== undefined) d.restriction = proposal(restriction, ms);
  if (duty.sanction !== undefined) d.sanction = duty.sanction;
  if (duty.forMs !== undefined) d.for_ms = duty.forMs;
  if (duty.withinMs !== undefined) {
    d.within_ms = duty.withinMs;
    d.due = isoAt(ms + duty.withinMs);
  }
  if (duty.callbackTo !== undefined) d.callback_to = duty.callbackTo;
  if (duty.window !== undefined) d.window = { from: duty.window.from, to: duty.window.to };
  if (duty.dailyCap !== undefined) d.daily_cap = duty.dailyCap;
  return d;
}

/** The restriction as checked, undefined fields left out, with this proposal's review and end dates. */
function proposal(r: CheckedRestriction, ms: number): ProposedRestriction {
  const p: Record<string, unknown> = {
    name: r.name,
    title: r.title,
    kind: r.kind,
    scope: r.scope,
    channels: r.channels,
    maxMs: r.maxMs,
    reviewAfterMs: r.reviewAfterMs,
    independentReview: r.independentReview,
  };
  if (r.liftWhen !== undefined) p['liftWhen'] = r.liftWhen;
  p['approvers'] = r.approvers;
  if (r.appealWorkingDays !== undefined) p['appealWorkingDays'] = r.appealWorkingDays;
  p['review_due'] = isoAt(ms + r.reviewAfterMs);
  p['max_until'] = isoAt(ms + r.maxMs);
  return p as ProposedRestriction;
}

function dueDuty(kind: DutyKind, rule: string, target: string | undefined, script: ScriptRef | undefined, withinMs: number, ms: number): Duty {
  const due = isoAt(ms + withinMs);
  if (target !== undefined) {
    return script !== undefined
      ? { kind, rule, target, script, within_ms: withinMs, due }
      : { kind, rule, target, within_ms: withinMs, due };
  }
  return script !== undefined ? { kind, rule, script, within_ms: withinMs, due } : { kind, rule, within_ms: withinMs, due };
}
