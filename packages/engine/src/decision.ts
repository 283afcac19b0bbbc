/**
 * The one place the engine builds decisions and duties. Keys are added in
 * the order the contract's `decision.schema.json` lists them (a test holds
 * every decision to it), optional ones only when present, so
 * `JSON.stringify` of equal decisions is byte-identical. Parts that do not
 * change between events (rule, step, script, policy, fixed duties) are
 * shared, frozen objects: treat a decision as read-only.
 */
import type { Action, BehaviourName, Decision, Duty, EventRef, Match, PolicyRef, ProposedRestriction, RuleRef, ScriptRef, ScriptSetRef } from '@callguard/contract';
import type { CheckedDuty, CheckedRestriction, RecordAppeal } from '@callguard/dsl';
import type { StepPlan } from './compile/plan.js';
import { isoAt } from './time.js';

/** A decision or duty while its keys are added, each typed as the contract says. */
type Building<T> = { -readonly [K in keyof T]?: T[K] };

const NONE: readonly never[] = Object.freeze([]);

/** The winning rule and the step it takes (its current one, or one an agent delivered or confirmed). */
export interface Winner {
  readonly rule: RuleRef;
  readonly step: StepPlan;
  /** The step's script as this call says it (placeholders filled), when it has one. */
  readonly script: ScriptRef | undefined;
  /** The step's choice of scripts with those used, when it has one. */
  readonly scriptSet?: ScriptSetRef;
}

/**
 * A decision. `winner` brings the rule, the step and the step's details
 * (absent when nothing fired); `staff` is `call.staff`, to name the
 * approvers not on duty.
 */
export function makeDecision(
  action: Action,
  winner: Winner | undefined,
  staff: readonly string[] | undefined,
  allowed: readonly Action[],
  required: readonly Duty[],
  duties: readonly Duty[],
  matched: readonly Match[],
  ended: boolean,
  policy: PolicyRef,
  event: EventRef,
  said?: ScriptRef,
): Decision {
  // Most events fire nothing: one literal, in the same order as below.
  // `said` is the script an agent named for an action no rule prescribed.
  if (winner === undefined) {
    return said === undefined
      ? { v: 1, action, allowed, required, duties, matched, ended, policy, event }
      : { v: 1, action, script: said, allowed, required, duties, matched, ended, policy, event };
  }
  const { step } = winner;
  const d: Building<Decision> = { v: 1, action, rule: winner.rule, step: step.ref };
  if (winner.script !== undefined) d.script = winner.script;
  if (winner.scriptSet !== undefined) d.script_set = winner.scriptSet;
  if (step.to !== undefined) d.to = step.to;
  if (step.by !== undefined) d.by = step.by;
  if (step.mode !== undefined) d.mode = step.mode;
  if (step.team !== undefined) d.team = step.team;
  if (step.approvedBy !== undefined) {
    d.approved_by = step.approvedBy;
    const missing = staff === undefined ? NONE : step.approvedBy.filter((role) => !staff.includes(role));
    if (missing.length > 0) d.approvers_missing = missing;
  }
  if (step.forMs !== undefined) d.for_ms = step.forMs;
  if (step.withinMs !== undefined) d.within_ms = step.withinMs;
  if (step.callbackTo !== undefined) d.callback_to = step.callbackTo;
  if (step.window !== undefined) d.window = step.window;
  if (step.dailyCap !== undefined) d.daily_cap = step.dailyCap;
  if (step.offered !== undefined) d.offered = step.offered;
  d.allowed = allowed;
  d.required = required;
  d.duties = duties;
  d.matched = matched;
  d.ended = ended;
  d.policy = policy;
  d.event = event;
  // Every key `Decision` requires was set just above.
  return d as Decision;
}

/**
 * A duty of rule `rule`, from its checked form: `category` and the kind's
 * appeal terms for `record_*` duties, `restriction` for `propose`, and `due` (`at` in ms plus
 * `within_ms`) when it has a deadline.
 */
export function makeDuty(
  checked: CheckedDuty,
  rule: string,
  script: ScriptRef | undefined,
  category: BehaviourName | undefined,
  appeal: RecordAppeal | undefined,
  restriction: ProposedRestriction | undefined,
  due: string | undefined,
): Duty {
  const d: Building<Duty> = { kind: checked.kind, rule };
  if (checked.target !== undefined) d.target = checked.target;
  if (script !== undefined) d.script = script;
  if (checked.owner !== undefined) d.owner = checked.owner;
  if (checked.subject === 'agent') d.subject = 'agent';
  if (category !== undefined) d.category = category;
  if (appeal !== undefined) d.appeal_working_days = appeal.appealWorkingDays;
  if (appeal?.replyWorkingDays !== undefined) d.reply_working_days = appeal.replyWorkingDays;
  if (restriction !== undefined) d.restriction = restriction;
  if (checked.sanction !== undefined) d.sanction = checked.sanction;
  if (checked.forMs !== undefined) d.for_ms = checked.forMs;
  if (checked.withinMs !== undefined) d.within_ms = checked.withinMs;
  if (due !== undefined) d.due = due;
  if (checked.callbackTo !== undefined) d.callback_to = checked.callbackTo;
  if (checked.window !== undefined) d.window = { from: checked.window.from, to: checked.window.to };
  if (checked.dailyCap !== undefined) d.daily_cap = checked.dailyCap;
  // Every key `Duty` requires was set first.
  return d as Duty;
}

/** The policy's restriction as a `propose` duty proposes it at `ms`: its fields, and this proposal's review and end dates. */
export function proposal(r: CheckedRestriction, ms: number): ProposedRestriction {
  return {
    name: r.name,
    title: r.title,
    kind: r.kind,
    scope: r.scope,
    channels: r.channels,
    max_ms: r.maxMs,
    review_after_ms: r.reviewAfterMs,
    ...(r.reviewEveryMs !== undefined && { review_every_ms: r.reviewEveryMs }),
    independent_review: r.independentReview,
    ...(r.liftWhen !== undefined && { lift_when: r.liftWhen }),
    approvers: r.approvers,
    ...(r.appealWorkingDays !== undefined && { appeal_working_days: r.appealWorkingDays }),
    ...(r.replyWorkingDays !== undefined && { reply_working_days: r.replyWorkingDays }),
    review_due: isoAt(ms + r.reviewAfterMs),
    max_until: isoAt(ms + r.maxMs),
  };
}
