// Verify and diff on a 200-rule policy (issue: under 10 s each). The policy
// is the shape large contact centres write: 40 queues, each with its own
// rule for each of five behaviours (ladders of one or two warnings, a
// supervisor, then the end of the call, told apart by queue), and one rule
// for vulnerable callers. Runs on the built packages.
import { loadavg } from 'node:os';
import { checkText } from '../../packages/dsl/dist/index.js';
import { semanticDiff, verify } from '../../packages/engine/dist/analysis/index.js';

const BEHAVIOURS = ['profanity', 'slur', 'threat', 'aggression', 'harassment'];
const QUEUES = 40;

/** A 201-rule policy; `variant` drops the supervisor from every seventh ladder, for the diff. */
export function largePolicy(variant = false) {
  const rules = [];
  for (let i = 0; i < QUEUES * BEHAVIOURS.length; i++) {
    const queue = `q${Math.floor(i / BEHAVIOURS.length)}`;
    const behaviour = BEHAVIOURS[i % BEHAVIOURS.length];
    const warnings = Math.floor(i / BEHAVIOURS.length) % 2 === 0 ? 'warn with warn_abuse' : 'warn with warn_abuse, up to 2 times';
    const supervisor = variant && i % 7 === 0 ? '' : ' then escalate to supervisor';
    rules.push(
      `  rule r${i} "Queue ${queue}: ${behaviour}" {\n    when customer ${behaviour} and call.queue = "${queue}" and not caller.vulnerable\n    do ${warnings}${supervisor} then end_call with final_notice\n    duties document\n  }`,
    );
  }
  rules.push('  rule care "Vulnerable callers go to a supervisor" {\n    when customer abusive and caller.vulnerable\n    do escalate to supervisor\n    duties document\n  }');
  return [
    'policy "large" {',
    `  version "${variant ? '1.1.0' : '1.0.0'}"`,
    '  stance warn_then_end',
    `  group abusive = ${BEHAVIOURS.join(' or ')}`,
    '  script warn_abuse "Please keep this respectful, or I will end the call."',
    '  script final_notice "I am ending our call now."',
    ...rules,
    '}',
    '',
  ].join('\n');
}

function checked(text) {
  const { policy, diagnostics } = checkText(text, 'large.policy');
  if (policy === undefined) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return policy;
}

/**
 * Times verify and diff once each, to the end of the space (`maxStates` is a
 * guard: `complete` says whether it was reached); returns seconds, states
 * and rates.
 */
export function analysisReport(maxStates = 2_000_000) {
  const [a, b] = [checked(largePolicy()), checked(largePolicy(true))];
  const timed = (run) => {
    const [cpu, t] = [process.cpuUsage(), performance.now()];
    const result = run();
    const used = process.cpuUsage(cpu);
    return { result, seconds: (performance.now() - t) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
  };
  const v = timed(() => verify(a, { asserts: [], maxStates }));
  const d = timed(() => semanticDiff(a, b, { maxStates }));
  const rate = (states, seconds) => Math.round(states / seconds);
  return {
    rules: a.rules.length,
    loadAverage: loadavg()[0],
    verify: {
      seconds: v.seconds,
      cpuSeconds: v.cpuSeconds,
      states: v.result.stats.states,
      statesPerSecond: rate(v.result.stats.states, v.seconds),
      transitions: v.result.stats.transitions,
      complete: v.result.stats.complete,
      holds: v.result.holds,
    },
    diff: {
      seconds: d.seconds,
      cpuSeconds: d.cpuSeconds,
      states: d.result.stats.states,
      statesPerSecond: rate(d.result.stats.states, d.seconds),
      transitions: d.result.stats.transitions,
      differences: d.result.differences.length,
      complete: d.result.stats.complete,
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(analysisReport(), null, 2));
