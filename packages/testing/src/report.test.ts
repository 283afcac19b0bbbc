import { describe, expect, it } from 'vitest';
import type { PolicyCoverage } from './coverage.js';
import { percentText, renderCoverage, renderResults, reportJson, summaryLine, type Paint } from './report.js';
import type { RunReport } from './run.js';

const same = (text: string) => text;
const plain: Paint = { red: same, yellow: same, green: same, bold: same, dim: same };
/** ANSI colours, as a terminal gets them. */
const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const colour: Paint = { red: ansi(31, 39), yellow: ansi(33, 39), green: ansi(32, 39), bold: ansi(1, 22), dim: ansi(2, 22) };

const coverage: PolicyCoverage = {
  policy: 'policies/p.policy',
  name: 'p',
  version: '1.0.0',
  steps: [
    { rule: 'abuse', n: 1, of: 3, action: 'warn', reached: true },
    { rule: 'abuse', n: 2, of: 3, action: 'escalate', reached: false },
    { rule: 'abuse', n: 3, of: 3, action: 'end_call', reached: false },
    { rule: 'peak', n: 1, of: 1, action: 'remind', reached: false },
  ],
  reached: 1,
  total: 4,
  percent: 25,
};

const report: RunReport = {
  files: [
    {
      file: 'tests/p.test.yaml',
      policy: 'policies/p.policy',
      policyName: 'p 1.0.0',
      policyErrors: [],
      cases: [
        { name: 'Warns once', line: 3, passed: true, failures: [] },
        {
          name: 'Escalates',
          line: 9,
          passed: false,
          failures: [
            {
              line: 12,
              at: '+40s',
              what: 'customer [profanity 0.90]',
              diffs: [
                { field: 'action', expected: 'escalate', actual: 'warn' },
                { field: 'duties', expected: 'document', actual: 'document, debrief' },
              ],
            },
          ],
        },
      ],
    },
  ],
  diagnostics: [],
  coverage: [coverage],
  passed: 1,
  failed: 1,
};

describe('the test report', () => {
  it('shows each case and, for a failure, each differing field under its event line', () => {
    expect(renderResults(report, plain, false)).toBe(
      [
        'tests/p.test.yaml  ·  p 1.0.0',
        '  pass Warns once',
        '  FAIL Escalates (line 9)',
        '      line 12, at +40s: customer [profanity 0.90]',
        '        action:  expected escalate, got warn',
        '        duties:  expected document, got document, debrief',
        '',
      ].join('\n'),
    );
  });

  it('uses ticks and colours on a terminal', () => {
    const text = renderResults(report, colour, true);
    expect(text).toContain('✓');
    expect(text).toContain('✗');
    expect(text).toContain('\u001b[32mescalate\u001b[39m');
    expect(text).toContain('\u001b[31mwarn\u001b[39m');
  });

  it('lists what no test reached: whole rules, or the steps of a rule', () => {
    expect(renderCoverage([coverage], plain, undefined)).toBe(
      [
        'Coverage',
        '  p 1.0.0 (policies/p.policy): 25% of ladder steps (1 of 4)',
        '    rule abuse: step 2 of 3 (escalate), step 3 of 3 (end_call) not reached',
        '    rule peak: never fired',
        '',
      ].join('\n'),
    );
    expect(renderCoverage([coverage], plain, 90)).toContain('(1 of 4)  below the minimum of 90%');
  });

  it('never rounds nearly all up to all', () => {
    expect(percentText(99.96)).toBe('99.9%');
    expect(percentText(100)).toBe('100%');
    expect(percentText(200 / 3)).toBe('66.6%');
  });

  it('ends with the summary CI reads', () => {
    expect(summaryLine(report)).toBe('1 passed, 1 failed');
  });

  it('gives machines the whole run as JSON', () => {
    const json = JSON.parse(reportJson(report)) as Record<string, unknown>;
    expect(json).toMatchObject({ passed: 1, failed: 1, diagnostics: [], coverage: [{ name: 'p', percent: 25 }] });
  });
});
