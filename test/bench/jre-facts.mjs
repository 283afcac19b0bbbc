// What a team running CallGuard's exported rules in json-rules-engine keeps
// per call: the facts of docs/semantics.md "Export to json-rules-engine",
// computed from the exported rules alone (their params say how). Shared by
// the json-rules-engine differential test and the benchmark.

const CALLER_DEFAULTS = {
  incidents_30d: 0, warnings: 0, repeat_calls_7d: 0, withheld: false, verified: false, refused_verification: false,
};

/** Every fact name a condition tree reads. */
function factsOf(condition, into) {
  if ('fact' in condition) into.add(condition.fact);
  else for (const c of condition.all ?? condition.any ?? [condition.not]) factsOf(c, into);
  return into;
}

/**
 * The per-call state behind the facts. `facts(event)` records the event's
 * detections and returns its facts; `decided(event, events)` then moves the
 * ladders of the rules json-rules-engine fired (or that an agent_action
 * confirmed). Events must be valid and in order.
 */
export class JreCall {
  /** @param {import('../../packages/engine/src/export/json-rules-engine.js').JreRule[]} rules */
  constructor(rules, start) {
    this.startMs = Date.parse(start.at);
    this.call = start.call;
    // Fact names are built once per call, not per event: [fact, value] for
    // the caller, [fact, behaviour] for signals.
    this.callerFacts = Object.entries({ ...CALLER_DEFAULTS, ...start.caller }).map(([member, value]) => [`caller.${member}`, value]);
    /** rule id → { fact, pos (0-based), actions by step } */
    this.ladders = new Map();
    /** count fact → { speaker, thresholds: [behaviour, threshold][], within_ms, times: detection ms[] } */
    this.counts = new Map();
    const names = new Set();
    for (const r of rules) {
      const { rule, step } = r.event.params;
      const ladder = this.ladders.get(rule) ?? { fact: `step.${rule}`, pos: 0, actions: [] };
      ladder.actions[step.n - 1] = r.event.type;
      this.ladders.set(rule, ladder);
      for (const c of r.event.params.counts) {
        if (!this.counts.has(c.fact)) this.counts.set(c.fact, { ...c, thresholds: Object.entries(c.thresholds), times: [] });
      }
      factsOf(r.conditions, names);
    }
    this.signalFacts = [...names].filter((n) => n.startsWith('signal.')).map((n) => [n, n.slice('signal.'.length)]);
  }

  facts(event) {
    const ms = Date.parse(event.at);
    const utterance = event.type === 'utterance';
    const facts = {
      'event.type': event.type,
      'utterance.speaker': utterance ? event.speaker : '',
      'call.duration': ms - this.startMs,
      'call.peak_hours': this.call.peak_hours ?? false,
      'call.queue': this.call.queue ?? '',
      'silence.duration': event.type === 'silence' ? event.seconds * 1000 : 0,
    };
    for (const [fact, value] of this.callerFacts) facts[fact] = value;
    for (const [fact, b] of this.signalFacts) facts[fact] = utterance ? (event.signals[b] ?? 0) : 0;
    for (const ladder of this.ladders.values()) facts[ladder.fact] = Math.min(ladder.pos, ladder.actions.length - 1) + 1;
    for (const [fact, c] of this.counts) {
      const detected = utterance && event.speaker === c.speaker && c.thresholds.some(([b, t]) => (event.signals[b] ?? 0) >= t);
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
      if (ladder !== undefined && ladder.actions[Math.min(ladder.pos, ladder.actions.length - 1)] === event.action) fired.add(event.rule);
    }
    for (const id of fired) {
      const ladder = this.ladders.get(id);
      if (ladder !== undefined) ladder.pos++;
    }
  }
}

/** Events json-rules-engine is run on: the ones that try rules. */
export function triesRules(event) {
  return event.type === 'utterance' || event.type === 'silence' || event.type === 'poor_line' || event.type === 'line_dropped';
}
