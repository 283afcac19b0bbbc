import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@callguard/adapters/store';
import type { DutyList, DutyRecord } from '@callguard/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyOrderProblems, problems } from '../../../../test/contract/validator.js';
import { CAPTURED_NOW, runCaptured } from '../capture-io.js';

const root = join(import.meta.dirname, '../../../..');
const policy = join(root, 'examples/policies/warn-then-end.policy');
const swearing = join(root, 'examples/calls/keeps-swearing.jsonl');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'callguard-duties-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function callguard(...args: string[]) {
  return runCaptured(args, dir);
}

/** The duties `duties --json` lists, after checking the output against the contract. */
function listed(...args: string[]): readonly DutyRecord[] {
  const printed = JSON.parse(callguard('duties', '--store', 's.db', '--json', ...args).out) as DutyList;
  expect([...problems('duties.schema.json', printed), ...keyOrderProblems('duties.schema.json', printed)]).toEqual([]);
  return printed.duties;
}

describe('callguard replay --store', () => {
  it('keeps the dated duties of each decision, once however often the call is replayed', () => {
    const first = callguard('replay', '--store', 's.db', policy, swearing);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/\nkept in s\.db: 0 records, 0 restrictions, 4 duties\n$/);
    expect(callguard('replay', '--store', 's.db', '--json', policy, swearing).code).toBe(0);
    const duties = listed();
    expect(duties.map((d) => [d.id, d.kind, d.call_id, d.due])).toEqual([
      [1, 'follow_up', 'call-1002', '2026-12-02T09:00:40.000Z'],
      [2, 'follow_up', 'call-1002', '2026-12-02T09:01:05.000Z'],
      [3, 'follow_up', 'call-1002', '2026-12-02T09:01:30.000Z'],
      [4, 'follow_up', 'call-1002', '2026-12-02T09:02:10.000Z'],
    ]);
  });

  it('routes each kept duty to the sinks callguard.yaml names with --config', () => {
    writeFileSync(
      join(dir, 'callguard.yaml'),
      [
        'policies:',
        `  default: ${policy}`,
        'duties:',
        '  store: s.db',
        '  sinks:',
        '    crm-webhook:',
        '      kind: webhook',
        '      urlEnv: CALLGUARD_TEST_HOOK_URL',
        '      secretEnv: CALLGUARD_TEST_HOOK_SECRET',
        '  routes:',
        '    - duties: [follow_up]',
        '      to: crm-webhook',
        '',
      ].join('\n'),
    );
    process.env['CALLGUARD_TEST_HOOK_URL'] = 'http://127.0.0.1:9/hook';
    process.env['CALLGUARD_TEST_HOOK_SECRET'] = 'whsec';
    try {
      expect(callguard('replay', '--store', 's.db', '--config', 'callguard.yaml', policy, swearing).code).toBe(0);
    } finally {
      delete process.env['CALLGUARD_TEST_HOOK_URL'];
      delete process.env['CALLGUARD_TEST_HOOK_SECRET'];
    }
    const store = openStore(join(dir, 's.db'), { clock: () => CAPTURED_NOW, mustExist: true, readOnly: true });
    try {
      expect(new Set(store.outbox.deliveries({}).map((d) => `${d.kind} to ${d.sink}`))).toEqual(new Set(['follow_up to crm-webhook']));
    } finally {
      store.close();
    }
  });

  it('refuses a --config it cannot use, at its line, and keeps nothing', () => {
    writeFileSync(join(dir, 'callguard.yaml'), `policies:\n  default: ${policy}\nduties:\n  store: s.db\n  routes:\n    - duties: [follow_up]\n      to: crm\n`);
    const r = callguard('replay', '--store', 's.db', '--config', 'callguard.yaml', policy, swearing);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/callguard\.yaml:7:\d+: error\[config\/invalid\]: duties\.routes\[0\]\.to: no sink named `crm`/);
    expect(readdirSync(dir)).not.toContain('s.db');
  });

  it('prints decisions alone on stdout with --json', () => {
    const r = callguard('replay', '--store', 's.db', '--json', policy, swearing);
    expect(r.out.trimEnd().split('\n').every((line) => 'action' in (JSON.parse(line) as object))).toBe(true);
  });

  it('exits 2 with a clear message for a store that is not one', () => {
    writeFileSync(join(dir, 'junk.db'), 'not a database '.repeat(100));
    const r = callguard('replay', '--store', 'junk.db', policy, swearing);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^junk\.db: error\[store\/corrupt\]: not a CallGuard store, or damaged/);
    expect(r.out).toBe('');
  });
});

describe('callguard duties', () => {
  beforeEach(() => {
    expect(callguard('replay', '--store', 's.db', '--json', policy, swearing).code).toBe(0);
  });

  it('lists open duties with due, owner, kind, call and rule', () => {
    const r = callguard('duties', '--store', 's.db');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+due\s+owner\s+kind\s+about\s+call\s+rule$/);
    expect(lines[1]).toMatch(/^1\s+2026-12-02T09:00:40\.000Z\s+-\s+follow_up\s+with apology\s+call-1002\s+abuse$/);
    expect(lines).toHaveLength(5);
  });

  it('shows what each duty is about: the sanction to decide, the script to follow up with', () => {
    const bank = join(root, 'examples/policies/bank.policy');
    const strikes = [1, 2].map((n) => ({ kind: 'strike', at: `2026-0${n}-01T10:00:00Z` }));
    writeFileSync(
      join(dir, 'third-strike.jsonl'),
      [
        { type: 'call_started', at: '2026-12-01T09:00:00Z', call: { id: 'call-7' }, caller: { id: 'c-9', records: strikes } },
        { type: 'utterance', at: '2026-12-01T09:00:10Z', speaker: 'customer', text: 'Damn you.', signals: { profanity: 0.9 } },
      ]
        .map((e) => JSON.stringify(e))
        .join('\n'),
    );
    expect(callguard('replay', '--store', 'bank.db', bank, 'third-strike.jsonl').code).toBe(0);
    const rows = callguard('duties', '--store', 'bank.db').out.trimEnd().split('\n');
    expect(rows.find((r) => /\sdecide\s/.test(r))).toMatch(/\scompliance\s+decide\s+close_account\s+call-7\s+third_strike$/);
  });

  it('with --overdue lists only duties past due at --now, exiting 1 when there are any', () => {
    const none = callguard('duties', '--store', 's.db', '--overdue', '--now', '2026-12-02T09:00:40Z');
    expect(none).toMatchObject({ code: 0, out: 'no overdue duties at 2026-12-02T09:00:40.000Z\n' });
    const some = callguard('duties', '--store', 's.db', '--overdue', '--now', '2026-12-02T10:01:10+01:00');
    expect(some.code).toBe(1);
    expect(some.out).toMatch(/^1\s+2026-12-02T09:00:40\.000Z overdue\s/m);
    expect(some.out.trimEnd().split('\n')).toHaveLength(3);
    expect(listed('--overdue', '--now', '2026-12-02T09:01:10Z').map((d) => [d.id, d.overdue])).toEqual([
      [1, true],
      [2, true],
    ]);
  });

  it('marks a duty done, which then leaves the list; again, exits 1', () => {
    const done = callguard('duties', 'done', '2', '--store', 's.db', '--by', 'sam', '--now', '2026-12-01T10:00:00Z');
    expect(done).toMatchObject({ code: 0, out: 'duty 2 (follow_up, call call-1002, rule abuse) done by sam at 2026-12-01T10:00:00.000Z\n' });
    expect(listed().map((d) => d.id)).toEqual([1, 3, 4]);
    const again = callguard('duties', 'done', '2', '--store', 's.db', '--by', 'kim');
    expect(again).toMatchObject({ code: 1, err: 'error[store/duty-done]: duty 2 was already done by sam at 2026-12-01T10:00:00.000Z\n' });
  });

  it('exits 2 for an unknown duty, a missing store, a bad --now or id, and a missing --by', () => {
    expect(callguard('duties', 'done', '99', '--store', 's.db', '--by', 'sam')).toMatchObject({ code: 2, err: 'error[store/unknown-duty]: no duty 99 in s.db\n' });
    expect(callguard('duties', '--store', 'absent.db')).toMatchObject({ code: 2, err: 'absent.db: error[store/cannot-open]: no such store file\n' });
    expect(callguard('duties', '--store', 's.db', '--now', 'yesterday').code).toBe(2);
    expect(callguard('duties', 'done', 'x', '--store', 's.db', '--by', 'sam').code).toBe(2);
    expect(callguard('duties', 'done', '1', '--store', 's.db').code).toBe(2);
    expect(callguard('duties').code).toBe(2);
  });

  it('has help with examples', () => {
    const r = callguard('duties', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('$ callguard duties --store callguard.db --overdue');
    expect(callguard('duties', 'done', '--help').out).toContain('$ callguard duties done 12 --store callguard.db --by sam.lee');
  });
});

// Needs the issue-5 language and engine: `record warning expires after`, the
// `record_warning` duty, and `call_started.caller.id` / `caller.records` in the
// event schema. Until they land this test fails at the policy check or at
// the first event; it is deliberately not skipped.
describe('callguard replay --store across calls of one caller (issue 5)', () => {
  it('shows a later call the records an earlier call left', () => {
    writeFileSync(
      join(dir, 'records.policy'),
      `policy "records" {
  version "1.0.0"
  stance warn_then_end
  record warning expires after 365d
  script warn_abuse "Please keep this conversation respectful."
  rule first_time "Abuse from a caller never warned: warn, and keep the warning" {
    when customer profanity and caller.warnings < 1
    do warn with warn_abuse
    duties record_warning
  }
  rule warned_before "Abuse from a caller warned on an earlier call: a supervisor" {
    when customer profanity and caller.warnings >= 1
    do escalate to supervisor
  }
}
`,
    );
    const call = (id: string, day: string) =>
      [
        `{"type":"call_started","at":"2026-12-${day}T09:00:00Z","call":{"id":"${id}"},"caller":{"id":"cust-7"}}`,
        `{"type":"utterance","at":"2026-12-${day}T09:00:10Z","speaker":"customer","signals":{"profanity":0.9}}`,
      ].join('\n');
    writeFileSync(join(dir, 'monday.jsonl'), call('call-1', '07'));
    writeFileSync(join(dir, 'tuesday.jsonl'), call('call-2', '08'));
    const r = callguard('replay', '--store', 's.db', '--json', 'records.policy', 'monday.jsonl', 'tuesday.jsonl');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const decisions = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { action: string; rule?: { id: string } });
    expect(decisions.filter((d) => d.rule).map((d) => [d.action, d.rule?.id])).toEqual([
      ['warn', 'first_time'],
      ['escalate', 'warned_before'],
    ]);
    // Replaying Monday again neither duplicates its warning nor sees it in its own call_started.
    const again = callguard('replay', '--store', 's.db', '--json', 'records.policy', 'monday.jsonl');
    expect(again.out).toContain('"action":"warn","rule":{"id":"first_time"');
    const store = openStore(join(dir, 's.db'), { clock: () => CAPTURED_NOW });
    try {
      expect(store.records('cust-7')).toEqual([expect.objectContaining({ kind: 'warning', category: 'profanity', callId: 'call-1', at: '2026-12-07T09:00:10.000Z' })]);
    } finally {
      store.close();
    }
  });
});
