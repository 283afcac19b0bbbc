/**
 * Properties a policy must hold on every call, in words a reviewer writes:
 *
 *     never end_call unless warned at least 2 times
 *     never end_call unless escalated
 *     never end_call in the first 60s
 *     never end_call when caller.vulnerable
 *     block_caller always approved by supervisor
 *     end_call always owes document
 *
 * `parseProperty` in `@callguard/dsl` reads one (an `assert` of the policy
 * is read by the same grammar); `PropertyMonitor` follows one along a call,
 * decision by decision. Only what the policy prescribes or permits is held
 * to a property: decisions that name a rule, on events other than an
 * agent's action (what an agent did by hand is recorded, not prescribed; it
 * still moves ladders, and a warning given by hand counts as given). A
 * `never` property also counts an action a step taken on the event permits
 * without recommending it (an `or` alternative, a `may` menu): the agent
 * may take it there and then. "Warned" and "escalated" are said of ladders, as the
 * stances say them: a rule took a `warn` (or `escalate`) step on the event,
 * whether or not it won the decision (it is in `matched`). An agent's
 * confirmation of a step already taken is not a second warning, and owes
 * nothing again.
 */
import type { Action, CheckedCondition, CheckedFieldCondition, CheckedProperty } from '@callguard/dsl';
import type { Decision } from '@callguard/contract';
import { compare } from './conditions.js';

/** A property, as `assert` and `parseProperty` (in `@callguard/dsl`) give it. */
export type Property = CheckedProperty;

/** What a property needs to know about the call at a decision. */
export interface DecisionContext {
  readonly decision: Decision;
  /** The event was an agent's action. */
  readonly byAgent: boolean;
  /** The event was an agent's confirmation of a step already taken (no ladder moved). */
  readonly confirmation: boolean;
  /** Time since the start of the call. */
  readonly elapsedMs: number;
  /** A field's value at this decision. */
  readonly field: (f: CheckedFieldCondition) => number | boolean | string;
  /** Whether a step some rule took on the event recommends or permits the action (its own, an alternative's, a menu's). */
  readonly offers: (action: Action) => boolean;
  /** Whether the stance owes no warning for the action on every step offering it: written `immediately`, a disconnect, or an announced time limit. */
  readonly exempt: (action: Action) => boolean;
}

/**
 * Follows one property along a call. Its state is a small number: warnings
 * given so far (capped at what the property needs) or whether the call was
 * escalated.
 */
export class PropertyMonitor {
  constructor(readonly property: Property) {}

  /** The state before anything happened. */
  get initial(): number {
    return 0;
  }

  /** Whether the decision breaks the property, given the state before it. */
  violates(state: number, c: DecisionContext): boolean {
    const p = this.property;
    const d = c.decision;
    if (c.byAgent || d.rule === undefined) return false;
    if (p.kind === 'never' ? !c.offers(p.action) : d.action !== p.action) return false;
    switch (p.kind) {
      case 'never':
        if (p.exemptImmediate && c.exempt(p.action)) return false;
        if (p.firstMs !== undefined && c.elapsedMs >= p.firstMs) return false;
        if (p.when !== undefined && !holds(p.when, c.field)) return false;
        if (p.unless === 'escalated') return state === 0;
        return p.unless === undefined || state < p.unless;
      case 'approved':
        return !(d.approved_by ?? []).includes(p.role);
      case 'owes':
        return !d.duties.some((duty) => duty.kind === p.duty);
    }
  }

  /** The state after the decision. */
  next(state: number, c: DecisionContext): number {
    const p = this.property;
    if (p.kind !== 'never' || p.unless === undefined || c.confirmation) return state;
    const took = (action: string) => c.decision.matched.some((m) => m.action === action);
    if (p.unless === 'escalated') return took('escalate') ? 1 : state;
    return took('warn') ? Math.min(state + 1, p.unless) : state;
  }
}

/** Whether a condition over fields holds, given each field's value. */
function holds(c: CheckedCondition, field: (f: CheckedFieldCondition) => number | boolean | string): boolean {
  switch (c.kind) {
    case 'and':
      return c.items.every((i) => holds(i, field));
    case 'or':
      return c.items.some((i) => holds(i, field));
    case 'not':
      return !holds(c.operand, field);
    case 'field':
      return compare(c, field(c));
    case 'behaviour':
      // The checker keeps behaviours out of a property's `when`.
      return false;
  }
}

/** The fields a property reads, so the situations cover them. */
export function propertyFields(p: Property): readonly CheckedFieldCondition[] {
  const out: CheckedFieldCondition[] = [];
  const walk = (c: CheckedCondition): void => {
    if (c.kind === 'and' || c.kind === 'or') c.items.forEach(walk);
    else if (c.kind === 'not') walk(c.operand);
    else if (c.kind === 'field') out.push(c);
  };
  if (p.kind === 'never' && p.when !== undefined) walk(p.when);
  return out;
}

/** The durations a property compares, so the time model meets them. */
export function propertyTimes(p: Property): readonly number[] {
  const times = p.kind === 'never' && p.firstMs !== undefined ? [p.firstMs] : [];
  return [...times, ...propertyFields(p).filter((f) => f.type === 'duration').map((f) => f.value as number)];
}
