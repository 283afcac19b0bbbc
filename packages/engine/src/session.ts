/**
 * One call under one compiled policy: takes each event, returns a decision.
 * Every check that can reject an event runs before any state changes, so a
 * rejected event leaves the session exactly as it was.
 */
import { ENDING_ACTIONS } from '@callguard/dsl/ir';
import type { Action, Channel } from '@callguard/dsl';
import { callerFacts } from './caller-facts.js';
import { CountWindow } from './count-window.js';
import type { Decision, Duty, EventRef, Match, ScriptRef, ScriptSetRef } from '@callguard/contract';
import { CALL_DURATION, CUSTOMER_SPOKEN, fillCallFields, SILENCE_DURATION, TALK_TIME_TODAY } from './compile/fields.js';
import type { Dispatch, DutyPlan, EvalContext, PolicyPlan, RulePlan, StepPlan } from './compile/plan.js';
import { makeDecision } from './decision.js';
import type { Winner } from './decision.js';
import { fillScripts } from './placeholder-values.js';
import { EventError } from './events/error.js';
import type { CallEvent, CallInfo, CallerInfo, CallStartedEvent, SessionSnapshot, UtteranceEvent } from '@callguard/contract';
import { readEvent } from './events/validate.js';
import type { EventTime } from './events/validate.js';
import { SeenEvents } from './seen-events.js';
import { signSnapshot, type SnapshotKey } from './snapshot-mac.js';

/** A call in progress. */
export interface Session {
  /**
   * The decision for the `call_started` event itself (seq 0): what the
   * `on call_started` rules say before the call is connected, e.g. a
   * message to play for a restricted caller. `continue` when none fires.
   */
  readonly opening: Decision;
  /**
   * Handles the next event and returns its decision. Throws `EventError` when
   * the event is rejected (schema, order, ended call, unknown rule); the
   * session is then unchanged. An event with an `id` the session has handled
   * gets the decision it got then, and changes nothing (docs/semantics.md,
   * "Duplicates").
   */
  handle(event: unknown): Decision;
  /**
   * The call's state as small JSON, for `CompiledPolicy.restore`; signed
   * with `options.key` when given, so that `restore` can refuse an edited one.
   */
  snapshot(options?: { readonly key?: SnapshotKey }): SessionSnapshot;
  /**
   * An independent copy of the call as it is now: it decides every later
   * event exactly as `restore(snapshot())` would, without the snapshot's
   * checks or a new start. Events handed to one do not reach the other.
   */
  clone(): Session;
  /** True once the call is over; every later event is rejected. */
  readonly ended: boolean;
}

const NONE: readonly never[] = Object.freeze([]);
const ENDING: ReadonlySet<Action> = new Set<Action>(ENDING_ACTIONS);
const DELIVERED = 'delivered by the agent';
const CONFIRMED = 'confirmed by the agent';

/** @internal The session implementation; create one with `CompiledPolicy.open` or `restore`. */
export class CallSession implements Session {
  private readonly plan: PolicyPlan;
  private readonly start: CallStartedEvent;
  private readonly startMs: number;
  private readonly channel: Channel;
  /** The rules each event tries on this call's channel. */
  private readonly rules: Dispatch;
  /** `call.staff`, when given: who can approve. */
  private readonly staff: readonly string[] | undefined;
  /** `caller.talk_time_today` at the start of the call, in ms. */
  private readonly talkTimeMs: number;
  private nextSeq: number;
  private lastMs: number;
  private isEnded: boolean;
  /** The last customer request label, when the policy reads `repeated_request`. */
  private lastRequest: string | undefined;
  private openingDecision: Decision | undefined;
  /** The ids of the latest accepted events that had one, with their decisions. */
  private readonly seen = new SeenEvents();
  // Per-call arrays are plain arrays, not typed arrays: a session is opened
  // per call, and allocating a typed array costs several times more than a
  // small plain one, which is as fast to read and write here. Most start as
  // a copy of the plan's `fresh` arrays, the cheapest way to make one.
  /**
   * Per rule: how many steps it has taken, capped at its ladder's length.
   * Its current step is `min(taken, length - 1)`, the last it took
   * `taken - 1`; `length` means the last step has been taken (it repeats).
   */
  private readonly ladders: number[];
  /** Per rule, when it last took a step (epoch ms; the start before it has taken one); empty unless the policy has timed steps. */
  private readonly movedAt: number[];
  private readonly windows: CountWindow[];
  private readonly ctx: EvalContext;
  /** Scratch: the rules that fired on this event, in policy order (written before read, so it starts empty). */
  private readonly fired: RulePlan[] = [];
  /** Scratch: the seq at which each duty key was last listed, to drop repeats (one array per list). */
  private readonly listed: number[];
  private readonly listedRequired: number[];
  /** The policy's scripts with placeholders, filled for this call (by template index). */
  private readonly scripts: readonly ScriptRef[];
  /** Per step with a choice of scripts (`SetPlan.slot`): a bit for each of its scripts the agent has used. */
  private readonly used: number[];
  /** Scratch: the time of the event being handled, from `readEvent`. */
  private readonly time: EventTime = { ms: 0, at: '' };

  constructor(plan: PolicyPlan, start: unknown, saved?: SessionSnapshot, copyOf?: CallSession) {
    if (copyOf !== undefined) {
      // A clone shares what never changes after the start (the frozen start event, its facts, the opening) and copies the rest.
      this.plan = copyOf.plan;
      this.start = copyOf.start;
      this.startMs = copyOf.startMs;
      this.channel = copyOf.channel;
      this.rules = copyOf.rules;
      this.staff = copyOf.staff;
      this.talkTimeMs = copyOf.talkTimeMs;
      this.nextSeq = copyOf.nextSeq;
      this.lastMs = copyOf.lastMs;
      this.isEnded = copyOf.isEnded;
      this.lastRequest = copyOf.lastRequest;
      this.openingDecision = copyOf.openingDecision;
      this.ladders = copyOf.ladders.slice();
      this.movedAt = copyOf.movedAt.slice();
      this.windows = copyOf.windows.map((w) => w.clone());
      const ctx = copyOf.ctx;
      this.ctx = { mask: 0, signals: {}, repeated: 0, numbers: ctx.numbers.slice(), texts: ctx.texts.slice(), counted: ctx.counted.slice(), windows: this.windows, now: ctx.now };
      this.listed = copyOf.listed.slice();
      this.listedRequired = copyOf.listedRequired.slice();
      this.scripts = copyOf.scripts;
      this.used = copyOf.used.slice();
      return;
    }
    readEvent(start, this.time);
    if (start.type !== 'call_started') {
      throw new EventError('event/invalid', 'type', 'a call must open with a call_started event');
    }
    this.plan = plan;
    this.startMs = this.time.ms;
    const facts = callerFacts(start.caller, this.startMs, plan.recordExpiry);
    const call = copyCall(start.call);
    const at = this.time.at;
    const id = start.id === undefined ? {} : { id: start.id };
    this.start = Object.freeze(
      start.caller === undefined
        ? { type: 'call_started', ...id, at, call }
        : { type: 'call_started', ...id, at, call, caller: copyCaller(start.caller) },
    );
    this.channel = call.channel ?? 'phone';
    this.rules = plan.dispatch[this.channel];
    this.staff = call.staff;
    this.talkTimeMs = facts.talkTimeMs;
    this.nextSeq = 1;
    this.lastMs = this.startMs;
    this.isEnded = false;
    this.lastRequest = undefined;
    const fresh = plan.fresh;
    this.ladders = fresh.ladders.slice();
    this.movedAt = plan.timed ? this.ladders.map(() => this.startMs) : [];
    this.windows = [];
    for (const c of plan.counts) this.windows.push(new CountWindow(c.times, c.withinMs));
    const numbers = fresh.numbers.slice();
    const texts = fresh.texts.slice();
    fillCallFields(numbers, texts, call, start.caller, facts, plan.keyedFields);
    this.ctx = {
      mask: 0,
      signals: {},
      repeated: 0,
      numbers,
      texts,
      counted: fresh.counted.slice(),
      windows: this.windows,
      now: this.startMs,
    };
    this.listed = fresh.listed.slice();
    this.listedRequired = fresh.listed.slice();
    this.scripts = plan.templates.length === 0 ? NONE : fillScripts(plan.templates, plan.placeholders, call, start.caller);
    this.used = fresh.used.slice();
    // The opening is a function of the start alone: a restored call works it
    // out again, then takes the ladders and the rest from the snapshot.
    if (this.rules.call_started.length > 0) {
      this.openingDecision = this.decide(this.tryRules(this.rules.call_started, 0), this.ref(0, this.start.at, 'call_started'), false, undefined);
      this.isEnded = this.openingDecision.ended;
    }
    if (start.id !== undefined) this.seen.remember(start.id, this.opening);
    if (saved !== undefined) this.load(saved);
  }

  get ended(): boolean {
    return this.isEnded;
  }

  get opening(): Decision {
    this.openingDecision ??= this.plain('continue', false, this.ref(0, this.start.at, 'call_started'));
    return this.openingDecision;
  }

  handle(event: unknown): Decision {
    readEvent(event, this.time);
    // Read once: events come in many shapes, which makes every read of `type` a slow, generic lookup.
    const { type } = event;
    const ms = this.time.ms;
    const id = event.id;
    if (id !== undefined) {
      const again = this.seen.replay(id, type, ms);
      if (again !== undefined) return again;
    }
    this.admit(event, ms);
    // An utterance's detections, worked out before anything changes: a name the policy does not know rejects it.
    let mask = type === 'utterance' ? this.detect(event) : 0;
    // Accepted: from here on nothing throws.
    this.lastMs = ms;
    const ref = this.ref(this.nextSeq++, this.time.at, type);
    const ctx = this.ctx;
    ctx.now = ms;
    ctx.mask = 0;
    ctx.repeated = 0;
    ctx.numbers[CALL_DURATION] = ms - this.startMs;
    ctx.numbers[SILENCE_DURATION] = 0;
    if (this.plan.readsTalkTime) ctx.numbers[TALK_TIME_TODAY] = this.talkTimeMs + ms - this.startMs;
    let decision: Decision;
    switch (type) {
      case 'utterance': {
        if (event.speaker === 'customer') ctx.numbers[CUSTOMER_SPOKEN] = 1;
        const signals = event.signals;
        if (this.plan.tracksRequests && event.speaker === 'customer' && event.request !== undefined) {
          if (event.request === this.lastRequest) {
            ctx.repeated = 1;
            mask |= this.plan.repeatedRequestBit;
          }
          this.lastRequest = event.request;
        }
        ctx.mask = mask;
        ctx.signals = signals;
        this.count(mask, ms);
        decision = this.decide(this.tryRules(this.rules.utterance, mask), ref, false, undefined);
        break;
      }
      case 'silence':
        ctx.numbers[SILENCE_DURATION] = event.seconds * 1000;
        decision = this.quiet(this.rules.silence, ref, false);
        break;
      case 'poor_line':
        decision = this.quiet(this.rules.poor_line, ref, false);
        break;
      case 'line_dropped':
        decision = this.quiet(this.rules.line_dropped, ref, true);
        break;
      case 'tick':
        decision = this.quiet(this.rules.tick, ref, false);
        break;
      case 'agent_action':
        decision = this.agentAction(event.action, event.rule, event.script, ref);
        break;
      case 'call_ended':
        decision = this.plain('continue', true, ref);
        break;
      case 'call_started':
        throw new Error('unreachable: admit rejects call_started');
    }
    if (decision.ended) this.isEnded = true;
    if (id !== undefined) this.seen.remember(id, decision);
    return decision;
  }

  clone(): Session {
    return new CallSession(this.plan, this.start, undefined, this);
  }

  snapshot(options: { readonly key?: SnapshotKey } = {}): SessionSnapshot {
    const state: SessionSnapshot = {
      v: 1,
      policy: this.plan.ref.hash,
      start: this.start,
      seq: this.nextSeq,
      at: this.lastMs - this.startMs,
      ended: this.isEnded,
      ladders: Array.from(this.ladders),
      counts: this.windows.map((w) => w.save(this.startMs, this.lastMs)),
    };
    const spoken = this.plan.readsSpoken && this.ctx.numbers[CUSTOMER_SPOKEN] === 1;
    const full = {
      ...state,
      ...(this.lastRequest !== undefined && { request: this.lastRequest }),
      ...(spoken && { spoken: true as const }),
      ...(this.used.length > 0 && { script_sets: this.used.slice() }),
      ...this.seen.save(this.startMs),
      ...(this.plan.timed && { moved: this.movedAt.map((ms) => ms - this.startMs) }),
    };
    return options.key === undefined ? full : signSnapshot(full, options.key);
  }

  /** Takes a snapshot's state over the fresh call's. */
  private load(saved: SessionSnapshot): void {
    this.nextSeq = saved.seq;
    this.lastMs = this.startMs + saved.at;
    this.isEnded = saved.ended;
    this.lastRequest = saved.request;
    this.ctx.numbers[CUSTOMER_SPOKEN] = saved.spoken === true ? 1 : 0;
    saved.ladders.forEach((taken, i) => {
      this.ladders[i] = taken;
    });
    saved.counts.forEach((times, i) => this.windows[i]?.load(this.startMs, times));
    saved.script_sets?.forEach((bits, i) => {
      if (i < this.used.length) this.used[i] = bits;
    });
    saved.moved?.forEach((ms, i) => {
      if (i < this.movedAt.length) this.movedAt[i] = this.startMs + ms;
    });
    this.seen.load(this.startMs, saved.seen, saved.forgotten);
  }

  private ref(seq: number, at: string, type: EventRef['type']): EventRef {
    return { seq, at, type, channel: this.channel };
  }

  /** Every reason to reject an accepted-looking event, checked before any change. */
  private admit(event: CallEvent, ms: number): void {
    const { type } = event;
    if (this.isEnded) throw new EventError('event/call-ended', '', `the call has ended; ${type} at ${event.at} is not accepted`);
    if (type === 'call_started') throw new EventError('event/already-started', 'type', 'the call has already started');
    if (ms < this.lastMs) {
      throw new EventError(
        'event/out-of-order',
        'at',
        `at ${event.at} is earlier than the previous event at ${new Date(this.lastMs).toISOString()}`,
      );
    }
    if (event.id !== undefined && this.seen.mayBeForgotten(ms)) {
      throw new EventError(
        'event/out-of-order',
        'at',
        `at ${event.at} is not later than the events whose ids this session no longer remembers; it may be one of them delivered again`,
      );
    }
    if (type === 'agent_action' && event.rule !== undefined && !this.plan.ruleIndex.has(event.rule)) {
      throw new EventError('event/unknown-rule', 'rule', `rule \`${event.rule}\` is not in policy ${this.plan.ref.name}`);
    }
    if (type === 'agent_action' && event.script !== undefined && !this.plan.scripts.has(event.script)) {
      throw new EventError('event/unknown-script', 'script', `script \`${event.script}\` is not in policy ${this.plan.ref.name}`);
    }
  }

  /**
   * The detection bits of an utterance: each signal the policy's conditions
   * read for this speaker, at or above its threshold, and those whose
   * threshold is 0. Throws `event/unknown-behaviour` for a name the policy
   * neither builds in nor declares.
   */
  private detect(event: UtteranceEvent): number {
    const plan = this.plan;
    // Not a lookup by `event.speaker`: a lookup by a varying key costs more than the test.
    const customer = event.speaker === 'customer';
    const bits = customer ? plan.customerBits : plan.agentBits;
    const thresholds = plan.thresholdOfBit;
    const signals = event.signals;
    let mask = customer ? plan.alwaysCustomer : plan.alwaysAgent;
    for (const name in signals) {
      const at = bits.get(name);
      if (at === undefined) {
        if (!plan.signalNames.has(name)) {
          throw new EventError(
            'event/unknown-behaviour',
            `signals.${name}`,
            `\`${name}\` is not a built-in behaviour and policy ${plan.ref.name} does not declare it`,
          );
        }
      } else if ((signals[name] ?? 0) >= (thresholds[at] ?? 0)) mask |= 1 << at;
    }
    return mask;
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
      if (rule.test(ctx) && (!rule.timed || this.due(rule))) fired[n++] = rule;
    }
    return n;
  }

  /** Whether the rule's current step is due: it waits for nothing, or its `after` has passed since the rule last took a step. */
  private due(rule: RulePlan): boolean {
    const done = this.ladders[rule.index] ?? 0;
    // A rule held by a choice of scripts takes the step it took again: nothing new is due.
    if (rule.holds && this.holding(rule, done)) return true;
    const wait = rule.ladder[Math.min(done, rule.ladder.length - 1)]?.afterMs;
    return wait === undefined || this.ctx.now - (this.movedAt[rule.index] ?? this.startMs) >= wait;
  }

  /** An event with no words (line events, ticks): no detections, no count moves; `line_dropped` ends the call. */
  private quiet(rules: readonly RulePlan[], ref: EventRef, ends: boolean): Decision {
    this.count(0, this.ctx.now);
    return this.decide(this.tryRules(rules, 0), ref, ends, undefined);
  }

  /**
   * An action the named rule's last taken step allows (itself or an
   * alternative) confirms that step: nothing moves and nothing new is owed.
   * Else one its current step allows is taken as delivered. Anything else is
   * recorded as not prescribed. With `script`, a step allows the action only
   * when it says that script, and a choice of scripts counts it as used.
   */
  private agentAction(action: Action, ruleId: string | undefined, script: string | undefined, ref: EventRef): Decision {
    const rule = ruleId === undefined ? undefined : this.plan.ruleIndex.get(ruleId);
    if (rule === undefined) return this.plain(action, ENDING.has(action), ref, script);
    const taken = this.ladders[rule.index] ?? 0;
    const last = taken > 0 ? rule.ladder[taken - 1] : undefined;
    const confirmed = last === undefined ? undefined : choose(last, action, script);
    if (last !== undefined && confirmed !== undefined) {
      this.use(confirmed, script);
      return this.confirm(rule, last, confirmed, ref, script);
    }
    const delivered = choose(this.current(rule, taken), action, script);
    if (delivered !== undefined) {
      this.use(delivered, script);
      this.fired[0] = rule;
      return this.decide(1, ref, false, DELIVERED, delivered, script);
    }
    return this.plain(action, ENDING.has(action), ref, script);
  }

  /**
   * The step `rule` takes next, having taken `taken` steps: the last one
   * taken again while it holds (a choice of scripts not yet met), else the
   * next, the last step repeating.
   */
  private current(rule: RulePlan, taken: number): StepPlan | undefined {
    const length = rule.ladder.length;
    if (rule.holds && this.holding(rule, taken)) return rule.ladder[taken - 1];
    return rule.ladder[taken < length ? taken : length - 1];
  }

  /** Whether the last step `rule` took is a choice of scripts the agent has not yet met. */
  private holding(rule: RulePlan, taken: number): boolean {
    const set = taken > 0 ? rule.ladder[taken - 1]?.set : undefined;
    return set !== undefined && bitCount(this.used[set.slot] ?? 0) < set.atLeast;
  }

  /** Counts `script` as used when `step` has a choice of scripts that lists it. */
  private use(step: StepPlan, script: string | undefined): void {
    const set = step.set;
    if (set === undefined || script === undefined) return;
    this.used[set.slot] = (this.used[set.slot] ?? 0) | (1 << set.names.indexOf(script));
  }

  /** The agent did `chosen`: the step `last` that `rule` took last, or one of its alternatives. No ladder moves, no duty is owed again. */
  private confirm(rule: RulePlan, last: StepPlan, chosen: StepPlan, ref: EventRef, said: string | undefined): Decision {
    const matched = [{ rule: rule.id, action: chosen.action, step: chosen.ref, why: CONFIRMED }];
    const allowed = this.plan.allowedFor(last.allowed);
    return makeDecision(chosen.action, this.winner(rule, chosen, said), this.staff, allowed, NONE, NONE, matched, chosen.ends, this.plan.ref, ref);
  }

  /**
   * The rule and step a decision follows, with the script to say: the one
   * the agent named, else the step's, else the first of its choice not yet
   * used; and the choice with what was used.
   */
  private winner(rule: RulePlan, step: StepPlan, said: string | undefined): Winner {
    const set = step.set;
    if (set === undefined) return { rule: rule.ref, step, script: said === undefined ? this.scriptOf(step) : this.named(said) };
    const used = this.used[set.slot] ?? 0;
    let next = said === undefined ? -1 : set.names.indexOf(said);
    for (let i = 0; next < 0 && i < set.names.length; i++) if ((used & (1 << i)) === 0) next = i;
    const fill = (i: number): ScriptRef | undefined => ((set.fills[i] ?? -1) < 0 ? set.scripts[i] : this.scripts[set.fills[i]!]);
    const scriptSet: ScriptSetRef = {
      at_least: set.atLeast,
      scripts: set.scripts.map((_, i) => fill(i)!),
      used: set.names.filter((_, i) => (used & (1 << i)) !== 0),
    };
    // All used: the step is met, and the first of its choice is shown.
    return { rule: rule.ref, step, script: fill(next < 0 ? 0 : next), scriptSet };
  }

  /** The policy's script `name` as this call says it (`admit` checked that the policy has it). */
  private named(name: string): ScriptRef | undefined {
    const entry = this.plan.scripts.get(name);
    return entry === undefined ? undefined : entry.fill < 0 ? entry.ref : this.scripts[entry.fill];
  }

  /**
   * The decision for the `n` rules in `fired`: the most severe current step
   * wins (ties to the first); every fired rule's ladder moves on, unless a
   * choice of scripts not yet met holds it, and on again past each
   * following step written `at once`, which is taken too. `delivered` is
   * the step an agent took instead of the rule's current one, `said` the
   * script they named.
   */
  private decide(n: number, ref: EventRef, ends: boolean, why: string | undefined, delivered?: StepPlan, said?: string): Decision {
    if (n === 0) return this.plain('continue', ends, ref);
    const ladders = this.ladders;
    const matched: Match[] = [];
    let winner: RulePlan | undefined;
    let step: StepPlan | undefined;
    let allowed = 0;
    for (let j = 0; j < n; j++) {
      const rule = this.fired[j];
      if (rule === undefined) continue;
      let done = ladders[rule.index] ?? 0;
      const length = rule.ladder.length;
      // A choice of scripts not yet met holds the ladder on it.
      const held = rule.holds && this.holding(rule, done);
      const current = rule.ladder[held ? done - 1 : done < length ? done : length - 1];
      if (current === undefined) continue;
      const taken = delivered ?? current;
      allowed |= current.allowed;
      if (step === undefined || taken.severity > step.severity) {
        winner = rule;
        step = taken;
      }
      const because = why ?? rule.why(this.ctx);
      matched.push({ rule: rule.id, action: taken.action, step: taken.ref, why: because });
      if (!held && done < length) ladders[rule.index] = done + 1;
      if (held || !rule.timed) continue;
      this.movedAt[rule.index] = this.ctx.now;
      // A choice of scripts may hold the ladder on this step: nothing follows it at once.
      if (taken.set !== undefined) continue;
      for (let next = rule.ladder[done + 1]; next?.atOnce === true && done + 1 < length; next = rule.ladder[done + 1]) {
        done++;
        allowed |= next.allowed;
        if (next.severity > step.severity) {
          winner = rule;
          step = next;
        }
        matched.push({ rule: rule.id, action: next.action, step: next.ref, why: because });
        ladders[rule.index] = done + 1;
      }
    }
    if (winner === undefined || step === undefined) return this.plain('continue', ends, ref);
    const required = this.collect(n, ref, true);
    const duties = this.collect(n, ref, false);
    // The script the agent named belongs to the step they delivered, not to one that followed it at once.
    const won = this.winner(winner, step, delivered === undefined || step === delivered ? said : undefined);
    return makeDecision(step.action, won, this.staff, this.plan.allowedFor(allowed), required, duties, matched, ends || step.ends, this.plan.ref, ref);
  }

  /**
   * The union of the fired rules' `must` (`required`) or `duties`, in policy
   * order, repeats dropped, deadlines made due and categories filled in.
   */
  private collect(n: number, ref: EventRef, required: boolean): readonly Duty[] {
    if (n === 1) {
      const only = this.fired[0];
      const fixed = required ? only?.fixedMust : only?.fixedDuties;
      if (fixed !== undefined) return fixed;
    }
    const listed = required ? this.listedRequired : this.listed;
    let out: Duty[] | undefined;
    for (let j = 0; j < n; j++) {
      const rule = this.fired[j];
      if (rule === undefined) continue;
      const list: readonly DutyPlan[] = required ? rule.must : rule.duties;
      if (list.length === 0) continue;
      const category = this.category(rule);
      for (const duty of list) {
        const key = duty.categorised ? duty.key + 1 + category : duty.key;
        if (listed[key] === ref.seq) continue;
        listed[key] = ref.seq;
        (out ??= []).push(duty.fixed ?? duty.make(this.lastMs, category));
      }
    }
    return out ?? NONE;
  }

  /**
   * The vocabulary index a `record_*` duty of `rule` is about on this event:
   * the first behaviour its condition reads that was detected (bits are in
   * vocabulary order, so the lowest); -1 for none.
   */
  private category(rule: RulePlan): number {
    const m = this.ctx.mask & rule.categories;
    return m === 0 ? -1 : (this.plan.behaviourOfBit[31 - Math.clz32(m & -m)] ?? -1);
  }

  /** The step's script as this call says it. */
  private scriptOf(step: StepPlan): ScriptRef | undefined {
    return step.fill < 0 ? step.script : this.scripts[step.fill];
  }

  /** A decision no rule made: `continue`, or what the agent did unprompted. */
  private plain(action: Action, ended: boolean, ref: EventRef, said?: string): Decision {
    const script = said === undefined ? undefined : this.named(said);
    return makeDecision(action, undefined, undefined, this.plan.baselineAllowed, NONE, NONE, NONE, ended, this.plan.ref, ref, script);
  }
}

/**
 * `step` itself when its action is `action`, else its alternative with that
 * action, if any (a menu is only its choices); with `script`, only one
 * that says it (a step naming no script takes any).
 */
function choose(step: StepPlan | undefined, action: Action, script: string | undefined): StepPlan | undefined {
  // A menu's own `continue` is none of its choices.
  const chosen = step === undefined || (step.action === action && step.offered === undefined) ? step : step.alternatives.find((a) => a.action === action);
  if (chosen === undefined || script === undefined) return chosen;
  if (chosen.set !== undefined) return chosen.set.names.includes(script) ? chosen : undefined;
  return chosen.script === undefined || chosen.script.name === script ? chosen : undefined;
}

/** The number of bits set: the scripts of a choice used. */
function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}

/** A copy of the call, so later changes to the caller's objects cannot change it. */
function copyCall(call: CallInfo): CallInfo {
  const copy: { -readonly [K in keyof CallInfo]: CallInfo[K] } = { ...call };
  if (call.staff !== undefined) copy.staff = [...call.staff];
  if (call.placeholders !== undefined) copy.placeholders = { ...call.placeholders };
  return copy;
}

function copyCaller(caller: CallerInfo): CallerInfo {
  const copy: { -readonly [K in keyof CallerInfo]: CallerInfo[K] } = { ...caller };
  if (caller.records !== undefined) copy.records = caller.records.map((r) => ({ ...r }));
  if (caller.restrictions !== undefined) copy.restrictions = caller.restrictions.map((r) => ({ ...r }));
  if (caller.placeholders !== undefined) copy.placeholders = { ...caller.placeholders };
  return copy;
}
