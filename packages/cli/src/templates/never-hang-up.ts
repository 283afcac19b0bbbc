import type { StanceTemplate } from './template.js';

/** Calls are never ended because the customer is upset or abusive. */
export const neverHangUp: StanceTemplate = {
  policy: (name) => `# ${name}: what must happen when a call gets difficult. We never hang up.
# Check it with \`callguard check\`; run its tests with \`callguard test\`.
policy "${name}" {
  version "0.1.0"
  stance never_hang_up
  description "We never end a call because a caller is upset or abusive: we calm, then bring in a supervisor."

  threshold 0.6 # a behaviour counts from 60% confidence

  group abusive = profanity or slur or hate_speech or sexual_harassment or threat

  script empathy "I can hear how difficult this is. I'm here to help you."

  rule abuse "Abuse is met with empathy, then a supervisor" {
    when customer abusive
    do deescalate with empathy, up to 2 times
      then escalate to supervisor
    duties document, debrief, support_agent
  }

  rule threats "Threats are passed to security while the call goes on" {
    when customer threat
    do escalate to supervisor
    duties document, notify security
  }

  on line_dropped {
    do callback within 5m
    duties document
  }
}
`,
  tests: (policyFile) => `# Tests for ${policyFile}. Run them with: callguard test
# Each case replays a call; "expect" says what the policy should decide.
policy: ${policyFile}
cases:
  - name: Abuse is met with empathy twice, then a supervisor joins
    events:
      - at: +10s
        customer: { profanity: 0.8 }
        expect: { action: deescalate, rule: abuse, step: 1, script: empathy, duties: [document, debrief, support_agent] }
      - at: +40s
        customer: { profanity: 0.8 }
        expect: { action: deescalate, step: 2 }
      - at: +1m20s
        customer: { profanity: 0.8 }
        expect: { action: escalate, to: supervisor, step: 3, ended: no }

  - name: A threat brings in security, and the call goes on
    events:
      - at: +30s
        customer: { threat: 0.9 }
        text: "You'll regret this."
        expect:
          action: escalate
          rule: threats
          fired: [abuse, threats]
          duties: [document, debrief, support_agent, notify security]
          ended: no

  - name: A dropped line gets a callback within 5 minutes
    events:
      - at: +4m
        event: line_dropped
        expect: { action: callback, rule: line_dropped, duties: [document] }
`,
};
