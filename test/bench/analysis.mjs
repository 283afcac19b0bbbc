// Verify and diff on a 200-rule policy (issue: under 10 s each). The policy
// is the shape large contact centres write: 20 queues, each with its own ten
// rules over five behaviours (two ladders per behaviour: warn, escalate, end),
// and a rule for vulnerable callers. Runs on the built packages.
import { checkText } from '../../packages/dsl/dist/index.js';
import { semanticDiff, verify } from '../../packages/engine/dist/analysis/index.js';

const BEHAVIOURS = ['profanity', 'slur', 'threat', 'aggression', 'harassment'];

/** A 200-rule policy; `variant` shortens every fifth ladder, for the diff. */
export function largePolicy(variant = false) {
  const rules = [];
  for (let i = 0; i < 200; i++) {
    const queue = `q${Math.floor(i / 10)}`;
    const behaviour = BEHAVIOURS[i % 5];
    const ladder = variant && i % 5 === 0 ? 'warn with warn_abuse then end_call with final_notice' : 'warn with warn_abuse then escalate to supervisor then end_call with final_notice';
    rules.push(`  rule r${i} "Queue ${queue}: ${behaviour}" {\n    when customer ${behaviour} and call.queue = "${queue}" and not caller.vulnerable\n    do ${ladder}\n    duties document\n  }`);
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
 * Times verify and diff once each, each stopped at `maxStates` (the full
 * space of this policy is far larger than the exploration covers in 10 s;
 * see docs/performance.md); returns seconds, states and rates.
 */
export function analysisReport(maxStates = 20_000) {
  const [a, b] = [checked(largePolicy()), checked(largePolicy(true))];
  let t = performance.now();
  const v = verify(a, { asserts: [], maxStates });
  const verifyS = (performance.now() - t) / 1000;
  t = performance.now();
  const d = semanticDiff(a, b, { maxStates });
  const diffS = (performance.now() - t) / 1000;
  const rate = (states, seconds) => Math.round(states / seconds);
  return {
    rules: a.rules.length,
    verify: { seconds: verifyS, states: v.stats.states, statesPerSecond: rate(v.stats.states, verifyS), transitions: v.stats.transitions, complete: v.stats.complete },
    diff: { seconds: diffS, states: d.stats.states, statesPerSecond: rate(d.stats.states, diffS), differences: d.differences.length, complete: d.stats.complete },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(analysisReport(), null, 2));
