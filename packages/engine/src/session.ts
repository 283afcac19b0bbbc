/**
 * One call under one compiled policy: takes each event, returns a decision.
 * Every check that can reject an event runs before any state changes, so a
 * rejected event leaves the session exactly as it was.
 */
import type { Action } from '@callguard/dsl';
import { CountWindow } from './count-window.js';
import type { Decision, Duty, EventRef, Match } from './decision.js';
import { behaviourIndex, SPEAKER_OFFSET } from './compile/condition.js';
import { dueDuty } from './compile/duties.js';
import { CALL_DURATION, fillCallFields, NUMBER_SLOTS, SILENCE_DURATION, TEXT_SLOTS } from './compile/fields.js';
import type { EvalContext, PolicyPlan, RulePlan, StepPlan } from './compile/plan.js';
import { EventError } from './events/error.js';
import type { CallEvent, CallStartedEvent } from './events/types.js';
import { readEvent } from './events/validate.js';
import type { EventTime } from './events/validate.js';
import type { SessionSnapshot } from './snapshot.js';
import { isoAt } from './time.js';

/** A call in progress. */
export interface Session {
  /**
   * Handles the next event and returns its decision. Throws `EventError` when
   * the event is rejected (schema, order, ended call, unknown rule); the
   * session is then unchanged.
   */
  handle(event: unknown): Decision;
  /** The call's state as small JSON, for `CompiledPolicy.restore`. */
  snapshot(): SessionSnapshot;
  /** True once the call is over; every later event is rejected. */
  readonly ended: boolean;
}

const NONE: readonly never[] = Object.freeze([]);
const ENDING: ReadonlySet<Action> = new Set<Action>(['end_call', 'block_caller']);
const DELIVERED = 'delivered by the agent';

/** @internal The session implementation; create one with `CompiledPolicy.open` or `restore`. */
export class CallSession implements Session {
  private readonly plan: PolicyPlan;
  private readonly start: CallStartedEvent;
  private readonly startMs: number;
  private nextSeq: number;
  private lastMs: number;
  private isEnded: boolean;
  // Per-call arrays are plain arrays, not typed arrays: a session is opened
  // per call, and allocating a typed array costs several times more than a
  // small plain one, which is as fast to read and write here.
  private readonly ladders: number[];
  private readonly windows: CountWindow[];
  private readonly ctx: EvalContext;
  /** Scratch: indices of the rules that fired on this event. */
  private readonly fired: number[];
  /** Scratch: the seq at which each duty key was last listed, to drop repeats. */
  private readonly listed: number[];
  /** Scratch: the time of the event being handled, from `readEvent`. */
  private readonly time: EventTime = { ms: 0, at: '' };

  constructor(plan: PolicyPlan, start: unknown, saved?: SessionSnapshot) {
    readEvent(start, this.time);
    if (start.type !== 'call_started') {
      throw new EventError('event/invalid', 'type', 'a call must open with a call_started event');
    }
    this.plan = plan;
    this.startMs = this.time.ms;
    // Copies, so later changes to the caller's objects cannot change the call.
    const call = { ...start.call };
    const at = this.time.at;
    this.start = Object.freeze(
      start.caller === undefined
        ? { type: 'call_started', at, call }
        : { type: 'call_started', at, call, caller: { ...start.caller } },
    );
    this.nextSeq = saved?.seq ?? 1;
    this.lastMs = this.startMs + (saved?.at ?? 0);
    this.isEnded = saved?.ended ?? false;
    this.ladders = saved === undefined ? plan.rules.map(() => 0) : [...saved.ladders];
    this.windows = plan.counts.map((c, i) => {
      const window = new CountWindow(c.times, c.withinMs);
      const times = saved?.counts[i];
      if (times !== undefined) window.load(this.startMs, times);
      return window;
    });
    const numbers = new Array<number>(NUMBER_SLOTS).fill(0);
    const texts = new Array<string>(TEXT_SLOTS).fill('');
    fillCallFields(numbers, texts, call, start.caller);
    this.ctx = {
      mask: 0,
      signals: {},
      numbers,
      texts,
      counted: new Array<number>(plan.counts.length).fill(0),
      windows: this.windows,
      now: this.startMs,
    };
    this.fired = new Array<number>(plan.rules.length).fill(0);
    this.listed = new Array<number>(plan.dutyKeys).fill(0);
  }

  get ended(): boolean {
    return this.isEnded;
  }

  handle(event: unknown): Decision {
    readEvent(event, this.time);
    const ms = this.time.ms;
    this.admit(event, ms);
    // Accepted: from here on nothing throws.
    this.lastMs = ms;
    const ref: EventRef = { seq: this.nextSeq++, at: this.time.at, type: event.type };
    const ctx = this.ctx;
    ctx.now = ms;
    ctx.mask = 0;
    ctx.numbers[CALL_DURATION] = ms - this.startMs;
    ctx.numbers[SILENCE_DURATION] = 0;
    let decision: Decision;
    switch (event.type) {
      case 'utterance': {
        const offset = SPEAKER_OFFSET[event.speaker];
        const thresholds = this.plan.thresholds;
        const signals = event.signals;
        let mask = this.plan.alwaysDetected << offset;
        for (const name in signals) {
          const i = behaviourIndex(name) ?? 0;
          if ((signals[name as keyof typeof signals] ?? 0) >= (thresholds[i] ?? 0)) mask |= 1 << (offset + i);
        }
        ctx.mask = mask;
        ctx.signals = signals;
        this.count(mask, ms);
        decision = this.decide(this.tryRules(this.plan.utteranceRules, mask), ref, false, undefined);
        break;
      }
      case 'silence':
        ctx.numbers[SILENCE_DURATION] = event.seconds * 1000;
        decision = this.lineEvent('silence', ref);
        break;
      case 'poor_line':
      case 'line_dropped':
        decision = this.lineEvent(event.type, ref);
        break;
      case 'agent_action':
        decision = this.agentAction(event.action, event.rule, ref);
        break;
      case 'call_ended':
        decision = this.plain('continue', true, ref);
        break;
      case 'call_started':
        throw new Error('unreachable: admit rejects call_started');
    }
    if (decision.ended) this.isEnded = true;
    return decision;
  }

  snapshot(): SessionSnapshot {
    return {
      v: 1,
      policy: this.plan.ref.hash,
      start: this.start,
      seq: this.nextSeq,
      at: this.lastMs - this.startMs,
      ended: this.isEnded,
      ladders: Array.from(this.ladders),
      counts: this.windows.map((w) => w.save(this.startMs, this.lastMs)),
    };
  }

  /** Every reason to reject an accepted-looking event, checked before any change. */
  private admit(event: CallEvent, ms: number): void {
    if (this.isEnded) throw new EventError('event/call-ended', '', `the call has ended; ${event.type} at ${event.at} is not accepted`);
    if (event.type === 'call_started') throw new EventError('event/already-started', 'type', 'the call has already started');
    if (ms < this.lastMs) {
      throw new EventError(
        'event/out-of-order',
        'at',
        `at ${event.at} is earlier than the previous event at ${new Date(this.lastMs).toISOString()}`,
      );
    }
    if (event.type === 'agent_action' && event.rule !== undefined && !this.plan.ruleIndex.has(event.rule)) {
      throw new EventError('event/unknown-rule', 'rule', `rule \`${event.rule}\` is not in policy ${this.plan.ref.name}`);
    }
  }

  /** Updates every count window: on each utterance, whether or not its rule is tried. */
  private count(mask: number, ms: number): void {
    const counts = this.plan.counts;
    const counted = this.ctx.counted;
    for (let i = 0; i < counts.length; i++) {
      counted[i] = (mask & (counts[i]?.mask ?? 0)) !== 0 && this.windows[i]?.detect(ms) === true ? 1 : 0;
    }
  }

  /** Tries `rules` in policy order, skipping those whose required detections are absent; returns how many fired. */
  private tryRules(rules: readonly RulePlan[], mask: number): number {
    const ctx = this.ctx;
    const fired = this.fired;
    let n = 0;
    for (const rule of rules) {
      if (rule.requires !== 0 && (rule.requires & mask) === 0) continue;
      if (rule.test(ctx)) fired[n++] = rule.index;
    }
    return n;
  }

  /** `line_dropped` ends the call whatever the rules say. */
  private lineEvent(type: 'line_dropped' | 'poor_line' | 'silence', ref: EventRef): Decision {
    this.count(0, this.ctx.now);
    return this.decide(this.tryRules(this.plan.lineRules[type], 0), ref, type === 'line_dropped', undefined);
  }

  private agentAction(action: Action, ruleId: string | undefined, ref: EventRef): Decision {
    const rule = ruleId === undefined ? undefined : this.plan.ruleIndex.get(ruleId);
    if (rule !== undefined && rule.ladder[this.ladders[rule.index] ?? 0]?.action === action) {
      this.fired[0] = rule.index;
      return this.decide(1, ref, false, DELIVERED);
    }
    return this.plain(action, ENDING.has(action), ref);
  }

  /**
   * The decision for the `n` rules in `fired`: the most severe current step
   * wins (ties to the first); every fired rule's ladder moves on.
   */
  private decide(n: number, ref: EventRef, ends: boolean, why: string | undefined): Decision {
    if (n === 0) return this.plain('continue', ends, ref);
    const rules = this.plan.rules;
    const ladders = this.ladders;
    const matched: Match[] = [];
    let winner: RulePlan | undefined;
    let step: StepPlan | undefined;
    for (let j = 0; j < n; j++) {
      const rule = rules[this.fired[j] ?? 0];
      if (rule === undefined) continue;
      const pos = ladders[rule.index] ?? 0;
      const taken = rule.ladder[pos];
      if (taken === undefined) continue;
      if (step === undefined || taken.severity > step.severity) {
        winner = rule;
        step = taken;
      }
      matched.push({ rule: rule.id, action: taken.action, step: taken.ref, why: why ?? rule.why(this.ctx) });
      if (pos + 1 < rule.ladder.length) ladders[rule.index] = pos + 1;
    }
    if (winner === undefined || step === undefined) return this.plain('continue', ends, ref);
    // Keys in the order of `Decision`; optional ones only when the step has them.
    const d: Record<string, unknown> = { action: step.action, rule: winner.ref, step: step.ref };
    if (step.script !== undefined) d['script'] = step.script;
    if (step.to !== undefined) d['to'] = step.to;
    if (step.approvedBy !== undefined) d['approved_by'] = step.approvedBy;
    if (step.forMs !== undefined) d['for_ms'] = step.forMs;
    if (step.withinMs !== undefined) d['within_ms'] = step.withinMs;
    d['duties'] = this.duties(n, ref);
    d['matched'] = matched;
    d['ended'] = ends || step.ends;
    d['policy'] = this.plan.ref;
    d['event'] = ref;
    return d as unknown as Decision;
  }

  /** The union of the fired rules' duties in policy order, repeats dropped, deadlines made due. */
  private duties(n: number, ref: EventRef): readonly Duty[] {
    const rules = this.plan.rules;
    const single = n === 1 ? rules[this.fired[0] ?? 0]?.fixedDuties : undefined;
    if (single !== undefined) return single;
    const listed = this.listed;
    const out: Duty[] = [];
    for (let j = 0; j < n; j++) {
      const rule = rules[this.fired[j] ?? 0];
      if (rule === undefined) continue;
      for (const duty of rule.duties) {
        if (listed[duty.key] === ref.seq) continue;
        listed[duty.key] = ref.seq;
        out.push(
          duty.fixed ??
            dueDuty(duty.template, duty.withinMs ?? 0, isoAt(this.lastMs + (duty.withinMs ?? 0))),
        );
      }
    }
    return out;
  }

  private plain(action: Action, ended: boolean, ref: EventRef): Decision {
    return { action, duties: NONE, matched: NONE, ended, policy: this.plan.ref, event: ref };
  }
}
