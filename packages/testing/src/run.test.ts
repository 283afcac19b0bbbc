import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, policyLoader } from '../test/load-policy.js';
import { runTestFiles } from './run.js';

const policies = join(import.meta.dirname, '../../../examples/policies');

/** Runs one test file of `cases` (YAML) against a copy of `policy` beside it, from a fresh folder. */
function runCases(cases: string, policy = join(policies, 'warn-then-end.policy')) {
  const dir = mkdtempSync(join(tmpdir(), 'callguard-run-'));
  copyFileSync(policy, join(dir, basename(policy)));
  writeFileSync(join(dir, 't.test.yaml'), `policy: ${basename(policy)}\ncases:\n${cases}`);
  return runTestFiles(['t.test.yaml'], { cwd: dir, loadPolicy: policyLoader(dir) });
}

describe('runTestFiles', () => {
  it('passes a case whose every expectation holds', () => {
    const report = runCases(`  - name: The abuse ladder
    caller: { incidents_30d: 1 }
    events:
      - { at: +10s, customer: { profanity: 0.9 }, expect: warn }
      - at: +20s
        customer: { profanity: 0.9, rudeness: 0.9 }
        expect: { action: warn, rule: abuse, step: 2, script: warn_abuse, to: none, duties: [document, follow_up, debrief], fired: [abuse], ended: no }
      - { at: +30s, customer: { profanity: 0.9 }, expect: { action: escalate, to: supervisor, step: 3 of 4 } }
      - { at: +40s, customer: { profanity: 0.9 }, expect: { action: end_call, ended: yes } }
      - { at: +50s, customer: {}, expect: rejected }
`);
    expect(report.diagnostics).toEqual([]);
    expect(report.files[0]?.cases).toEqual([{ name: 'The abuse ladder', line: 3, passed: true, failures: [] }]);
    expect([report.passed, report.failed]).toEqual([1, 0]);
  });

  it('moves a ladder past a choice of scripts when the agent_actions name the scripts used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-run-'));
    const policy = join(dir, 'calm.policy');
    writeFileSync(
      policy,
      `policy "calm" {
  version "1.0.0"
  stance warn_then_end
  script calm_a "I can hear this matters to you."
  script calm_b "Let's see what I can do."
  rule abuse "Abuse" {
    when customer profanity and not caller.vulnerable
    do deescalate with any 2 of (calm_a, calm_b) then warn then end_call
  }
  rule care "Care" {
    when customer profanity and caller.vulnerable
    do deescalate
  }
}
`,
    );
    const report = runCases(
      `  - name: Two scripts, then a warning
    events:
      - { at: +10s, customer: { profanity: 0.9 }, expect: { action: deescalate, script: calm_a } }
      - { at: +15s, agent_action: deescalate, rule: abuse, script: calm_a }
      - { at: +20s, customer: { profanity: 0.9 }, expect: { action: deescalate, script: calm_b } }
      - { at: +25s, agent_action: deescalate, rule: abuse, script: calm_b }
      - { at: +30s, customer: { profanity: 0.9 }, expect: warn }
`,
      policy,
    );
    expect(report.diagnostics).toEqual([]);
    expect(report.files[0]?.cases[0]?.failures).toEqual([]);
  });

  it('fails a case with the fields that differ, event by event', () => {
    const report = runCases(`  - name: Wrong guesses
    events:
      - { at: +10s, customer: { profanity: 0.9 }, expect: { action: escalate, rule: abuse, step: 2 of 4, duties: [document] } }
      - { at: +5s, customer: {} }
      - { at: +20s, customer: { profanity: 0.9 }, expect: rejected }
      - { at: +30s, customer: { threat: 2 }, expect: warn }
      - { at: +40s, customer: { rudeness: 0.9 }, expect: { fired: [rudeness, abuse], script: none } }
`);
    const [result] = report.files[0]?.cases ?? [];
    expect(result?.passed).toBe(false);
    expect(result?.failures).toEqual([
      {
        line: 5,
        at: '+10s',
        what: 'customer [profanity 0.90]',
        diffs: [
          { field: 'action', expected: 'escalate', actual: 'warn' },
          { field: 'step', expected: '2 of 4', actual: '1 of 4' },
          { field: 'duties', expected: 'document', actual: 'document, follow_up with apology, debrief' },
        ],
      },
      {
        line: 6,
        at: '+5s',
        what: 'customer',
        diffs: [
          {
            field: 'result',
            expected: 'the event to be accepted',
            actual: expect.stringMatching(/^rejected: .*earlier than the previous event/),
          },
        ],
      },
      { line: 7, at: '+20s', what: 'customer [profanity 0.90]', diffs: [{ field: 'result', expected: 'rejected', actual: 'warn (abuse, step 2 of 4)' }] },
      {
        line: 8,
        at: '+30s',
        what: 'customer [threat 2.00]',
        diffs: [{ field: 'result', expected: 'a decision', actual: expect.stringMatching(/^rejected: signals\.threat must be at most 1/) }],
      },
      { line: 9, at: '+40s', what: 'customer [rudeness 0.90]', diffs: [{ field: 'fired', expected: 'rudeness, abuse', actual: 'rudeness' }] },
    ]);
    expect([report.passed, report.failed]).toEqual([0, 1]);
  });

  it('lets a bare duty kind stand for the duty with its target, but checks the set exactly', () => {
    const report = runCases(
      `  - name: Blocked
    caller: { incidents_30d: 5 }
    events:
      - { at: +10s, customer: { harassment: 0.9 }, expect: { duties: [notify, document] } }
  - name: Missing a duty
    caller: { incidents_30d: 5 }
    events:
      - { at: +10s, customer: { harassment: 0.9 }, expect: { duties: [document] } }
`,
    );
    expect(report.files[0]?.cases.map((c) => c.passed)).toEqual([true, false]);
    expect(report.files[0]?.cases[1]?.failures[0]?.diffs).toEqual([{ field: 'duties', expected: 'document', actual: 'document, notify supervisor' }]);
  });

  it('checks every field of a decision, and names a follow-up by its script', () => {
    const everyField = join(import.meta.dirname, '../test/fixtures/every-field.policy');
    const passing = runCases(
      `  - name: Every field as decided
    events:
      - { at: +10s, customer: { profanity: 0.9 }, expect: { by: none, mode: none, duties: [document, follow_up with sorry] } }
      - at: +20s
        customer: { profanity: 0.9 }
        expect: { action: end_call, by: supervisor, mode: recorded_message, team: none, approved_by: [], callback_to: none, window: none, daily_cap: none }
  - name: Routing, approvals and a callback
    events:
      - { at: +10s, customer: { unreasonable_demand: 0.9 }, expect: { action: route, team: complaints_team } }
      - { at: +20s, customer: { harassment: 0.9 }, expect: warn }
      - { at: +30s, customer: { harassment: 0.9 }, expect: { action: block_caller, approved_by: [supervisor, supervisor] } }
  - name: A callback
    events:
      - at: +40s
        event: line_dropped
        expect: { action: callback, callback_to: all_numbers, window: { from: "09:00", to: "20:00" }, daily_cap: 3 }
`,
      everyField,
    );
    expect(passing.diagnostics).toEqual([]);
    expect(passing.files[0]?.cases.map((c) => [c.passed, c.failures])).toEqual([
      [true, []],
      [true, []],
      [true, []],
    ]);

    const failing = runCases(
      `  - name: Every field wrong
    events:
      - { at: +10s, customer: { profanity: 0.9 }, expect: { duties: [document, follow_up with bye] } }
      - at: +20s
        customer: { profanity: 0.9 }
        expect: { by: manager, mode: hang_up, team: complaints_team, approved_by: [supervisor] }
  - name: Approvals wrong
    events:
      - { at: +10s, customer: { harassment: 0.9 } }
      - { at: +20s, customer: { harassment: 0.9 }, expect: { approved_by: [supervisor] } }
  - name: Callback wrong
    events:
      - { at: +40s, event: line_dropped, expect: { callback_to: primary_number, window: { from: "08:00", to: "20:00" }, daily_cap: 2 } }
`,
      everyField,
    );
    const diffs = failing.files[0]?.cases.map((c) => c.failures.map((f) => f.diffs));
    expect(diffs).toEqual([
      [
        [{ field: 'duties', expected: 'document, follow_up with bye', actual: 'document, follow_up with sorry' }],
        [
          { field: 'by', expected: 'manager', actual: 'supervisor' },
          { field: 'mode', expected: 'hang_up', actual: 'recorded_message' },
          { field: 'team', expected: 'complaints_team', actual: 'none' },
          { field: 'approved_by', expected: 'supervisor', actual: 'none' },
        ],
      ],
      [[{ field: 'approved_by', expected: 'supervisor', actual: 'supervisor, supervisor' }]],
      [
        [
          { field: 'callback_to', expected: 'primary_number', actual: 'all_numbers' },
          { field: 'window', expected: '08:00 to 20:00', actual: '09:00 to 20:00' },
          { field: 'daily_cap', expected: '2', actual: '3' },
        ],
      ],
    ]);
  });

  it('reports a follow-up script the policy lacks as a problem', () => {
    const report = runCases(`  - name: Typo
    events:
      - { at: +10s, customer: { profanity: 0.9 }, expect: { duties: [follow_up with apologee] } }
`);
    expect(report.diagnostics.map(brief)).toEqual(['t.test.yaml:5:70: acme-standard has no script "apologee" (did you mean `apology`?)']);
  });

  it('reports rule and script names the policy lacks as problems, and runs nothing of that file', () => {
    const report = runCases(`  - name: Typos
    events:
      - { at: +1s, agent_action: warn, rule: abus }
      - { at: +2s, customer: {}, expect: { rule: peek, script: final_notise, fired: [stuck, rudenes] } }
`);
    expect(report.files).toEqual([]);
    expect(report.coverage).toEqual([]);
    expect(report.diagnostics.map(brief)).toEqual([
      't.test.yaml:5:46: acme-standard has no rule "abus" (did you mean `abuse`?)',
      't.test.yaml:6:50: acme-standard has no rule "peek" (did you mean `peak`?)',
      't.test.yaml:6:64: acme-standard has no script "final_notise" (did you mean `final_notice`?)',
      't.test.yaml:6:93: acme-standard has no rule "rudenes" (did you mean `rudeness`?)',
    ]);
  });

  it('reports behaviours the policy neither builds in nor declares, unless the case expects the rejection', () => {
    const report = runCases(`  - name: Typos
    events:
      - { at: +1s, customer: { profanty: 0.9, insults_staff: 0.8 } }
      - { at: +2s, customer: { insults_staff: 0.8 }, expect: rejected }
`);
    expect(report.files).toEqual([]);
    expect(report.diagnostics.map(brief)).toEqual([
      't.test.yaml:5:42: acme-standard has no behaviour "profanty" (did you mean `profanity`?)',
      expect.stringMatching(/^t\.test\.yaml:5:62: acme-standard has no behaviour "insults_staff" \(its behaviours: profanity, slur, /),
    ]);
  });

  it('fails every case of a policy with errors, with its diagnostics', () => {
    const report = runCases(`  - name: Anything\n    events: [{ at: +1s, customer: {} }]\n`, join(policies, 'broken/unknown-behaviour.policy'));
    const [file] = report.files;
    expect(file?.policyErrors[0]?.code).toBe('check/unknown-behaviour');
    expect(file?.cases).toEqual([{ name: 'Anything', line: 3, passed: false, failures: [] }]);
    expect(report.failed).toBe(1);
  });

  it('counts a step as reached when its rule fired, even if another rule won', () => {
    const report = runCases(
      `  - name: A threat fires both rules
    events:
      - { at: +10s, customer: { threat: 0.9 }, expect: { action: escalate, rule: threats, fired: [threats, abuse] } }
`,
      join(policies, 'escalate-first.policy'),
    );
    const [coverage] = report.coverage;
    expect(coverage?.steps.filter((s) => s.reached).map((s) => `${s.rule} ${s.n}/${s.of}`)).toEqual(['threats 1/2', 'abuse 1/3']);
    expect(coverage).toMatchObject({ name: 'harbor-escalate-first', reached: 2, total: 9, percent: (2 / 9) * 100 });
  });

  it('counts the steps an agent_action takes', () => {
    const report = runCases(`  - name: By hand
    events:
      - { at: +10s, agent_action: warn, rule: abuse, expect: { rule: abuse, step: 1 } }
      - { at: +20s, customer: { profanity: 0.9 }, expect: { rule: abuse, step: 2 } }
      - { at: +30s, agent_action: escalate, rule: abuse, expect: { rule: abuse, step: 3 } }
`);
    expect(report.coverage[0]?.steps.filter((s) => s.reached).map((s) => s.n)).toEqual([1, 2, 3]);
  });
});
