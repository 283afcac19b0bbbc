import type { StanceTemplate } from './template.js';

/** The agent never ends a call alone; a supervisor decides. */
export const escalateFirst: StanceTemplate = {
  policy: (name) => `# ${name}: when a call may be ended, and what must happen before and after.
# Check it with \`callguard check\`; run its tests with \`callguard test\`.
policy "${name}" {
  version "0.1.0"
  stance escalate_first
  description "Agents calm and warn; only a supervisor may end a call."

  threshold 0.7 # a behaviour counts from 70% confidence

  group abusive = profanity or slur or hate_speech or sexual_harassment or threat

  script calm "I understand this is frustrating. Let's work through it together."
  script warning "I'd like to keep helping you, but I need us to keep this conversation respectful."
  script supervisor_close "I'm the supervisor on this call. I'm ending it now; we will write to you today."

  rule vulnerable "Vulnerable customers go to a supervisor rather than being warned off" {
    when customer abusive and caller.vulnerable
    do escalate to supervisor
    duties document, notify supervisor
  }

  rule abuse "Abuse: a warning, then a supervisor, who may end the call" {
    when customer abusive
    do warn with warning
      then escalate to supervisor
      then end_call with supervisor_close
    duties document, review
  }

  rule frustration "Frustration and rudeness are met with empathy" {
    when customer aggression or customer rudeness
    do deescalate with calm
  }

  on line_dropped {
    do callback within 10m
    duties document
  }
}
`,
  tests: (policyFile) => `# Tests for ${policyFile}. Run them with: callguard test
# Each case replays a call; "expect" says what the policy should decide.
policy: ${policyFile}
cases:
  - name: Abuse gets a warning, then a supervisor, who may end the call
    events:
      - at: +10s
        customer: { profanity: 0.9 }
        expect: { action: warn, rule: abuse, step: 1, script: warning, duties: [document, review] }
      - at: +50s
        customer: { profanity: 0.9 }
        expect: { action: escalate, to: supervisor, step: 2 }
      - at: +2m
        customer: { hate_speech: 0.9 }
        expect: { action: end_call, script: supervisor_close, step: 3, ended: yes }

  - name: An angry caller is met with empathy
    events:
      - at: +20s
        customer: { aggression: 0.8 }
        text: "I have called four times about this!"
        expect: { action: deescalate, rule: frustration, script: calm }

  - name: Abuse outranks frustration, and both rules are recorded
    events:
      - at: +20s
        customer: { profanity: 0.9, aggression: 0.9 }
        expect: { action: warn, rule: abuse, fired: [abuse, frustration] }

  - name: A dropped line gets a callback within 10 minutes
    events:
      - at: +1m
        event: line_dropped
        expect: { action: callback, rule: line_dropped, duties: [document] }

  - name: A vulnerable customer goes to a supervisor
    caller: { vulnerable: yes }
    events:
      - at: +10s
        customer: { profanity: 0.9 }
        expect: { action: escalate, rule: vulnerable, to: supervisor }
`,
};
