// examples/policies/warn-then-end.policy (acme-standard) written by hand, as
// a competent engineer would without CallGuard: the rules as `if`s, state as
// a few fields, decision parts shared. It returns the same decisions as the
// engine (the benchmark checks that), so the comparison is like for like.
// Like the engine it checks order and the end of the call; unlike the engine
// it does not validate events against the schema, nor reject an unknown rule
// or a second call_started (the workload sends none), which makes it the
// harder bar to meet.

const T_DEFAULT = 0.7;
const T_THREAT = 0.8;
const TEN_MINUTES = 600_000;
const TWENTY_MINUTES = 1_200_000;
const DAY = 86_400_000;

const warnAbuse = Object.freeze({
  name: 'warn_abuse',
  text: "I want to help, and I can't continue while this language goes on. If it continues I will end our call.",
});
const finalNotice = Object.freeze({ name: 'final_notice', text: "I'm ending our call now. We'll follow up with you by email today." });
const apology = Object.freeze({
  name: 'apology',
  text: "We're sorry our call had to end earlier. Here is how we'll resolve your issue: a specialist will call you back.",
});

const ABUSE = Object.freeze({ id: 'abuse', title: 'Abusive language: two warnings, a supervisor, then the call may end' });
const RUDENESS = Object.freeze({ id: 'rudeness', title: 'Rudeness alone never ends a call' });
const STUCK = Object.freeze({ id: 'stuck', title: 'No progress after fair warning' });
const HARASSER = Object.freeze({ id: 'repeat_harasser', title: 'Repeated harassment over weeks' });
const PEAK = Object.freeze({ id: 'peak', title: 'Long calls at peak hours get a reminder, never an end' });
const LINE = Object.freeze({ id: 'line_dropped', title: 'line_dropped' });

const step = (n, of) => Object.freeze({ n, of });
// Severities as in the language: continue 0, remind 1, announce 2, deescalate 3, warn 4, route 5,
// escalate 6, refuse 7, end_call 8, block_caller 9, callback 10.
// [action, severity, step, script, extra decision fields]
const ABUSE_LADDER = [
  ['warn', 4, step(1, 4), warnAbuse, undefined],
  ['warn', 4, step(2, 4), warnAbuse, undefined],
  ['escalate', 6, step(3, 4), undefined, { to: 'supervisor' }],
  ['end_call', 8, step(4, 4), finalNotice, undefined],
];
const STUCK_LADDER = [
  ['warn', 4, step(1, 2), warnAbuse, undefined],
  ['end_call', 8, step(2, 2), finalNotice, undefined],
];
const RUDENESS_STEP = ['deescalate', 3, step(1, 1), undefined, undefined];
const HARASSER_STEP = ['block_caller', 9, step(1, 1), undefined, { approved_by: Object.freeze(['supervisor']), for_ms: 90 * DAY }];
const PEAK_STEP = ['remind', 1, step(1, 1), undefined, undefined];
const LINE_STEP = ['callback', 10, step(1, 1), undefined, Object.freeze({ within_ms: TEN_MINUTES })];

// `allowed`: what the agent may always do, plus the steps that fired, by severity; one shared list per set.
const BY_SEVERITY = ['continue', 'remind', 'announce', 'deescalate', 'warn', 'route', 'escalate', 'refuse', 'end_call', 'block_caller', 'callback'];
const BASELINE = (1 << 0) | (1 << 1) | (1 << 3) | (1 << 6);
const allowedLists = [];
function allowedFor(bits) {
  const all = bits | BASELINE;
  return (allowedLists[all] ??= Object.freeze(BY_SEVERITY.filter((_, i) => (all & (1 << i)) !== 0)));
}

const documentBy = (rule) => Object.freeze({ kind: 'document', rule });
const DOC_ABUSE = documentBy('abuse');
const DEBRIEF_ABUSE = Object.freeze({ kind: 'debrief', rule: 'abuse', subject: 'agent' });
const DOC_STUCK = documentBy('stuck');
const DOC_HARASSER = documentBy('repeat_harasser');
const NOTIFY_HARASSER = Object.freeze({ kind: 'notify', rule: 'repeat_harasser', target: 'supervisor' });
const DOC_LINE = documentBy('line_dropped');
const NO_DUTIES = Object.freeze([]);
const NONE = Object.freeze([]);

const abuseDuties = (ms) => [
  DOC_ABUSE,
  { kind: 'follow_up', rule: 'abuse', script: apology, within_ms: DAY, due: new Date(ms + DAY).toISOString() },
  DEBRIEF_ABUSE,
];

const ABUSIVE = [['profanity', T_DEFAULT], ['slur', T_DEFAULT], ['hate_speech', T_DEFAULT], ['sexual_harassment', T_DEFAULT], ['threat', T_THREAT]];

/** Why an utterance known to be abusive is: its first abusive behaviour, in words. */
function abusiveWhy(s) {
  for (const [b, t] of ABUSIVE) {
    const c = s[b] ?? 0;
    if (c >= t) return `customer abusive: ${b} ${c.toFixed(2)} ≥ ${t.toFixed(2)}`;
  }
  return '';
}

// Rules with one step that an agent_action can confirm: [rule, step, duties].
const SINGLE_STEP = new Map([
  ['rudeness', [RUDENESS, RUDENESS_STEP, NO_DUTIES]],
  ['repeat_harasser', [HARASSER, HARASSER_STEP, Object.freeze([DOC_HARASSER, NOTIFY_HARASSER])]],
  ['peak', [PEAK, PEAK_STEP, NO_DUTIES]],
  ['line_dropped', [LINE, LINE_STEP, Object.freeze([DOC_LINE])]],
]);

class RejectedEvent extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
}

/** One call under acme-standard; `policyRef` is `{name, version, hash}`. */
export class HandwrittenCall {
  constructor(start, policyRef) {
    this.policy = policyRef;
    this.channel = start.call.channel ?? 'phone';
    this.startMs = Date.parse(start.at);
    this.lastMs = this.startMs;
    this.peakHours = start.call.peak_hours === true;
    this.incidents = start.caller?.incidents_30d ?? 0;
    this.seq = 0;
    this.ended = false;
    this.abusePos = 0;
    this.stuckPos = 0;
    this.uncooperative = []; // detection times within the last 10 minutes
  }

  handle(e) {
    const ms = Date.parse(e.at);
    if (ms < this.lastMs) throw new RejectedEvent('event/out-of-order');
    if (this.ended) throw new RejectedEvent('event/call-ended');
    this.lastMs = ms;
    const ref = { seq: ++this.seq, at: new Date(ms).toISOString(), type: e.type, channel: this.channel };
    switch (e.type) {
      case 'utterance':
        return this.utterance(e, ms, ref);
      case 'line_dropped':
        this.ended = true;
        return this.decision('callback', LINE, LINE_STEP[2], undefined, LINE_STEP[4], [DOC_LINE], [
          { rule: 'line_dropped', action: 'callback', step: LINE_STEP[2], why: 'line_dropped' },
        ], true, ref, 1 << LINE_STEP[1]);
      case 'agent_action':
        return this.agentAction(e, ms, ref);
      case 'call_ended':
        this.ended = true;
        return this.decision('continue', undefined, undefined, undefined, undefined, NO_DUTIES, NONE, true, ref);
      default:
        return this.decision('continue', undefined, undefined, undefined, undefined, NO_DUTIES, NONE, false, ref);
    }
  }

  utterance(e, ms, ref) {
    const s = e.signals;
    const customer = e.speaker === 'customer';
    const abusive =
      customer &&
      ((s.profanity ?? 0) >= T_DEFAULT ||
        (s.slur ?? 0) >= T_DEFAULT ||
        (s.hate_speech ?? 0) >= T_DEFAULT ||
        (s.sexual_harassment ?? 0) >= T_DEFAULT ||
        (s.threat ?? 0) >= T_THREAT);
    const rude = customer && !abusive && (s.rudeness ?? 0) >= T_DEFAULT;
    let stuck = false;
    if (customer && (s.uncooperative ?? 0) >= T_DEFAULT) {
      const times = this.uncooperative.filter((t) => ms - t < TEN_MINUTES);
      times.push(ms);
      this.uncooperative = times;
      stuck = times.length >= 5;
    }
    const harasser = customer && (s.harassment ?? 0) >= T_DEFAULT && this.incidents >= 3;
    const peak = this.peakHours && ms - this.startMs > TWENTY_MINUTES;
    if (!abusive && !rude && !stuck && !harasser && !peak) {
      return this.decision('continue', undefined, undefined, undefined, undefined, NO_DUTIES, NONE, false, ref);
    }

    // Fire in policy order; the most severe step wins, ties to the first.
    const matched = [];
    const duties = [];
    let won;
    let wonRule;
    let allowed = 0;
    const fire = (rule, st, why) => {
      matched.push({ rule: rule.id, action: st[0], step: st[2], why });
      allowed |= 1 << st[1];
      if (won === undefined || st[1] > won[1]) {
        won = st;
        wonRule = rule;
      }
    };
    let documented = false;
    if (abusive) {
      fire(ABUSE, ABUSE_LADDER[Math.min(this.abusePos++, 3)], abusiveWhy(s));
      duties.push(...abuseDuties(ms));
      documented = true;
    }
    if (rude) fire(RUDENESS, RUDENESS_STEP, `customer rudeness: rudeness ${s.rudeness.toFixed(2)} ≥ 0.70, and not abusive`);
    if (stuck) {
      fire(STUCK, STUCK_LADDER[Math.min(this.stuckPos++, 1)], `customer uncooperative ${this.uncooperative.length} times within 10m`);
      if (!documented) duties.push(DOC_STUCK);
      documented = true;
    }
    if (harasser) {
      fire(HARASSER, HARASSER_STEP, `customer harassment: harassment ${s.harassment.toFixed(2)} ≥ 0.70, and caller.incidents_30d ${this.incidents} ≥ 3`);
      if (!documented) duties.push(DOC_HARASSER);
      duties.push(NOTIFY_HARASSER);
    }
    if (peak) fire(PEAK, PEAK_STEP, `call.duration ${Math.floor((ms - this.startMs) / 60_000)}m > 20m, and call.peak_hours`);
    const ends = won[0] === 'end_call' || won[0] === 'block_caller';
    if (ends) this.ended = true;
    return this.decision(won[0], wonRule, won[2], won[3], won[4], duties, matched, ends, ref, allowed);
  }

  agentAction(e, ms, ref) {
    const ends = e.action === 'end_call' || e.action === 'block_caller';
    if (ends) this.ended = true;
    // The step a rule took last, confirmed: no ladder moves, no duties again. (The one-step rules owe
    // nothing (rudeness, peak) or end the call (repeat_harasser, line_dropped), so a delivery decides the same.)
    const confirm = (rule, st) =>
      this.decision(st[0], rule, st[2], st[3], st[4], NO_DUTIES, [{ rule: rule.id, action: st[0], step: st[2], why: 'the agent confirmed it' }], ends, ref, 1 << st[1]);
    if (e.rule === 'abuse' && this.abusePos > 0 && ABUSE_LADDER[Math.min(this.abusePos, 4) - 1][0] === e.action) {
      return confirm(ABUSE, ABUSE_LADDER[Math.min(this.abusePos, 4) - 1]);
    }
    if (e.rule === 'stuck' && this.stuckPos > 0 && STUCK_LADDER[Math.min(this.stuckPos, 2) - 1][0] === e.action) {
      return confirm(STUCK, STUCK_LADDER[Math.min(this.stuckPos, 2) - 1]);
    }
    if (e.rule === 'abuse' && ABUSE_LADDER[Math.min(this.abusePos, 3)][0] === e.action) {
      const st = ABUSE_LADDER[Math.min(this.abusePos++, 3)];
      return this.decision(st[0], ABUSE, st[2], st[3], st[4], abuseDuties(ms), [
        { rule: 'abuse', action: st[0], step: st[2], why: 'the agent confirmed it' },
      ], ends, ref, 1 << st[1]);
    }
    if (e.rule === 'stuck' && STUCK_LADDER[Math.min(this.stuckPos, 1)][0] === e.action) {
      const st = STUCK_LADDER[Math.min(this.stuckPos++, 1)];
      return this.decision(st[0], STUCK, st[2], st[3], st[4], [DOC_STUCK], [
        { rule: 'stuck', action: st[0], step: st[2], why: 'the agent confirmed it' },
      ], ends, ref, 1 << st[1]);
    }
    const one = SINGLE_STEP.get(e.rule);
    if (one !== undefined && one[1][0] === e.action) {
      const [rule, st, duties] = one;
      return this.decision(st[0], rule, st[2], st[3], st[4], duties, [{ rule: rule.id, action: st[0], step: st[2], why: 'the agent confirmed it' }], ends, ref, 1 << st[1]);
    }
    return this.decision(e.action, undefined, undefined, undefined, undefined, NO_DUTIES, NONE, ends, ref);
  }

  decision(action, rule, st, script, extra, duties, matched, ended, event, allowed = 0) {
    if (rule === undefined) return { v: 1, action, allowed: allowedFor(0), required: NONE, duties, matched, ended, policy: this.policy, event };
    const d = { v: 1, action, rule, step: st };
    if (script !== undefined) d.script = script;
    if (extra !== undefined) Object.assign(d, extra);
    d.allowed = allowedFor(allowed);
    d.required = NONE;
    d.duties = duties;
    d.matched = matched;
    d.ended = ended;
    d.policy = this.policy;
    d.event = event;
    return d;
  }
}
