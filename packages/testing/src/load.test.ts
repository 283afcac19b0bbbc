import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief } from '../test/load-policy.js';
import { loadTestFile } from './load.js';
import { resolveTime } from './time.js';

const policy = join(import.meta.dirname, '../../../examples/policies/warn-then-end.policy');

/** Writes `text` as `t.test.yaml` in a fresh folder, beside a copy of the policy, and loads it. */
function load(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'callguard-load-'));
  copyFileSync(policy, join(dir, 'warn-then-end.policy'));
  writeFileSync(join(dir, 't.test.yaml'), text);
  return loadTestFile('t.test.yaml', dir);
}

/** The problems of a test file that should not load, as printed. */
function problems(text: string): string[] {
  const result = load(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.diagnostics.map(brief);
}

const header = `policy: warn-then-end.policy\ncases:\n`;

describe('loadTestFile', () => {
  it('reads shorthand into cases, with defaults for what is left out', () => {
    const result = load(`${header}  - name: Swearing gets a warning!
    call: { peak_hours: yes }
    caller: { incidents_30d: 2, verified: no }
    events:
      - at: +1m30s
        customer: { profanity: 0.9 }
        text: "f***"
        expect: warn
      - { at: 2026-01-01T09:05:00Z, agent_action: warn, rule: abuse, expect: { step: 2 of 4, duties: [document], ended: no } }
      - { at: +6m, event: line_dropped, expect: rejected }
`);
    if (!result.ok) throw new Error(result.diagnostics.map(brief).join('\n'));
    const [c] = result.testFile.cases;
    expect(c).toMatchObject({
      name: 'Swearing gets a warning!',
      line: 3,
      start: '2026-01-01T09:00:00Z',
      call: { id: 'swearing-gets-a-warning', peak_hours: true },
      caller: { incidents_30d: 2, verified: false },
    });
    expect(c?.events).toMatchObject([
      {
        line: 7,
        at: '+1m30s',
        happening: { kind: 'utterance', speaker: 'customer', signals: { profanity: 0.9 }, text: 'f***' },
        expect: { rejected: false, checks: { action: 'warn' } },
      },
      {
        line: 11,
        at: '2026-01-01T09:05:00Z',
        happening: { kind: 'agent_action', action: 'warn', rule: 'abuse' },
        expect: { rejected: false, checks: { step: '2 of 4', duties: ['document'], ended: false } },
      },
      { line: 12, happening: { kind: 'line', event: 'line_dropped' }, expect: { rejected: true } },
    ]);
    // Offsets count from the case's start; ISO times stand as written.
    expect(c?.events.map((e) => resolveTime(e.at, Date.parse(c.start)))).toEqual(['2026-01-01T09:01:30.000Z', '2026-01-01T09:05:00Z', '2026-01-01T09:06:00.000Z']);
  });

  it('points a YAML syntax error at its line', () => {
    expect(problems(`${header}  - name: x\n    events:\n      - at: +1s\n         customer: {}\n`)).toEqual([
      't.test.yaml:5:13: not valid YAML (Nested mappings are not allowed in compact mappings): check the indentation and the colons on this line and the one before',
    ]);
  });

  it('reports a field written twice', () => {
    expect(problems(`policy: a\npolicy: b\ncases: []\n`)).toEqual(['t.test.yaml:2:1: this field is written twice in the same place']);
  });

  it('points a schema error at the line and column of the value, with a suggestion', () => {
    expect(problems(`${header}  - name: x\n    events:\n      - at: +10s\n        customer: { profanity: 0.9 }\n        expect: wrn\n`)).toEqual([
      't.test.yaml:7:17: "expect" must be one of continue, remind, announce, deescalate, warn, route, escalate, refuse, end_call, block_caller, callback, rejected — found "wrn" (did you mean `warn`?)',
    ]);
  });

  it('points an unknown field at its key', () => {
    expect(problems(`${header}  - name: x\n    events:\n      - { at: +10s, custmer: {} }\n`)).toEqual([
      't.test.yaml:5:21: unknown field "custmer" (did you mean `customer`?)',
    ]);
  });

  it('explains a bad offset', () => {
    expect(problems(`${header}  - name: x\n    events:\n      - { at: +10x, customer: {} }\n`)).toEqual([
      't.test.yaml:5:15: "at" must be a time relative to the start of the call such as +10s, +1m30s or -30d, or a date and time such as 2026-12-01T09:00:10Z — found "+10x"',
    ]);
  });

  it('reports every schema mistake at once, in reading order', () => {
    const found = problems(`${header}  - name: x
    call: { peak_hours: maybe }
    events:
      - { at: +1s, customer: { profanity: 0.5 }, expect: { step: two, duties: [notfy supervisor] } }
      - { customer: {} }
  - nme: y
`);
    // A misspelt behaviour is a well-formed name here; the run holds it to the policy (test/unknown-behaviour).
    expect(found).toEqual([
      't.test.yaml:4:25: "peak_hours" must be yes or no — found "maybe"',
      't.test.yaml:6:66: "step" must be a step number such as 2, a step such as "2 of 4", or none — found "two"',
      't.test.yaml:7:9: this event needs "at": when it happens, such as +10s',
      't.test.yaml:8:5: this case needs "name": what the case shows, in words',
      't.test.yaml:8:5: this case needs "events": what happens during the call',
      't.test.yaml:8:5: unknown field "nme" (did you mean `name`?)',
    ]);
  });

  it('words mistakes in the decision fields in the author\'s terms', () => {
    const found = problems(`${header}  - name: x
    events:
      - { at: +1s, customer: {}, expect: { mode: hangup, window: 09:00-20:00, daily_cap: lots, approved_by: supervisor } }
      - { at: +2s, customer: {}, expect: { window: { from: "9:00", to: "20:00" }, duties: [follow_up with], callback_to: all } }
`);
    expect(found).toEqual([
      't.test.yaml:5:50: "mode" must be one of hang_up, recorded_message, bot_close, none — found "hangup" (did you mean `hang_up`?)',
      't.test.yaml:5:66: "window" must be the callback\'s calling hours, such as { from: "09:00", to: "20:00" }, or none — found "09:00-20:00"',
      't.test.yaml:5:90: "daily_cap" must be at most this many callbacks a day, such as 3, or none — found "lots"',
      't.test.yaml:5:109: "approved_by" must be a list of the roles whose approval the action needs, in any order (a role twice means two people), such as [supervisor], or [] for none — found "supervisor"',
      't.test.yaml:6:60: "from" must be a time of day, such as "09:00" — found "9:00"',
      't.test.yaml:6:92: item 1 of "duties" must be a duty, optionally with whom or what it names and the script it uses: document, notify security, follow_up with apology — found "follow_up with"',
      't.test.yaml:6:122: "callback_to" must be one of all_numbers, primary_number, none — found "all" (did you mean `all_numbers`?)',
    ]);
  });

  it('names an unknown duty, once the schema is satisfied', () => {
    expect(problems(`${header}  - name: x
    events:
      - { at: +1s, customer: {}, expect: { duties: [document, notfy supervisor], required: [alrt security] } }
`)).toEqual([
      't.test.yaml:5:63: "notfy" is not a duty (did you mean `notify`?)',
      't.test.yaml:5:93: "alrt" is not a duty (did you mean `alert`?)',
    ]);
  });

  it('says an event is one thing, and where text and rule belong', () => {
    expect(problems(`${header}  - name: x
    events:
      - { at: +1s, customer: {}, silence: 3 }
      - { at: +2s, event: poor_line, text: hello }
      - { at: +3s, customer: {}, rule: abuse }
      - { at: +4s }
`)).toEqual([
      't.test.yaml:5:34: an event is one thing: "customer" and "silence" need an event each',
      't.test.yaml:6:38: "text" is what the customer or agent said; it goes with "customer:" or "agent:"',
      't.test.yaml:7:34: "rule" names the rule an agent_action follows; it goes with "agent_action:"',
      't.test.yaml:8:9: this event needs what happens: customer, agent, silence, event or agent_action',
    ]);
  });

  it('rejects times that do not exist and cases that share a name', () => {
    expect(problems(`${header}  - name: x
    start: 2026-02-30T25:00:00Z
    events: [{ at: 2026-13-01T00:00:00Z, customer: {} }]
  - name: x
    events: [{ at: +1s, customer: {} }]
`)).toEqual([
      't.test.yaml:4:12: "start" is not a real date and time — found "2026-02-30T25:00:00Z"',
      't.test.yaml:5:20: "at" is not a real date and time — found "2026-13-01T00:00:00Z"',
      't.test.yaml:6:11: case 1 has this name too; give each case its own name',
    ]);
  });

  it('names a missing policy file and suggests the nearest one beside it', () => {
    const [problem] = problems(`policy: warn-then-ends.policy\ncases: [{ name: x, events: [{ at: +1s, customer: {} }] }]\n`);
    expect(problem).toMatch(/^t\.test\.yaml:1:9: no policy file .*warn-then-ends\.policy .* \(did you mean `warn-then-end\.policy`\?\)$/);
  });

  it('explains an empty file', () => {
    expect(problems('')).toEqual(['t.test.yaml:1:1: a test file is a set of fields, starting with "policy:" and "cases:"']);
  });
});

describe('hostile test files', () => {
  const oneCase = 'cases: [{ name: x, events: [{ at: +1s, customer: {} }] }]\n';

  it('refuses a policy outside the working folder and the test file’s, without looking at it', () => {
    expect(problems(`policy: ../../../../../../../../etc/passwd\n${oneCase}`)).toEqual([
      't.test.yaml:1:9: "policy" must name a file in the working folder or beside the test file — ../../../../../../../../etc/passwd is outside them (keep the policy with its tests, or run callguard test from a folder that holds both)',
    ]);
    expect(problems(`policy: /etc/shadow\n${oneCase}`)[0]).toMatch(/^t\.test\.yaml:1:9: "policy" must name a file in the working folder or beside the test file — \/etc\/shadow is outside them/);
  });

  it('refuses a test file over 4 MiB without reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-load-'));
    writeFileSync(join(dir, 'big.test.yaml'), `policy: warn-then-end.policy\ncases: []\n# ${'x'.repeat(4 * 1024 * 1024)}\n`);
    const result = loadTestFile('big.test.yaml', dir);
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([['usage/unreadable-file', 'is larger than 4 MiB']]);
  });

  it('refuses a link beside the test file that leads outside, showing nothing of what it leads to', () => {
    const outside = mkdtempSync(join(tmpdir(), 'callguard-outside-'));
    writeFileSync(join(outside, 'secret.policy'), 'policy "secret" {\n  SECRET TOKEN 12345\n}\n');
    const dir = mkdtempSync(join(tmpdir(), 'callguard-load-'));
    symlinkSync(join(outside, 'secret.policy'), join(dir, 'team.policy'));
    writeFileSync(join(dir, 't.test.yaml'), `policy: team.policy\n${oneCase}`);
    const result = loadTestFile('t.test.yaml', dir);
    if (result.ok) throw new Error('expected the file to be rejected');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['test/policy-outside']);
    expect(JSON.stringify(result.diagnostics.map(brief))).not.toContain('SECRET');
  });

  it('reports a YAML alias bomb as a problem of the file, without expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n');
    const result = load(`${header}${bomb}\n`);
    if (result.ok) throw new Error('expected the file to be rejected');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['test/yaml-syntax']);
    expect(result.diagnostics[0]!.message).toMatch(/^too many aliases expanded/);
  });

  it('refuses a FIFO or a device at once instead of waiting on it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-load-'));
    execFileSync('mkfifo', [join(dir, 'pipe.test.yaml')]);
    for (const file of [join(dir, 'pipe.test.yaml'), '/dev/zero']) {
      const result = loadTestFile(file, dir);
      if (result.ok) throw new Error('expected the file to be rejected');
      expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([['usage/unreadable-file', 'is not a regular file (a device, pipe or socket)']]);
    }
  });
});
