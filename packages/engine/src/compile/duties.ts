/**
 * Prebuilds a rule's duties: shared frozen entries, or a maker when the
 * event decides part of one (a deadline, a `record_*` category, a proposed
 * restriction's dates).
 */
import type { ScriptRef } from '@callguard/contract';
import type { CheckedDuty, CheckedRestriction, DutyKind, RecordAppeal, RecordKind } from '@callguard/dsl';
import { makeDuty, proposal } from '../decision.js';
import { isoAt } from '../time.js';
import type { DutyPlan } from './plan.js';

/** Duties whose `category` is the behaviour detected on the event. */
const CATEGORISED: ReadonlySet<DutyKind> = new Set<DutyKind>(['record_warning', 'record_strike', 'record_incident']);

/**
 * Hands out one number per distinct duty (every field but `rule`): the dedupe
 * identity. A categorised duty gets a block of one number per behaviour of
 * the policy's vocabulary plus one, its category (or none) picking one at
 * run time.
 */
export class DutyKeys {
  private readonly keys = new Map<string, number>();
  private next = 0;

  constructor(private readonly vocabulary: readonly string[]) {}

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
      this.next += CATEGORISED.has(duty.kind) ? this.vocabulary.length + 1 : 1;
      this.keys.set(text, key);
    }
    return key;
  }

  /** How many numbers were handed out. */
  get size(): number {
    return this.next;
  }
}

/** The appeal terms of each record kind a customer can appeal (`record warning ..., appeal within 10 working_days`). */
export type RecordAppeals = Readonly<Partial<Record<RecordKind, RecordAppeal>>>;

/** The `record_*` duty kinds, and the record kind each keeps. */
const RECORDED: Readonly<Partial<Record<DutyKind, RecordKind>>> = { record_warning: 'warning', record_strike: 'strike', record_incident: 'incident' };

/** Compiles one rule's duties (or its `must` list). */
export function compileDuties(
  ruleId: string,
  duties: readonly CheckedDuty[],
  keys: DutyKeys,
  scripts: (name: string, text: string) => ScriptRef,
  restrictions: Readonly<Record<string, CheckedRestriction>>,
  recordAppeals: RecordAppeals,
  vocabulary: readonly string[],
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
    const recorded = RECORDED[duty.kind];
    const appeal = recorded === undefined ? undefined : recordAppeals[recorded];
    const key = keys.of(duty);
    const withinMs = duty.withinMs;
    if (!categorised && restriction === undefined && withinMs === undefined) {
      const fixed = Object.freeze(makeDuty(duty, ruleId, script, undefined, undefined, undefined, undefined));
      return { key, categorised, fixed, make: () => fixed };
    }
    return {
      key,
      categorised,
      fixed: undefined,
      make: (ms: number, category: number) =>
        makeDuty(
          duty,
          ruleId,
          script,
          categorised ? vocabulary[category] : undefined,
          appeal,
          restriction && proposal(restriction, ms),
          withinMs === undefined ? undefined : isoAt(ms + withinMs),
        ),
    };
  });
}

