import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RestrictionList } from '@callguard/contract';
import { keyOrderProblems, problems } from '../../../../test/contract/validator.js';
import { runCaptured } from '../capture-io.js';

const root = join(import.meta.dirname, '../../../..');
const policy = join(root, 'examples/policies/council.policy');
const call = (n: number) => join(root, `examples/calls/council/resident-${n}.jsonl`);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'callguard-restrictions-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function callguard(...args: string[]) {
  return runCaptured(args, dir);
}

describe('callguard restrictions', () => {
  it('follows a restriction from proposal to approval, an independent review, and the next call', () => {
    expect(callguard('replay', '--store', 's.db', policy, call(1), call(2), call(3)).code).toBe(0);
    const listed = callguard('restrictions', '--store', 's.db', '--status', 'proposed');
    expect(listed.out).toMatch(/^id\s+caller\s+name\s+status/);
    expect(listed.out).toMatch(/\n1\s+res-9001\s+written_only\s+proposed\s+2026-12-21T10:00:20\.000Z\s+2027-03-21T10:00:20\.000Z\s+-\s+line_manager \(independent review\)/);

    const approved = callguard('restrictions', 'approve', '1', '--store', 's.db', '--by', 'line.manager', '--now', '2026-12-22T09:00:00Z');
    expect(approved).toMatchObject({ code: 0, out: 'restriction 1 (written_only, caller res-9001) is now approved until 2027-06-19T10:00:20.000Z, by line.manager\n' });

    const opening = callguard('replay', '--json', '--store', 's.db', policy, call(4));
    const [first] = opening.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { action: string; rule?: { id: string } });
    expect(first).toMatchObject({ action: 'announce', rule: { id: 'call_started' } });

    const byDecider = callguard('restrictions', 'review', '1', '--store', 's.db', '--by', 'line.manager', '--now', '2027-03-21T09:00:00Z');
    expect(byDecider.code).toBe(1);
    expect(byDecider.err).toBe('error[store/not-independent]: restriction 1 needs an independent review: line.manager decided it and may not review it\n');
    const lifted = callguard('restrictions', 'review', '1', '--store', 's.db', '--by', 'reviewer', '--outcome', 'lift', '--now', '2027-03-21T09:00:00Z');
    expect(lifted.out).toBe('restriction 1 (written_only, caller res-9001) is now lifted until 2027-06-19T10:00:20.000Z, by reviewer\n');
  });

  it('waits for both approvers of a two-person restriction, refusing one person approving twice', () => {
    writeFileSync(join(dir, 'named.policy'), readFileSync(policy, 'utf8').replace('propose written_only', 'propose one_contact'));
    callguard('replay', '--store', 's.db', 'named.policy', call(1), call(2), call(3));
    const first = callguard('restrictions', 'approve', '1', '--store', 's.db', '--by', 'ann.lee', '--as', 'line_manager', '--now', '2026-12-22T09:00:00Z');
    expect(first).toMatchObject({ code: 0, out: 'restriction 1 (one_contact, caller res-9001) approved by ann.lee as line_manager; it stays proposed until equality_office approves\n' });
    const unnamed = callguard('restrictions', 'approve', '1', '--store', 's.db', '--by', 'eve', '--now', '2026-12-22T10:00:00Z');
    expect(unnamed).toMatchObject({ code: 1, err: 'error[store/not-an-approver]: restriction 1 is approved by line_manager and equality_office; say which of them eve approves as\n' });
    const twice = callguard('restrictions', 'approve', '1', '--store', 's.db', '--by', 'Ann.Lee', '--as', 'equality_office', '--now', '2026-12-22T10:00:00Z');
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/^error\[store\/same-approver\]: ann\.lee already approved restriction 1 as line_manager/);
    const listed = callguard('restrictions', '--store', 's.db');
    expect(listed.out).toMatch(/\n1 .* proposed .* line_manager and equality_office \(independent review\)\s+ann\.lee as line_manager 2026-12-22T09:00:00\.000Z\s+-\n$/);
    const second = callguard('restrictions', 'approve', '1', '--store', 's.db', '--by', 'eve', '--as', 'equality_office', '--now', '2026-12-23T09:00:00Z');
    expect(second.out).toBe('restriction 1 (one_contact, caller res-9001) is now approved until 2027-12-21T10:00:20.000Z, by eve\n');
    const printed = JSON.parse(callguard('restrictions', '--store', 's.db', '--json').out) as RestrictionList;
    expect(problems('restrictions.schema.json', printed)).toEqual([]);
    expect(printed.restrictions[0]).toMatchObject({
      status: 'approved',
      approvals: [
        { role: 'line_manager', by: 'ann.lee', at: '2026-12-22T09:00:00.000Z' },
        { role: 'equality_office', by: 'eve', at: '2026-12-23T09:00:00.000Z' },
      ],
      decided_by: 'eve',
    });
  });

  it('prints the contract\'s RestrictionList with --json: snake_case, versioned, the proposal in details', () => {
    callguard('replay', '--store', 's.db', policy, call(1), call(2), call(3));
    callguard('restrictions', 'approve', '1', '--store', 's.db', '--by', 'line.manager', '--now', '2026-12-22T09:00:00Z');
    const printed = JSON.parse(callguard('restrictions', '--store', 's.db', '--json').out) as RestrictionList;
    expect([...problems('restrictions.schema.json', printed), ...keyOrderProblems('restrictions.schema.json', printed)]).toEqual([]);
    expect(printed).toMatchObject({
      v: 1,
      restrictions: [{ id: 1, caller_id: 'res-9001', status: 'approved', decided_by: 'line.manager', independent_review: true, details: { review_after_ms: expect.any(Number) } }],
    });
    expect(JSON.stringify(printed)).not.toMatch(/"[a-z]+[A-Z][A-Za-z]*":/);
  });

  it('lists the reviews due by --now, with an organisation calendar on top, exiting 1 when any are', () => {
    callguard('replay', '--store', 's.db', policy, call(1), call(2), call(3));
    callguard('restrictions', 'approve', '1', '--store', 's.db', '--by', 'line.manager', '--now', '2026-12-22T09:00:00Z');
    // written_only: reviewed after 90d from its proposal on 2026-12-21.
    expect(callguard('restrictions', 'review', '--due', '--store', 's.db', '--now', '2027-03-01T00:00:00Z')).toMatchObject({ code: 0, out: 'no reviews due by 2027-03-01T00:00:00.000Z\n' });
    const due = callguard('restrictions', 'review', '--due', '--store', 's.db', '--now', '2027-03-21T10:00:20Z');
    expect(due.code).toBe(1);
    expect(due.out).toMatch(/^review due\s+id\s+caller\s+name/);
    expect(due.out).toMatch(/\n2027-03-21T10:00:20\.000Z\s+1\s+res-9001\s+written_only\s+approved/);
    expect(callguard('restrictions', 'review', '--due', '--every', '4w', '--store', 's.db', '--now', '2027-01-19T09:00:00Z').out).toMatch(/\n2027-01-19T09:00:00\.000Z\s+1\s+/);
    expect(callguard('restrictions', 'review', '1', '--store', 's.db', '--by', 'reviewer', '--now', '2027-03-22T09:00:00Z').code).toBe(0);
    expect(callguard('restrictions', 'review', '--due', '--every', '26w', '--store', 's.db', '--now', '2027-09-20T08:59:59Z').out).toBe('no reviews due by 2027-09-20T08:59:59.000Z\n');
    expect(callguard('restrictions', 'review', '--due', '--every', '26w', '--store', 's.db', '--now', '2027-09-20T09:00:00Z').out).toMatch(/\n2027-09-20T09:00:00\.000Z\s+1\s+res-9001\s+written_only\s+active/);
    expect(callguard('restrictions', 'review', '--due', '--every', 'soon', '--store', 's.db').code).toBe(2);
    expect(callguard('restrictions', 'review', '--store', 's.db')).toMatchObject({ code: 2, err: expect.stringMatching(/^error\[usage\/missing-argument\]: which restriction, and who reviews it\?/) });
  });

  it('exits 2 for a store that does not exist, an unknown id, or a bad status', () => {
    expect(callguard('restrictions', '--store', 'missing.db').code).toBe(2);
    callguard('replay', '--store', 's.db', policy, call(1));
    expect(callguard('restrictions', 'approve', '9', '--store', 's.db', '--by', 'x').code).toBe(2);
    expect(callguard('restrictions', '--store', 's.db', '--status', 'pending').code).toBe(2);
    expect(callguard('restrictions', '--store', 's.db').out).toBe('no restrictions\n');
  });
});
