import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppealList } from '@callguard/contract';
import { keyOrderProblems, problems } from '../../../../test/contract/validator.js';
import { runCaptured } from '../capture-io.js';

const root = join(import.meta.dirname, '../../../..');
const policy = join(root, 'examples/policies/council.policy');
const call = (n: number) => join(root, `examples/calls/council/resident-${n}.jsonl`);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'callguard-appeals-'));
  // The council's written_only restriction: approved by a line manager, appeal within 10 working days.
  callguard('replay', '--store', 's.db', policy, call(1), call(2), call(3));
  callguard('restrictions', 'approve', '1', '--store', 's.db', '--by', 'line.manager', '--now', '2026-12-22T09:00:00Z');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function callguard(...args: string[]) {
  return runCaptured(args, dir);
}

describe('callguard appeals', () => {
  it('lodges an appeal in time, refuses the approver as its hearer, and lifts the restriction on an independent hearing', () => {
    const lodged = callguard('appeals', 'lodge', '--restriction', '1', '--store', 's.db', '--by', 'clerk', '--grounds', 'I was not abusive', '--now', '2027-01-04T09:00:00Z');
    expect(lodged).toMatchObject({ code: 0, out: 'appeal 1 against restriction 1 (caller res-9001) lodged at 2027-01-04T09:00:00.000Z; reply due when the policy sets no date: none\n' });
    const listed = callguard('appeals', '--store', 's.db', '--now', '2027-01-04T10:00:00Z');
    expect(listed.out).toMatch(/^id\s+against\s+caller\s+lodged\s+deadline\s+reply due\s+status/);
    expect(listed.out).toMatch(/\n1\s+restriction 1\s+res-9001\s+2027-01-04T09:00:00\.000Z by clerk\s+2027-01-05T23:59:59\.999Z\s+none\s+open\s+-\s+-\n$/);

    const byApprover = callguard('appeals', 'hear', '1', '--store', 's.db', '--by', 'Line.Manager', '--outcome', 'lift');
    expect(byApprover).toMatchObject({ code: 1, err: 'error[store/not-independent]: appeal 1 must be heard by someone independent of the decision: line.manager decided restriction 1\n' });
    const heard = callguard('appeals', 'hear', '1', '--store', 's.db', '--by', 'reviewer', '--outcome', 'lift', '--reasons', 'no incident since', '--now', '2027-01-10T09:00:00Z');
    expect(heard).toMatchObject({ code: 0, out: 'appeal 1 against restriction 1 heard by reviewer: lift\n' });
    expect(callguard('restrictions', '--store', 's.db', '--status', 'lifted').out).toMatch(/\n1\s+res-9001\s+written_only\s+lifted/);
  });

  it('refuses an appeal past its deadline, counting the holidays listed, and accepts it late with a reason', () => {
    writeFileSync(join(dir, 'holidays.txt'), '# Riverside Council\n2026-12-25\n2026-12-28\n2027-01-01\n');
    const late = callguard('appeals', 'lodge', '--restriction', '1', '--store', 's.db', '--by', 'clerk', '--now', '2027-01-06T09:00:00Z');
    expect(late.code).toBe(1);
    expect(late.err).toBe(
      'error[store/appeal-late]: the appeal against restriction 1 is late: the customer had until 2027-01-05T23:59:59.999Z (10 working days after 2026-12-22T09:00:00.000Z); it is lodged at 2027-01-06T09:00:00.000Z\n' +
        '  = help: accept it all the same only with a reason recorded (`--late-reason "..."`)\n',
    );
    const withHolidays = callguard('appeals', 'lodge', '--restriction', '1', '--store', 's.db', '--by', 'clerk', '--holidays', 'holidays.txt', '--now', '2027-01-06T09:00:00Z');
    expect(withHolidays.code).toBe(0);
    expect(callguard('appeals', 'hear', '1', '--store', 's.db', '--by', 'reviewer', '--outcome', 'keep').code).toBe(0);
    const accepted = callguard('appeals', 'lodge', '--restriction', '1', '--store', 's.db', '--by', 'clerk', '--late-reason', 'letter returned undelivered', '--now', '2027-02-01T09:00:00Z');
    expect(accepted.out).toBe('appeal 2 against restriction 1 (caller res-9001) lodged at 2027-02-01T09:00:00.000Z, accepted late (letter returned undelivered); reply due when the policy sets no date: none\n');
  });

  it('lists a caller’s records to appeal one, and says what is wrong with a command', () => {
    expect(callguard('appeals', 'records', '--store', 's.db', '--caller', 'res-9001').out).toMatch(/^id\s+kind\s+category\s+at\s+expires\s+appeal within\s+given by\s+call\n1\s+incident\s+/);
    expect(callguard('appeals', 'lodge', '--record', '1', '--store', 's.db', '--by', 'clerk').code).toBe(0);
    expect(callguard('appeals', 'hear', '1', '--store', 's.db', '--by', 'reviewer', '--outcome', 'amend').err).toBe('error[store/bad-until]: amending record 1 needs its new end (until)\n');
    expect(callguard('appeals', 'lodge', '--store', 's.db', '--by', 'clerk')).toMatchObject({ code: 2, err: expect.stringMatching(/^error\[usage\/missing-argument\]: an appeal is against one restriction or one record/) });
    expect(callguard('appeals', 'hear', '9', '--store', 's.db', '--by', 'x', '--outcome', 'keep').code).toBe(2);
    expect(callguard('appeals', 'hear', '1', '--store', 's.db', '--by', 'x', '--outcome', 'quash').code).toBe(2);
    writeFileSync(join(dir, 'bad.txt'), '2027-13-01\n');
    expect(callguard('appeals', '--store', 's.db', '--holidays', 'bad.txt')).toMatchObject({ code: 2, err: expect.stringContaining('bad.txt:1: `2027-13-01` is not a day') });
  });

  it('holds appeals to the reply deadline and the record terms a policy sets, listing those overdue and exiting 1', () => {
    const terms = readFileSync(policy, 'utf8')
      .replace('appeal within 10 working_days', 'appeal within 10 working_days, reply within 20 working_days')
      .replace('record incident expires after 730d', 'record incident expires after 730d, appeal within 5 working_days, reply within 10 working_days');
    writeFileSync(join(dir, 'terms.policy'), terms);
    expect(callguard('replay', '--store', 't.db', 'terms.policy', call(1), call(2), call(3)).code).toBe(0);
    expect(callguard('restrictions', 'approve', '1', '--store', 't.db', '--by', 'line.manager', '--now', '2026-12-22T09:00:00Z').code).toBe(0);
    const lodged = callguard('appeals', 'lodge', '--restriction', '1', '--store', 't.db', '--by', 'clerk', '--now', '2027-01-04T09:00:00Z');
    expect(lodged.out).toBe('appeal 1 against restriction 1 (caller res-9001) lodged at 2027-01-04T09:00:00.000Z; reply due 2027-02-01T23:59:59.999Z\n');
    const records = callguard('appeals', 'records', '--store', 't.db', '--caller', 'res-9001').out;
    expect(records).toMatch(/\n1\s+incident\s+\S+\s+2026-12-\S+\s+-\s+5 working days\s+-\s+/);
    // The first incident is long past its five working days.
    expect(callguard('appeals', 'lodge', '--record', '1', '--store', 't.db', '--by', 'clerk', '--now', '2027-01-04T09:00:00Z').code).toBe(1);

    expect(callguard('appeals', '--store', 't.db', '--overdue', '--now', '2027-02-01T23:00:00Z')).toMatchObject({ code: 0, out: 'no appeals awaiting a reply past due at 2027-02-01T23:00:00.000Z\n' });
    const overdue = callguard('appeals', '--store', 't.db', '--overdue', '--now', '2027-02-02T09:00:00Z');
    expect(overdue.code).toBe(1);
    expect(overdue.out).toMatch(/\n1\s+restriction 1\s+res-9001\s+.*2027-02-01T23:59:59\.999Z overdue\s+open/);
    const printed = JSON.parse(callguard('appeals', '--store', 't.db', '--json', '--now', '2027-02-02T09:00:00Z').out) as AppealList;
    expect([...problems('appeals.schema.json', printed), ...keyOrderProblems('appeals.schema.json', printed)]).toEqual([]);
    expect(printed).toEqual({
      v: 1,
      now: '2027-02-02T09:00:00.000Z',
      appeals: [
        {
          id: 1,
          subject: 'restriction',
          subject_id: 1,
          caller_id: 'res-9001',
          lodged_at: '2027-01-04T09:00:00.000Z',
          lodged_by: 'clerk',
          deadline: '2027-01-05T23:59:59.999Z',
          reply_due: '2027-02-01T23:59:59.999Z',
          overdue: true,
          status: 'open',
        },
      ],
    });
    callguard('appeals', 'hear', '1', '--store', 't.db', '--by', 'reviewer', '--outcome', 'keep', '--now', '2027-02-03T09:00:00Z');
    expect(callguard('appeals', '--store', 't.db', '--overdue', '--now', '2027-02-04T09:00:00Z').code).toBe(0);
  });
});
