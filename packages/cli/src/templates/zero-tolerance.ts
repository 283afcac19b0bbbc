import type { StanceTemplate } from './template.js';

/** Some behaviours end the call at once; everything else is warned first. */
export const zeroTolerance: StanceTemplate = {
  policy: (name) => `# ${name}: when a call may be ended, and what must happen before and after.
# Check it with \`callguard check\`; run its tests with \`callguard test\`.
policy "${name}" {
  version "0.1.0"
  stance zero_tolerance
  description "Threats, slurs, hate speech and sexual harassment end the call at once; swearing gets one warning."

  threshold 0.7 # a behaviour counts from 70% confidence
  threshold threat 0.8 # a threat only from 80%, because it ends the call at once
  zero_tolerance threat, slur, hate_speech, sexual_harassment # no warning is owed for these

  group severe = threat or slur or hate_speech or sexual_harassment

  script warning "Please stop using that language, or I will have to end this call."
  script closing "This call is ending now because of what was said. We will contact you in writing."

  rule vulnerable "Vulnerable customers go to a supervisor rather than being warned off" {
    when customer profanity and caller.vulnerable
    do escalate to supervisor
    duties document, notify supervisor
  }

  rule severe_abuse "Threats, slurs, hate and sexual harassment end the call at once" {
    when customer severe
    do end_call immediately with closing
    duties document, notify supervisor, support_agent
  }

  rule swearing "Swearing at the agent: one warning, then the call may end" {
    when customer profanity
    do warn with warning then end_call with closing
    duties document
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
  - name: A threat ends the call at once, and the agent is supported
    events:
      - at: +30s
        customer: { threat: 0.92 }
        text: "I know where you live."
        expect:
          action: end_call
          rule: severe_abuse
          script: closing
          duties: [document, notify supervisor, support_agent]
          ended: yes

  - name: A threat below its threshold does not end the call
    events:
      - at: +30s
        customer: { threat: 0.75 }
        expect: continue

  - name: Swearing gets one warning, then the call may end
    events:
      - at: +10s
        customer: { profanity: 0.9 }
        expect: { action: warn, rule: swearing, step: 1, script: warning }
      - at: +45s
        customer: { profanity: 0.9 }
        expect: { action: end_call, step: 2, ended: yes }

  - name: A dropped line gets a callback within 10 minutes
    events:
      - at: +2m
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
