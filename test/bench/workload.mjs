// The benchmark workload: synthetic calls, the same on every run (seeded).
// Each call is a `call_started` plus 40 events; most are utterances with a
// realistic mix of signals, and the last is `call_ended` or `line_dropped`.
// A call can end earlier on a decision (end_call, block_caller); drivers stop
// feeding it then, as an application would.

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Behaviours by how often they show up in a flagged utterance.
const WEIGHTED = [
  ['rudeness', 30], ['uncooperative', 25], ['unreasonable_demand', 15], ['aggression', 10], ['profanity', 10],
  ['harassment', 4], ['threat', 3], ['slur', 1], ['hate_speech', 1], ['sexual_harassment', 1],
];
const TOTAL_WEIGHT = WEIGHTED.reduce((s, [, w]) => s + w, 0);

function pickBehaviour(rand) {
  let r = rand() * TOTAL_WEIGHT;
  for (const [b, w] of WEIGHTED) if ((r -= w) < 0) return b;
  return WEIGHTED[0][0];
}

const QUEUES = ['billing', 'support', 'vip'];
const START = Date.UTC(2026, 11, 1, 9, 0, 0);

/**
 * `calls` calls of `eventsPerCall` events after `call_started`, from `seed`.
 * @returns {{start: object, events: object[]}[]}
 */
export function workload({ calls = 10_000, eventsPerCall = 40, seed = 42 } = {}) {
  const rand = random(seed);
  const out = [];
  for (let i = 0; i < calls; i++) {
    let t = START + i * 7_000;
    const start = {
      type: 'call_started',
      at: new Date(t).toISOString(),
      call: { id: `call-${i}`, queue: QUEUES[Math.floor(rand() * 3)], peak_hours: rand() < 0.3 },
      caller: { incidents_30d: Math.floor(rand() * 5), verified: rand() < 0.7 },
    };
    const events = [];
    for (let k = 0; k < eventsPerCall - 1; k++) {
      t += 5_000 + Math.floor(rand() * 55_000);
      const at = new Date(t).toISOString();
      const r = rand();
      if (r < 0.92) {
        const signals = {};
        if (rand() < 0.4) {
          signals[pickBehaviour(rand)] = Math.round(rand() * 100) / 100;
          if (rand() < 0.3) signals[pickBehaviour(rand)] = Math.round(rand() * 100) / 100;
        }
        events.push({ type: 'utterance', at, speaker: rand() < 0.7 ? 'customer' : 'agent', text: 'synthetic', signals });
      } else if (r < 0.94) events.push({ type: 'silence', at, seconds: Math.floor(rand() * 60) });
      else if (r < 0.96) events.push({ type: 'poor_line', at });
      else events.push({ type: 'agent_action', at, action: rand() < 0.5 ? 'warn' : 'deescalate', rule: rand() < 0.5 ? 'abuse' : 'rudeness' });
    }
    t += 1_000;
    events.push(rand() < 0.8 ? { type: 'call_ended', at: new Date(t).toISOString(), by: 'customer' } : { type: 'line_dropped', at: new Date(t).toISOString() });
    out.push({ start, events });
  }
  return out;
}
