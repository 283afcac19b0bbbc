/**
 * The reference interpreter: docs/semantics.md read as literally as possible,
 * straight over the checked policy. It keeps every accepted event and which
 * ladders each one moved, and derives everything else (ladder positions,
 * window counts, repeated requests, whether the call ended) from that
 * history on every event. It is slow on purpose and shares nothing with the
 * compiler but the event schema and the decision type; the differential
 * tests hold the compiled engine to it.
 *
 * @internal A test oracle, not part of the public API.
 */
import { ACTION_SEVERITY, AGENT_DUTIES, BASELINE_ACTIONS, ENDING_ACTIONS, policyBehaviours, signalBehaviours } from '@callguard/dsl';
import type {
  Action,
  Channel,
  CheckedAlternative,
  CheckedCondition,
  CheckedDuty,
  CheckedPolicy,
  CheckedRule,
  CheckedScript,
  CheckedStep,
  RecordKind,
} from '@callguard/dsl';
import type { Decision, Duty, Match, ScriptRef } from '@callguard/contract';
import { EventError } from '../events/error.js';
import type { CallEvent, CallStartedEvent } from '@callguard/contract';
import { eventTime, validateEvent } from '../events/validate.js';
import { SEEN_EVENTS } from '../seen-events.js';

/** An accepted event with its time in ms, the rules whose ladders it moved on (once per step taken), and its decision. */
interface Accepted {
  readonly event: CallEvent;
  readonly ms: number;
  readonly advanced: readonly string[];
  readonly decision: Decision;
  /** The script an agent's action used towards a step's choice of scripts (rule, step number, script). */
  readonly used?: Use;
}

/** A script the agent used on a rule's step with a choice of scripts. */
interface Use {
  readonly rule: string;
  readonly n: number;
  readonly script: string;
}

/** The call as set up: the start event, its time and channel. */
interface Call {
  readonly policy: CheckedPolicy;
  readonly start: CallStartedEvent;
  readonly startMs: number;
  readonly channel: Channel;
}

/** What a condition is evaluated against: the call, this event, and every accepted event up to it. */
interface Now extends Call {
  readonly event: CallEvent;
  readonly ms: number;
  readonly upToNow: readonly { readonly event: CallEvent; readonly ms: number }[];
}

/**
 * One step a rule took on an event: its step, or an alternative an agent
 * delivered; `menu` when the step is a `may` step taken as the rule fired,
 * which recommends none of its choices.
 */
interface Firing {
  readonly rule: CheckedRule;
  readonly step: CheckedStep;
  readonly taken: CheckedAlternative;
  readonly menu: boolean;
}

/** @internal A reference session: `handle` returns the decision the semantics prescribe. */
export interface ReferenceSession {
  readonly opening: Decision;
  handle(event: unknown): Decision;
}

/** @internal Opens a reference session from a `call_started` event. */
export function referenceOpen(policy: CheckedPolicy, input: unknown): ReferenceSession {
  refuseEndingUnderNeverHangUp(policy);
  const start = valid(input);
  if (start.type !== 'call_started') throw new EventError('event/invalid', 'type', 'type must be call_started');
  const startMs = eventTime(start.at);
  checkCallerTimes(start);
  const call: Call = { policy, start, startMs, channel: start.call.channel ?? 'phone' };
  // The opening is the first entry of the history, with seq 0.
  const history: Accepted[] = [];
  const first = decide(call, history, start, startMs);
  history.push({ event: start, ms: startMs, advanced: first.advanced, decision: first.decision });
  return {
    opening: first.decision,
    handle(raw: unknown): Decision {
      const event = valid(raw);
      const ms = eventTime(event.at);
      const again = sameEvent(history, event, ms);
      if (again !== undefined) return again;
      admit(policy, event, ms, history);
      const { decision, advanced, used } = decide(call, history, event, ms);
      history.push({ event, ms, advanced, decision, ...(used === undefined ? {} : { used }) });
      return decision;
    },
  };
}

/**
 * The events with an id, split into the latest `SEEN_EVENTS` (remembered)
 * and the earlier ones (forgotten).
 */
function eventsWithIds(history: readonly Accepted[]): { remembered: readonly Accepted[]; forgotten: readonly Accepted[] } {
  const withIds = history.filter((a) => a.event.id !== undefined);
  const cut = Math.max(0, withIds.length - SEEN_EVENTS);
  return { remembered: withIds.slice(cut), forgotten: withIds.slice(0, cut) };
}

/**
 * The decision already given to this event, when it carries the id of a
 * remembered accepted event: the same type at the same time gets that
 * decision again; anything else with that id is `event/id-reused`.
 */
function sameEvent(history: readonly Accepted[], event: CallEvent, ms: number): Decision | undefined {
  if (event.id === undefined) return undefined;
  const first = eventsWithIds(history).remembered.find((a) => a.event.id === event.id);
  if (first === undefined) return undefined;
  if (first.event.type !== event.type || first.ms !== ms) throw new EventError('event/id-reused', 'id', `id ${event.id} belongs to another event`);
  return first.decision;
}

/** A never_hang_up policy must not be able to end a call; the engine refuses to compile one that can. */
function refuseEndingUnderNeverHangUp(policy: CheckedPolicy): void {
  if (policy.stance !== 'never_hang_up') return;
  for (const rule of policy.rules) {
    for (const step of rule.ladder) {
      if ([step, ...step.alternatives].some((s) => ENDING_ACTIONS.includes(s.action))) {
        throw new Error(`never_hang_up policy with an ending step in rule ${rule.id}`);
      }
    }
  }
}

/** Every date-time inside the caller must be a real time: records, then restrictions, then customer_since. */
function checkCallerTimes(start: CallStartedEvent): void {
  const caller = start.caller ?? {};
  (caller.records ?? []).forEach((r, i) => {
    eventTime(r.at, `caller.records.${i}.at`);
    if (r.expires !== undefined) eventTime(r.expires, `caller.records.${i}.expires`);
  });
  (caller.restrictions ?? []).forEach((r, i) => eventTime(r.until, `caller.restrictions.${i}.until`));
  if (caller.customer_since !== undefined) eventTime(caller.customer_since, 'caller.customer_since');
}

/** Checks a new, schema-valid event against the session so far; throws the engine's error codes. */
function admit(policy: CheckedPolicy, event: CallEvent, ms: number, history: readonly Accepted[]): void {
  const last = history.at(-1);
  // Once the call is over every event is refused as such, whatever else is wrong with it.
  if (last?.decision.ended === true) throw new EventError('event/call-ended', '', 'the call has ended');
  if (event.type === 'call_started') throw new EventError('event/already-started', 'type', 'the call has already started');
  if (last !== undefined && ms < last.ms) throw new EventError('event/out-of-order', 'at', 'at is before the previous event');
  // A new id no later than a forgotten one's event may be that event again.
  const forgotten = eventsWithIds(history).forgotten.at(-1);
  if (event.id !== undefined && forgotten !== undefined && ms <= forgotten.ms) {
    throw new EventError('event/out-of-order', 'at', 'at is not later than an event whose id is forgotten');
  }
  const named = event.type === 'agent_action' ? event.rule : undefined;
  if (named !== undefined && !policy.rules.some((r) => r.id === named)) {
    throw new EventError('event/unknown-rule', 'rule', `rule ${named} is not in the policy`);
  }
  const script = event.type === 'agent_action' ? event.script : undefined;
  if (script !== undefined && !Object.keys(policy.scripts).includes(script)) {
    throw new EventError('event/unknown-script', 'script', `script ${script} is not in the policy`);
  }
  // Signals carry built-in behaviours and the ones the policy declares, nothing else.
  const unknown = event.type === 'utterance' ? Object.keys(event.signals).find((b) => !signalBehaviours(policy).includes(b)) : undefined;
  if (unknown !== undefined) throw new EventError('event/unknown-behaviour', `signals.${unknown}`, `${unknown} is neither built in nor declared`);
}

/** The event, typed, once the schema accepts it (`validateEvent` throws otherwise). */
function valid(input: unknown): CallEvent {
  validateEvent(input);
  return input as CallEvent;
}

/** Which rules an event tries, before channels: by `on`, with utterance rules on ticks too. */
function triedOn(rule: CheckedRule, type: CallEvent['type']): boolean {
  if (rule.trigger.kind === 'utterance') return type === 'utterance' || type === 'tick';
  return rule.trigger.event === type;
}

function decide(
  call: Call,
  history: readonly Accepted[],
  event: CallEvent,
  ms: number,
): { decision: Decision; advanced: string[]; used?: Use } {
  const { policy } = call;
  const seq = history.length;
  const moves = (rule: CheckedRule): number => history.reduce((n, a) => n + a.advanced.filter((id) => id === rule.id).length, 0);
  // When the rule last took a step (the start of the call before it has taken one), for steps written `after`.
  const lastMoveMs = (rule: CheckedRule): number => history.findLast((a) => a.advanced.includes(rule.id))?.ms ?? call.startMs;
  // A rule held by a choice of scripts takes the step it took again: nothing new is due.
  const due = (rule: CheckedRule): boolean => {
    if (holding(rule)) return true;
    const wait = currentStep(rule).afterMs;
    return wait === undefined || ms - lastMoveMs(rule) >= wait;
  };
  // The steps after the n-th (1-based) written `at once`, taken on the same event.
  const following = (rule: CheckedRule, n: number): Firing[] => {
    const out: Firing[] = [];
    for (let next = rule.ladder[n]; next?.atOnce === true; next = rule.ladder[next.n]) out.push({ rule, step: next, taken: next, menu: next.may === true });
    return out;
  };
  // The step the rule took when its ladder last moved: the one before the current, or the last once it repeats.
  const lastTakenStep = (rule: CheckedRule): CheckedStep | undefined =>
    moves(rule) === 0 ? undefined : rule.ladder[Math.min(moves(rule) - 1, rule.ladder.length - 1)];
  // The scripts of a rule's step n the agent has used so far (and `also`), each once, in the order written.
  const usedOn = (rule: CheckedRule, step: CheckedAlternative & { n: number }, also?: Use): string[] => {
    const uses = [...history.flatMap((a) => (a.used === undefined ? [] : [a.used])), ...(also === undefined ? [] : [also])];
    const names = uses.filter((u) => u.rule === rule.id && u.n === step.n).map((u) => u.script);
    return (step.scriptSet?.scripts ?? []).map((s) => s.name).filter((name) => names.includes(name));
  };
  // A choice of scripts not yet met holds the ladder on the step that has it.
  const holding = (rule: CheckedRule): boolean => {
    const last = lastTakenStep(rule);
    return last?.scriptSet !== undefined && usedOn(rule, last).length < last.scriptSet.atLeast;
  };
  const currentStep = (rule: CheckedRule): CheckedStep =>
    holding(rule) ? (lastTakenStep(rule) as CheckedStep) : (rule.ladder[Math.min(moves(rule), rule.ladder.length - 1)] as CheckedStep);
  // The step (or alternative) with the action; with a script, only one that says it (a step naming none takes any).
  const doing = (step: CheckedStep | undefined, action: Action, script: string | undefined): CheckedAlternative | undefined => {
    const chosen = step === undefined ? undefined : [step, ...step.alternatives].find((s) => s.action === action);
    if (chosen === undefined || script === undefined) return chosen;
    if (chosen.scriptSet !== undefined) return chosen.scriptSet.scripts.some((s) => s.name === script) ? chosen : undefined;
    return chosen.script === undefined || chosen.script.name === script ? chosen : undefined;
  };
  const now: Now = { ...call, event, ms, upToNow: [...history.slice(1), { event, ms }] };

  if (event.type === 'agent_action') {
    const said = event.script;
    const rule = policy.rules.find((r) => r.id === event.rule);
    if (rule === undefined) return { decision: build(now, seq, [], undefined, { said }), advanced: [] };
    // The script counts towards the step's choice when the step taken has one that lists it.
    const use = (step: CheckedStep, taken: CheckedAlternative): Use | undefined =>
      said !== undefined && taken.scriptSet !== undefined ? { rule: rule.id, n: step.n, script: said } : undefined;
    // 1. The last step the rule took, or one of its alternatives: a confirmation. Nothing moves, nothing is owed again.
    const last = lastTakenStep(rule);
    const confirmed = doing(last, event.action, said);
    if (last !== undefined && confirmed !== undefined) {
      const firing = { rule, step: last, taken: confirmed, menu: false };
      const used = use(last, confirmed);
      const decision = build(now, seq, [firing], firing, { owes: false, said, used: usedOn(rule, last, used) });
      return { decision, advanced: [], ...(used === undefined ? {} : { used }) };
    }
    // 2. The current step, or one of its alternatives: delivered by hand; the ladder moves on, past the steps that follow at once.
    const step = currentStep(rule);
    const delivered = doing(step, event.action, said);
    if (delivered !== undefined) {
      const used = use(step, delivered);
      // A choice of scripts may hold the ladder on this step: nothing follows it at once.
      const taken = [{ rule, step, taken: delivered, menu: false }, ...(delivered.scriptSet === undefined ? following(rule, step.n) : [])];
      const winner = mostSevere(taken);
      // The script the agent named belongs to the step they delivered, not to one that followed it at once.
      const own = winner === taken[0];
      const decision = build(now, seq, taken, winner, own ? { said, used: usedOn(rule, step, used) } : { used: winner === undefined ? [] : usedOn(rule, winner.step) });
      return { decision, advanced: taken.map(() => rule.id), ...(used === undefined ? {} : { used }) };
    }
    // 3. Not prescribed.
    return { decision: build(now, seq, [], undefined, { said }), advanced: [] };
  }

  const tried = policy.rules.filter(
    (r) => triedOn(r, event.type) && (r.channels.length === 0 || r.channels.includes(call.channel)),
  );
  const fired: Firing[] = tried
    .filter((r) => (r.condition === undefined || holds(r.condition, now)) && due(r))
    .flatMap((rule) => {
      const step = currentStep(rule);
      // A ladder repeating its last step, or held by a choice of scripts, has none to follow.
      const follows = moves(rule) < rule.ladder.length && !holding(rule) && step.scriptSet === undefined;
      return [{ rule, step, taken: step, menu: step.may === true }, ...(follows ? following(rule, step.n) : [])];
    });
  const winner = mostSevere(fired);
  const used = winner === undefined ? [] : usedOn(winner.rule, winner.step);
  // A rule held by a choice of scripts takes that step again; its ladder does not move.
  return { decision: build(now, seq, fired, winner, { used }), advanced: fired.filter((f) => !holding(f.rule)).map((f) => f.rule.id) };
}

/** What a step recommends: its action, or `continue` for a menu. */
function recommended(f: Firing): Action {
  return f.menu ? 'continue' : f.taken.action;
}

/** The first of the most severe recommendations. */
function mostSevere(fired: readonly Firing[]): Firing | undefined {
  let winner: Firing | undefined;
  for (const f of fired) {
    if (winner === undefined || ACTION_SEVERITY[recommended(f)] > ACTION_SEVERITY[recommended(winner)]) winner = f;
  }
  return winner;
}

/** Whether `c` is true on `now.event`. */
function holds(c: CheckedCondition, now: Now): boolean {
  switch (c.kind) {
    case 'and':
      return c.items.every((i) => holds(i, now));
    case 'or':
      return c.items.some((i) => holds(i, now));
    case 'not':
      return !holds(c.operand, now);
    case 'behaviour': {
      const current = now.upToNow.length - 1;
      const detects = (k: number): boolean => {
        const e = now.upToNow[k]?.event;
        return (
          e?.type === 'utterance' &&
          e.speaker === c.speaker &&
          c.behaviours.some((b) => confidence(now.upToNow, k, b) >= threshold(now.policy, b))
        );
      };
      if (!detects(current)) return false;
      if (c.count === undefined) return true;
      const withinMs = c.count.withinMs;
      const recent = now.upToNow.filter((u, k) => detects(k) && now.ms - u.ms < withinMs);
      return recent.length >= c.count.times;
    }
    case 'field': {
      const actual = fieldValue(c.root, c.member, c.key, now);
      const v = c.value;
      switch (c.op) {
        case '=':
          return actual === v;
        case '!=':
          return actual !== v;
        case '<':
          return actual < v;
        case '<=':
          return actual <= v;
        case '>':
          return actual > v;
        case '>=':
          return actual >= v;
      }
    }
  }
}

/**
 * The confidence of `b` on the k-th event: its signal, except
 * `repeated_request`, which is 1 on a customer utterance whose `request`
 * equals that of the previous customer utterance that had one, else 0.
 */
function confidence(events: readonly { readonly event: CallEvent }[], k: number, b: string): number {
  const e = events[k]?.event;
  if (e?.type !== 'utterance') return 0;
  if (b !== 'repeated_request') return e.signals[b] ?? 0;
  if (e.speaker !== 'customer' || e.request === undefined) return 0;
  for (let j = k - 1; j >= 0; j--) {
    const before = events[j]?.event;
    if (before?.type === 'utterance' && before.speaker === 'customer' && before.request !== undefined) {
      return before.request === e.request ? 1 : 0;
    }
  }
  return 0;
}

function threshold(policy: CheckedPolicy, b: string): number {
  return policy.thresholds[b] ?? policy.defaultThreshold;
}

/** A record counts when its expiry (given, else `at` plus the policy's period for its kind, else never) is after the start. */
function activeRecords({ start, startMs, policy }: Now): { kind: string; category: string | undefined }[] {
  return (start.caller?.records ?? [])
    .filter((r) => {
      const period = policy.recordExpiry[r.kind];
      if (r.expires !== undefined) return Date.parse(r.expires) > startMs;
      return period === undefined || Date.parse(r.at) + period > startMs;
    })
    .map((r) => ({ kind: r.kind, category: r.category }));
}

function activeRestrictions({ start, startMs }: Now): string[] {
  return (start.caller?.restrictions ?? []).filter((r) => Date.parse(r.until) > startMs).map((r) => r.name);
}

const RECORD_OF: Readonly<Record<string, string>> = { warnings: 'warning', strikes: 'strike', incidents: 'incident' };

function fieldValue(root: string, member: string, key: string | undefined, now: Now): number | boolean | string {
  const { start, startMs, event, ms } = now;
  const caller = start.caller ?? {};
  if (key !== undefined) {
    if (root === 'caller' && RECORD_OF[member] !== undefined) {
      return activeRecords(now).filter((r) => r.kind === RECORD_OF[member] && r.category === key).length;
    }
    if (root === 'caller' && member === 'restrictions') return activeRestrictions(now).includes(key);
    if (root === 'call' && member === 'staffed') return start.call.staff?.includes(key) ?? false;
    throw new Error(`unknown field ${root}.${member}.${key}`);
  }
  switch (`${root}.${member}`) {
    case 'caller.incidents_30d':
      return caller.incidents_30d ?? 0;
    case 'caller.warnings':
      return (caller.warnings ?? 0) + activeRecords(now).filter((r) => r.kind === 'warning').length;
    case 'caller.strikes':
      return activeRecords(now).filter((r) => r.kind === 'strike').length;
    case 'caller.incidents':
      return activeRecords(now).filter((r) => r.kind === 'incident').length;
    case 'caller.repeat_calls_7d':
      return caller.repeat_calls_7d ?? 0;
    case 'caller.withheld':
      return caller.withheld ?? false;
    case 'caller.verified':
      return caller.verified ?? false;
    case 'caller.refused_verification':
      return caller.refused_verification ?? false;
    case 'caller.vulnerable':
      return caller.vulnerable ?? false;
    case 'caller.adjustments':
      return caller.adjustments ?? false;
    case 'caller.restricted':
      return activeRestrictions(now).length > 0;
    case 'caller.talk_time_today':
      return (caller.talk_time_today_s ?? 0) * 1000 + (ms - startMs);
    case 'caller.tenure':
      return caller.customer_since === undefined ? 0 : startMs - Date.parse(caller.customer_since);
    case 'call.duration':
      return ms - startMs;
    case 'call.peak_hours':
      return start.call.peak_hours ?? false;
    case 'call.queue':
      return start.call.queue ?? '';
    case 'call.channel':
      return now.channel;
    case 'call.customer_spoken':
      return now.upToNow.some((u) => u.event.type === 'utterance' && u.event.speaker === 'customer');
    case 'silence.duration':
      // docs/semantics.md defines it on silence events only; an oracle must not guess the rest.
      if (event.type !== 'silence') throw new Error('silence.duration is not defined on a non-silence event');
      return event.seconds * 1000;
    default:
      throw new Error(`unknown field ${root}.${member}`);
  }
}

/** The first behaviour, in vocabulary order, that the rule's condition names and that was detected on this event. */
function categoryOf(rule: CheckedRule, now: Now): string | undefined {
  const atoms: { speaker: string; behaviours: readonly string[] }[] = [];
  const walk = (c: CheckedCondition | undefined): void => {
    if (c === undefined) return;
    if (c.kind === 'and' || c.kind === 'or') c.items.forEach(walk);
    else if (c.kind === 'not') walk(c.operand);
    else if (c.kind === 'behaviour') atoms.push(c);
  };
  walk(rule.condition);
  const e = now.event;
  if (e.type !== 'utterance') return undefined;
  const k = now.upToNow.length - 1;
  return policyBehaviours(now.policy).find((b) =>
    atoms.some((a) => a.speaker === e.speaker && a.behaviours.includes(b) && confidence(now.upToNow, k, b) >= threshold(now.policy, b)),
  );
}

/** A `record_<kind>` duty's appeal terms: those the policy gives records of that kind. */
function appealTerms(d: CheckedDuty, policy: CheckedPolicy): { appeal_working_days?: number; reply_working_days?: number } {
  const kind = d.kind.startsWith('record_') ? (d.kind.slice('record_'.length) as RecordKind) : undefined;
  const terms = kind === undefined ? undefined : policy.recordAppeals?.[kind];
  if (terms === undefined) return {};
  return { appeal_working_days: terms.appealWorkingDays, ...(terms.replyWorkingDays === undefined ? {} : { reply_working_days: terms.replyWorkingDays }) };
}

/** A duty of `rule` as the decision lists it. */
function dutyOf(d: CheckedDuty, rule: CheckedRule, now: Now): Duty {
  const at = (plus: number) => new Date(now.ms + plus).toISOString();
  const category = ['record_warning', 'record_strike', 'record_incident'].includes(d.kind) ? categoryOf(rule, now) : undefined;
  const r = d.restriction === undefined ? undefined : now.policy.restrictions[d.restriction];
  if (d.restriction !== undefined && r === undefined) throw new Error(`no restriction ${d.restriction}`);
  return {
    kind: d.kind,
    rule: rule.id,
    ...(d.target === undefined ? {} : { target: d.target }),
    ...(d.script === undefined ? {} : { script: { name: d.script.name, text: d.script.text } }),
    ...(d.owner === undefined ? {} : { owner: d.owner }),
    ...(AGENT_DUTIES.includes(d.kind) ? { subject: 'agent' as const } : {}),
    ...(category === undefined ? {} : { category }),
    ...appealTerms(d, now.policy),
    ...(r === undefined
      ? {}
      : {
          restriction: {
            name: r.name,
            title: r.title,
            kind: r.kind,
            scope: r.scope,
            channels: [...r.channels],
            max_ms: r.maxMs,
            review_after_ms: r.reviewAfterMs,
            ...(r.reviewEveryMs === undefined ? {} : { review_every_ms: r.reviewEveryMs }),
            independent_review: r.independentReview,
            ...(r.liftWhen === undefined ? {} : { lift_when: r.liftWhen }),
            approvers: [...r.approvers],
            ...(r.appealWorkingDays === undefined ? {} : { appeal_working_days: r.appealWorkingDays }),
            ...(r.replyWorkingDays === undefined ? {} : { reply_working_days: r.replyWorkingDays }),
            review_due: at(r.reviewAfterMs),
            max_until: at(r.maxMs),
          },
        }),
    ...(d.sanction === undefined ? {} : { sanction: d.sanction }),
    ...(d.forMs === undefined ? {} : { for_ms: d.forMs }),
    ...(d.withinMs === undefined ? {} : { within_ms: d.withinMs, due: at(d.withinMs) }),
    ...(d.callbackTo === undefined ? {} : { callback_to: d.callbackTo }),
    ...(d.window === undefined ? {} : { window: { from: d.window.from, to: d.window.to } }),
    ...(d.dailyCap === undefined ? {} : { daily_cap: d.dailyCap }),
  };
}

/** Every listed duty of the fired rules, in order, without one equal to an earlier one in all but `rule`. */
function union(fired: readonly Firing[], pick: (rule: CheckedRule) => readonly CheckedDuty[], now: Now): Duty[] {
  const out: Duty[] = [];
  const seen: string[] = [];
  for (const { rule } of fired) {
    for (const d of pick(rule)) {
      const duty = dutyOf(d, rule, now);
      const identity = JSON.stringify({ ...duty, rule: null });
      if (seen.includes(identity)) continue;
      seen.push(identity);
      out.push(duty);
    }
  }
  return out;
}

/**
 * The decision's `script` and `script_set`: the script the agent named (even
 * with no rule), else the step's, else the first of its choice not in
 * `used` (the first of all when every one is); the choice lists its
 * scripts and those in `used`.
 */
function scriptOf(s: CheckedAlternative | undefined, named: string | undefined, used: readonly string[], now: Now): Pick<Decision, 'script' | 'script_set'> {
  const byName = (name: string): CheckedScript => ({ name, text: Object.entries(now.policy.scripts).find(([n]) => n === name)![1] });
  const set = s?.scriptSet;
  const script =
    named !== undefined ? byName(named) : set !== undefined ? (set.scripts.find((x) => !used.includes(x.name)) ?? set.scripts[0]) : s?.script;
  return {
    ...(script === undefined ? {} : { script: said(script, now) }),
    ...(set === undefined
      ? {}
      : { script_set: { at_least: set.atLeast, scripts: set.scripts.map((x) => said(x, now)), used: set.scripts.map((x) => x.name).filter((n) => used.includes(n)) } }),
  };
}

/**
 * A script as the call says it: each `{name}` that is a placeholder replaced
 * by its value, the others named in `missing`; only a script with
 * placeholders has `filled`.
 */
function said(script: CheckedScript, now: Now): ScriptRef {
  const names = [...script.text.matchAll(/\{([\p{L}_][\p{L}\p{M}\p{Nd}_]*)\}/gu)].map((m) => m[1]!);
  if (names.length === 0) return { name: script.name, text: script.text };
  const missing = [...new Set(names.filter((n) => placeholder(n, now) === undefined))];
  const filled = script.text.replace(/\{([\p{L}_][\p{L}\p{M}\p{Nd}_]*)\}/gu, (written, n: string) => placeholder(n, now) ?? written);
  return { name: script.name, text: script.text, filled, ...(missing.length === 0 ? {} : { missing }) };
}

/**
 * A placeholder's value, as docs/semantics.md gives it: the call's (its own
 * field for a built-in, `placeholders` of the declared source otherwise),
 * else the policy's text; empty is none.
 */
function placeholder(name: string, now: Now): string | undefined {
  const { call, caller } = now.start;
  const declared = Object.entries(now.policy.placeholders ?? {}).find(([n]) => n === name)?.[1];
  const fromCall: Record<string, string | undefined> = {
    agent_name: call.agent_name,
    callback_number: call.callback_number,
    customer_name: caller?.name,
  };
  const byName = (values: Readonly<Record<string, string>> | undefined) => Object.entries(values ?? {}).find(([n]) => n === name)?.[1];
  let value = Object.hasOwn(fromCall, name) ? fromCall[name] : declared?.from === 'call' ? byName(call.placeholders) : declared?.from === 'caller' ? byName(caller?.placeholders) : undefined;
  if (value === undefined || value === '') value = declared?.text;
  return value === '' ? undefined : value;
}

/**
 * The decision for `now.event`: `winner` decides the action, every firing
 * adds a match and its allowed actions, and, unless `owes` is false (an
 * agent confirming a step already taken), its duties and `must`.
 */
function build(
  now: Now,
  seq: number,
  fired: readonly Firing[],
  winner: Firing | undefined,
  { owes = true, said = undefined as string | undefined, used = [] as readonly string[] } = {},
): Decision {
  const { policy, event, ms } = now;
  const at = new Date(ms).toISOString();
  const action: Action = winner === undefined ? (event.type === 'agent_action' ? event.action : 'continue') : recommended(winner);
  const permitted = new Set<Action>(BASELINE_ACTIONS);
  for (const { step } of fired) for (const s of [step, ...step.alternatives]) permitted.add(s.action);
  const allowed = [...permitted].sort((a, b) => ACTION_SEVERITY[a] - ACTION_SEVERITY[b]);
  const matched: Match[] = fired.map((f) => ({
    rule: f.rule.id,
    action: recommended(f),
    step: { n: f.step.n, of: f.rule.ladder.length },
    why: `${f.rule.id} fired`,
  }));
  // A menu says nothing of its choices' details until one is taken.
  const s = winner?.menu === true ? undefined : winner?.taken;
  const menu = winner?.menu === true ? winner.step : undefined;
  const offered = menu && [...new Set([menu, ...menu.alternatives].map((c) => c.action))].sort((a, b) => ACTION_SEVERITY[a] - ACTION_SEVERITY[b]);
  const staff = now.start.call.staff;
  const missing = s === undefined || staff === undefined ? [] : s.approvedBy.filter((r) => !staff.includes(r));
  return {
    v: 1,
    action,
    ...(winner === undefined ? {} : { rule: { id: winner.rule.id, title: winner.rule.title } }),
    ...(winner === undefined ? {} : { step: { n: winner.step.n, of: winner.rule.ladder.length } }),
    ...scriptOf(s, said, used, now),
    ...(s?.to === undefined ? {} : { to: s.to }),
    ...(s?.by === undefined ? {} : { by: s.by }),
    ...(s?.mode === undefined ? {} : { mode: s.mode }),
    ...(s?.team === undefined ? {} : { team: s.team }),
    ...(s === undefined || s.approvedBy.length === 0 ? {} : { approved_by: [...s.approvedBy] }),
    ...(missing.length === 0 ? {} : { approvers_missing: missing }),
    ...(s?.forMs === undefined ? {} : { for_ms: s.forMs }),
    ...(s?.withinMs === undefined ? {} : { within_ms: s.withinMs }),
    ...(s?.callbackTo === undefined ? {} : { callback_to: s.callbackTo }),
    ...(s?.window === undefined ? {} : { window: { from: s.window.from, to: s.window.to } }),
    ...(s?.dailyCap === undefined ? {} : { daily_cap: s.dailyCap }),
    ...(offered === undefined ? {} : { offered }),
    allowed,
    required: owes ? union(fired, (r) => r.must, now) : [],
    duties: owes ? union(fired, (r) => r.duties, now) : [],
    matched,
    ended: ENDING_ACTIONS.includes(action) || event.type === 'line_dropped' || event.type === 'call_ended',
    policy: { name: policy.name, version: policy.version, hash: policy.hash },
    event: { seq, at, type: event.type, channel: now.channel },
  };
}
