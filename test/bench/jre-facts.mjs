// What a team running CallGuard's exported rules in json-rules-engine keeps
// per call: the facts of docs/semantics.md "Export to json-rules-engine",
// computed from the exported rules alone (their params say how). Shared by
// the json-rules-engine differential test and the benchmark.

const CALLER_FIELDS = ['incidents_30d', 'repeat_calls_7d', 'withheld', 'verified', 'refused_verification', 'vulnerable', 'adjustments'];
const RECORD_OF = { warnings: 'warning', strikes: 'strike', incidents: 'incident' };

/** Every fact name a condition tree reads. */
function factsOf(condition, into) {
  if ('fact' in condition) into.add(condition.fact);
  else for (const c of condition.all ?? condition.any ?? [condition.not]) factsOf(c, into);
  return into;
}

/** The facts that stay the same all call: the caller's fields as of the start, and the call's. */
function callFacts(start, startMs, expiry, names) {
  const caller = start.caller ?? {};
  const booleans = new Set(['withheld', 'verified', 'refused_verification', 'vulnerable', 'adjustments']);
  const facts = { 'call.peak_hours': start.call.peak_hours ?? false, 'call.queue': start.call.queue ?? '', 'call.channel': start.call.channel ?? 'phone' };
  for (const f of CALLER_FIELDS) facts[`caller.${f}`] = caller[f] ?? (booleans.has(f) ? false : 0);
  const active = (caller.records ?? []).filter((r) => {
    const until = r.expires !== undefined ? Date.parse(r.expires) : expiry[r.kind] === undefined ? Infinity : Date.parse(r.at) + expiry[r.kind];
    return until > startMs;
  });
  const restrictions = (caller.restrictions ?? []).filter((r) => Date.parse(r.until) > startMs).map((r) => r.name);
  const records = (kind, category) => active.filter((r) => r.kind === kind && (category === undefined || r.category === category)).length;
  facts['caller.warnings'] = (caller.warnings ?? 0) + records('warning');
  facts['caller.strikes'] = records('strike');
  facts['caller.incidents'] = records('incident');
  facts['caller.restricted'] = restrictions.length > 0;
  facts['caller.tenure'] = caller.customer_since === undefined ? 0 : startMs - Date.parse(caller.customer_since);
  for (const name of names) {
    const [root, member, key] = name.split('.');
    if (key === undefined || root === 'step' || root === 'count' || root === 'signal') continue;
    if (root === 'call') facts[name] = start.call.staff?.includes(key) ?? false;
    else if (member === 'restrictions') facts[name] = restrictions.includes(key);
    else facts[name] = records(RECORD_OF[member], key);
  }
  return facts;
}

/**
 * The per-call state behind the facts. `facts(event)` records the event's
 * detections and returns its facts; `decided(event, events)` then moves the
 * ladders of the rules json-rules-engine fired (or whose current step an
 * agent_action delivered by hand). Events must be valid and in order; the first is `call_started`.
 */
export class JreCall {
  /** @param {import('../../packages/engine/src/export/json-rules-engine.js').JreRule[]} rules */
  constructor(rules, start) {
    this.startMs = Date.parse(start.at);
    this.talkMs = (start.caller?.talk_time_today_s ?? 0) * 1000;
    /** rule id → { fact, pos (steps taken), actions, alternatives, scripts and choices of scripts by step, scripts used by step } */
    this.ladders = new Map();
    /** count fact → { speaker, thresholds: [behaviour, threshold][], within_ms, times: detection ms[] } */
    this.counts = new Map();
    this.lastRequest = undefined;
    this.spoken = false;
    const names = new Set();
    let expiry = {};
    for (const r of rules) {
      const { rule, step, alternatives, counts, record_expiry } = r.event.params;
      const ladder = this.ladders.get(rule) ?? { fact: `step.${rule}`, pos: 0, actions: [], alternatives: [], scripts: [], alternativeScripts: [], sets: [], used: [] };
      // A menu's own `continue` is nothing an agent can take: only its choices (its alternatives) are.
      ladder.actions[step.n - 1] = r.event.params.offered === undefined ? r.event.type : undefined;
      ladder.alternatives[step.n - 1] = alternatives;
      ladder.scripts[step.n - 1] = r.event.params.script?.name;
      ladder.alternativeScripts[step.n - 1] = r.event.params.alternative_scripts ?? [];
      ladder.sets[step.n - 1] = r.event.params.script_set;
      ladder.used[step.n - 1] = new Set();
      this.ladders.set(rule, ladder);
      for (const c of counts) {
        if (!this.counts.has(c.fact)) this.counts.set(c.fact, { ...c, thresholds: Object.entries(c.thresholds), times: [] });
      }
      if (record_expiry !== undefined) expiry = record_expiry;
      factsOf(r.conditions, names);
    }
    // Fact names and values that never change are worked out once per call, not per event.
    this.fixed = Object.entries(callFacts(start, this.startMs, expiry, names));
    this.signalFacts = [...names].filter((n) => n.startsWith('signal.')).map((n) => [n, n.slice('signal.'.length)]);
  }

  facts(event) {
    const ms = Date.parse(event.at);
    const utterance = event.type === 'utterance';
    if (utterance && event.speaker === 'customer') this.spoken = true;
    const facts = {
      'event.type': event.type,
      'utterance.speaker': utterance ? event.speaker : '',
      'call.duration': ms - this.startMs,
      'caller.talk_time_today': this.talkMs + ms - this.startMs,
      'silence.duration': event.type === 'silence' ? event.seconds * 1000 : 0,
      'call.customer_spoken': this.spoken,
    };
    for (const [fact, value] of this.fixed) facts[fact] = value;
    let repeated = 0;
    if (utterance && event.speaker === 'customer' && event.request !== undefined) {
      repeated = event.request === this.lastRequest ? 1 : 0;
      this.lastRequest = event.request;
    }
    const confidence = (b) => (b === 'repeated_request' ? repeated : (event.signals[b] ?? 0));
    for (const [fact, b] of this.signalFacts) facts[fact] = utterance ? confidence(b) : 0;
    for (const ladder of this.ladders.values()) facts[ladder.fact] = current(ladder) + 1;
    for (const [fact, c] of this.counts) {
      const detected = utterance && event.speaker === c.speaker && c.thresholds.some(([b, t]) => confidence(b) >= t);
      if (detected) c.times.push(ms);
      // Time never goes back, so a detection out of the window is out for good.
      while (c.times.length > 0 && ms - c.times[0] >= c.within_ms) c.times.shift();
      facts[fact] = c.times.length;
    }
    return facts;
  }

  /** Moves ladders on after `event`, given the `events` json-rules-engine returned for it (none for events it is not run on). */
  decided(event, events) {
    const fired = new Set(events.map((e) => e.params.rule));
    if (event.type === 'agent_action' && event.rule !== undefined) {
      const ladder = this.ladders.get(event.rule);
      if (ladder !== undefined) {
        // The step (or the first alternative with the action) must say the script named: a choice lists it; no script takes any.
        const says = (i) => {
          const script = event.script;
          if (script === undefined) return true;
          if (ladder.actions[i] !== event.action) {
            const own = ladder.alternativeScripts[i][ladder.alternatives[i].indexOf(event.action)] ?? '';
            return own === '' || own === script;
          }
          if (ladder.sets[i] !== undefined) return ladder.sets[i].scripts.includes(script);
          return ladder.scripts[i] === undefined || ladder.scripts[i] === script;
        };
        const allows = (i) => i >= 0 && (ladder.actions[i] === event.action || ladder.alternatives[i].includes(event.action)) && says(i);
        const use = (i) => {
          if (event.script !== undefined && ladder.actions[i] === event.action && ladder.sets[i]?.scripts.includes(event.script)) ladder.used[i].add(event.script);
        };
        const last = lastTaken(ladder);
        // The step taken last confirmed moves nothing; the current step delivered by hand moves the ladder on.
        if (allows(last)) use(last);
        else if (allows(current(ladder))) {
          use(current(ladder));
          fired.add(event.rule);
        }
      }
    }
    for (const id of fired) {
      const ladder = this.ladders.get(id);
      // A choice of scripts not yet met holds the ladder: the rule takes that step again.
      if (ladder !== undefined && !holding(ladder)) ladder.pos++;
    }
  }
}

/** The 0-based step a ladder took last, -1 for none. */
function lastTaken(ladder) {
  return Math.min(ladder.pos, ladder.actions.length) - 1;
}

/** Whether the step taken last is a choice of scripts the agent has not yet met. */
function holding(ladder) {
  const i = lastTaken(ladder);
  return i >= 0 && ladder.sets[i] !== undefined && ladder.used[i].size < ladder.sets[i].at_least;
}

/** The 0-based current step: the held one, else the next, the last one repeating. */
function current(ladder) {
  return holding(ladder) ? lastTaken(ladder) : Math.min(ladder.pos, ladder.actions.length - 1);
}

/** Events json-rules-engine is run on: the ones that try rules (`call_started` for the opening). */
export function triesRules(event) {
  return event.type !== 'agent_action' && event.type !== 'call_ended';
}
