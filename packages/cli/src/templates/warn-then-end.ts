import type { StanceTemplate } from './template.js';

/** Warn the customer, then end the call if abuse goes on. */
export const warnThenEnd: StanceTemplate = {
  policy: (name) => `# ${name}: when a call may be ended, and what must happen before and after.
# Check it with \`callguard check\`; run its tests with \`callguard test\`.
policy "${name}" {
  version "0.1.0"
  stance warn_then_end
  description "Agents warn twice, bring in a supervisor, and may end the call if abuse goes on."

  threshold 0.7 # a behaviour counts from 70% confidence

  group abusive = profanity or slur or hate_speech or sexual_harassment or threat

  script warning "I want to help, and I can't continue while this language goes on. If it continues I will end our call."
  script goodbye "I'm ending our call now. We'll follow up with you in writing today."

  rule vulnerable "Vulnerable customers go to a supervisor rather than being warned off" {
    when customer abusive and caller.vulnerable
    do escalate to supervisor
    duties document, notify supervisor
  }

  rule abuse "Abuse: two warnings, a supervisor, then the call may end" {
    when customer abusive
    do warn with warning, up to 2 times
      then escalate to supervisor
      then end_call with goodbye
    duties document, debrief
  }

  rule rudeness "Rudeness alone never ends a call" {
    when customer rudeness and not abusive
    do deescalate
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
  - name: Abuse gets two warnings, then a supervisor, then the call ends
    events:
      - at: +10s
        customer: { profanity: 0.9 }
        text: "This is a useless f***ing service."
        expect: { action: warn, rule: abuse, step: 1, script: warning, duties: [document, debrief] }
      - at: +40s
        customer: { profanity: 0.85 }
        expect: { action: warn, step: 2 }
      - at: +1m10s
        customer: { threat: 0.9 }
        expect: { action: escalate, to: supervisor, step: 3 }
      - at: +2m
        customer: { slur: 0.95 }
        expect: { action: end_call, script: goodbye, step: 4, ended: yes }

  - name: Mild swearing below the threshold is not abuse
    events:
      - at: +15s
        customer: { profanity: 0.5 }
        text: "This damn router."
        expect: continue

  - name: A rude caller is calmed, never cut off
    events:
      - at: +20s
        customer: { rudeness: 0.8 }
        text: "Are you even listening to me?"
        expect: { action: deescalate, rule: rudeness, duties: [] }

  - name: A dropped line gets a callback within 10 minutes
    events:
      - at: +3m
        event: line_dropped
        expect: { action: callback, rule: line_dropped, duties: [document], ended: yes }

  - name: A vulnerable customer goes to a supervisor
    caller: { vulnerable: yes }
    events:
      - at: +10s
        customer: { profanity: 0.9 }
        expect: { action: escalate, rule: vulnerable, to: supervisor }
`,
};
