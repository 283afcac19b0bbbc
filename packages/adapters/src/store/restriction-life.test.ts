/**
 * A restriction's life in the store, one test per transition: proposed,
 * approved (by every approving role, each a different person) or rejected,
 * reviewed (kept active or lifted), appealed and the appeal heard (kept,
 * amended or lifted); and a warning's appeal.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Duty } from '@callguard/contract';
import { CALL_START, NOW, clock, decision, expectStoreError, proposal } from '../../test/store-fixture.js';
import { openStore } from './open-store.js';
import type { Store } from './types.js';

/** The same proposal, approved by two people: a line manager and a director. */
const twoPerson: Duty = { ...proposal, target: 'no_contact', restriction: { ...proposal.restriction!, name: 'no_contact', approvers: ['line_manager', 'director'] } };

const call = { callId: 'c1', callerId: 'k1', startedAt: CALL_START };
const at = (iso: string) => ({ at: new Date(iso) });
/** The restrictions a call starting at `iso` is told of. */
const inForce = (iso: string) => store.enrichCallStarted({ type: 'call_started', at: iso, call: { id: 'later' }, caller: { id: 'k1' } }).caller?.restrictions ?? [];

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'callguard-life-'));
  store = openStore(join(dir, 'store.db'), { clock });
  store.apply(decision(2, '2026-12-01T09:00:00Z', [proposal, twoPerson]), call);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('approval by one role', () => {
  it('approves up to the maximum, recording who, in which role, and when', () => {
    expectStoreError(() => store.approveRestriction(1, 'ann', { until: new Date('2028-01-01T00:00:00Z') }), 'store/bad-until');
    const approved = store.approveRestriction(1, 'ann', at('2026-12-02T10:00:00Z'));
    expect(approved).toMatchObject({
      status: 'approved',
      decidedBy: 'ann',
      decidedAt: '2026-12-02T10:00:00.000Z',
      until: '2027-12-01T09:00:00.000Z',
      approvals: [{ role: 'manager', by: 'ann', at: '2026-12-02T10:00:00.000Z', until: undefined }],
      awaiting: [],
    });
  });

  it('refuses a role the restriction does not name', () => {
    const e = expectStoreError(() => store.approveRestriction(1, 'ann', { as: 'director' }), 'store/not-an-approver');
    expect(e.message).toBe('restriction 1 is approved by manager, not by director');
    expect(store.restrictions()[0]).toMatchObject({ status: 'proposed', approvals: [] });
  });

  it('rejects a proposal, recording who and when; a rejected one cannot be approved', () => {
    expect(store.rejectRestriction(1, 'ann')).toMatchObject({ status: 'rejected', decidedBy: 'ann', decidedAt: NOW.toISOString(), until: undefined });
    expectStoreError(() => store.approveRestriction(1, 'ann'), 'store/wrong-status');
    expectStoreError(() => store.approveRestriction(9, 'ann'), 'store/unknown-restriction');
  });
});

describe('approval by two roles', () => {
  it('stays proposed, and is not in force, after the first approval', () => {
    const first = store.approveRestriction(2, 'ann', { as: 'line_manager', ...at('2026-12-02T10:00:00Z') });
    expect(first).toMatchObject({ status: 'proposed', until: undefined, decidedBy: undefined, awaiting: ['director'] });
    expect(first.approvals).toEqual([{ role: 'line_manager', by: 'ann', at: '2026-12-02T10:00:00.000Z', until: undefined }]);
    expect(inForce('2026-12-03T09:00:00Z')).toEqual([]);
  });

  it('takes effect with the second approval, by another person in the other role', () => {
    store.approveRestriction(2, 'ann', { as: 'line_manager', ...at('2026-12-02T10:00:00Z') });
    const second = store.approveRestriction(2, 'dee', { as: 'director', ...at('2026-12-04T10:00:00Z') });
    expect(second).toMatchObject({ status: 'approved', decidedBy: 'dee', decidedAt: '2026-12-04T10:00:00.000Z', until: '2027-12-01T09:00:00.000Z', awaiting: [] });
    expect(second.approvals.map((a) => `${a.by} as ${a.role}`)).toEqual(['ann as line_manager', 'dee as director']);
    expect(inForce('2026-12-03T09:00:00Z')).toEqual([]);
    expect(inForce('2026-12-05T09:00:00Z')).toEqual([{ name: 'no_contact', until: '2027-12-01T09:00:00.000Z' }]);
  });

  it('refuses the same person approving twice, in either role, however their name is spelt', () => {
    store.approveRestriction(2, 'Ann.Lee', { as: 'line_manager' });
    const e = expectStoreError(() => store.approveRestriction(2, ' ann.lee', { as: 'director' }), 'store/same-approver');
    expect(e.message).toBe(`Ann.Lee already approved restriction 2 as line_manager at ${NOW.toISOString()}; director must approve it, each a different person`);
    expect(store.restrictions()[1]).toMatchObject({ status: 'proposed', awaiting: ['director'] });
  });

  it('refuses a second approval in a role that has approved, and an approval that names no role', () => {
    store.approveRestriction(2, 'ann', { as: 'line_manager' });
    const again = expectStoreError(() => store.approveRestriction(2, 'bob', { as: 'line_manager' }), 'store/already-approved');
    expect(again.message).toBe(`restriction 2 already has its line_manager approval (ann at ${NOW.toISOString()}); it waits for director`);
    const unnamed = expectStoreError(() => store.approveRestriction(2, 'bob'), 'store/not-an-approver');
    expect(unnamed.message).toBe('restriction 2 is approved by line_manager and director; say which of them bob approves as');
  });

  it('lasts until the earlier end either approver agreed to', () => {
    store.approveRestriction(2, 'ann', { as: 'line_manager', until: new Date('2027-06-01T00:00:00Z') });
    expect(store.approveRestriction(2, 'dee', { as: 'director' })).toMatchObject({ status: 'approved', until: '2027-06-01T00:00:00.000Z' });
  });

  it('needs two approvals of one role named twice, by two people', () => {
    const twice: Duty = { ...proposal, target: 'named_contact', restriction: { ...proposal.restriction!, name: 'named_contact', approvers: ['manager', 'manager'] } };
    store.apply(decision(3, '2026-12-01T09:00:01Z', [twice]), call);
    expect(store.approveRestriction(3, 'ann')).toMatchObject({ status: 'proposed', awaiting: ['manager'] });
    expectStoreError(() => store.approveRestriction(3, 'ann'), 'store/same-approver');
    expect(store.approveRestriction(3, 'bob')).toMatchObject({ status: 'approved', awaiting: [] });
  });

  it('can be rejected after one approval; the approval stays on record', () => {
    store.approveRestriction(2, 'ann', { as: 'line_manager' });
    expect(store.rejectRestriction(2, 'dee')).toMatchObject({ status: 'rejected', decidedBy: 'dee', awaiting: [], approvals: [{ by: 'ann' }] });
  });
});

describe('review', () => {
  it('by an independent reviewer keeps it active', () => {
    store.approveRestriction(1, 'ann', at('2026-12-02T10:00:00Z'));
    expect(store.reviewRestriction(1, 'bob', at('2027-03-01T10:00:00Z'))).toMatchObject({ status: 'active', reviewedBy: 'bob', reviewedAt: '2027-03-01T10:00:00.000Z' });
  });

  it('refuses the decider when the restriction demands an independent review', () => {
    store.approveRestriction(1, 'ann');
    const e = expectStoreError(() => store.reviewRestriction(1, 'ann', { outcome: 'lift' }), 'store/not-independent');
    expect(e.message).toMatch(/ann decided it and may not review it/);
    expect(store.restrictions()[0]).toMatchObject({ status: 'approved', reviewedBy: undefined });
  });

  it('refuses either of two approvers, not only the one who completed the approval', () => {
    store.approveRestriction(2, 'ann', { as: 'line_manager' });
    store.approveRestriction(2, 'dee', { as: 'director' });
    expect(expectStoreError(() => store.reviewRestriction(2, 'ANN'), 'store/not-independent').message).toBe('restriction 2 needs an independent review: ann decided it and may not review it');
  });

  it('allows the decider when no independent review is demanded, and lifts it', () => {
    store.apply(decision(3, '2026-12-01T09:00:00Z', [{ kind: 'propose', rule: 'abuse', target: 'voicemail_only' }]), call);
    store.approveRestriction(3, 'ann', { until: new Date('2027-01-01T00:00:00Z') });
    expect(store.reviewRestriction(3, 'ann', { outcome: 'lift' })).toMatchObject({ status: 'lifted', reviewedBy: 'ann' });
  });

  it('moves only along its life cycle', () => {
    expectStoreError(() => store.reviewRestriction(1, 'bob'), 'store/wrong-status');
  });
});

/** The proposal with the policy's appeal terms: 10 working days to appeal, 20 to reply. */
const appealable: Duty = { ...proposal, target: 'call_windows', restriction: { ...proposal.restriction!, name: 'call_windows', appeal_working_days: 10, reply_working_days: 20 } };

describe('appeals against a restriction', () => {
  // Approved on Tuesday 2026-12-22: ten working days end on Tuesday 2027-01-05.
  beforeEach(() => {
    store.apply(decision(3, '2026-12-01T09:00:02Z', [appealable]), call);
    store.approveRestriction(3, 'ann', at('2026-12-22T10:00:00Z'));
  });

  it('is lodged within the deadline, with the organisation’s reply due in working days', () => {
    const appeal = store.appeal('restriction', 3, 'clerk', { grounds: 'I was not abusive', ...at('2027-01-05T16:00:00Z') });
    expect(appeal).toEqual({
      id: 1,
      subject: 'restriction',
      subjectId: 3,
      callerId: 'k1',
      lodgedAt: '2027-01-05T16:00:00.000Z',
      lodgedBy: 'clerk',
      grounds: 'I was not abusive',
      deadline: '2027-01-05T23:59:59.999Z',
      lateReason: undefined,
      replyDue: '2027-02-02T23:59:59.999Z',
      status: 'open',
      heardBy: undefined,
      heardAt: undefined,
      outcome: undefined,
      amendedUntil: undefined,
      reasons: undefined,
    });
    expect(store.appeals({ status: 'open' })).toEqual([appeal]);
  });

  it('counts the organisation’s holidays out of both deadlines', () => {
    store.close();
    store = openStore(join(dir, 'store.db'), { clock, holidays: new Set(['2026-12-25', '2026-12-28', '2027-01-01']) });
    expect(store.appeal('restriction', 3, 'clerk', at('2027-01-08T12:00:00Z'))).toMatchObject({ deadline: '2027-01-08T23:59:59.999Z', lateReason: undefined });
  });

  it('refuses an appeal past its deadline, and keeps one accepted late with the reason', () => {
    const e = expectStoreError(() => store.appeal('restriction', 3, 'clerk', at('2027-01-06T09:00:00Z')), 'store/appeal-late');
    expect(e.message).toBe(
      'the appeal against restriction 3 is late: the customer had until 2027-01-05T23:59:59.999Z (10 working days after 2026-12-22T10:00:00.000Z); it is lodged at 2027-01-06T09:00:00.000Z',
    );
    expect(store.appeals()).toEqual([]);
    const late = store.appeal('restriction', 3, 'clerk', { lateReason: ' resident in hospital ', ...at('2027-01-06T09:00:00Z') });
    expect(late).toMatchObject({ lateReason: 'resident in hospital', deadline: '2027-01-05T23:59:59.999Z' });
  });

  it('refuses an appeal against a proposal, and a second while one is open', () => {
    expectStoreError(() => store.appeal('restriction', 1, 'clerk'), 'store/wrong-status');
    store.appeal('restriction', 3, 'clerk', at('2026-12-23T09:00:00Z'));
    expect(expectStoreError(() => store.appeal('restriction', 3, 'clerk', at('2026-12-24T09:00:00Z')), 'store/wrong-status').message).toBe(
      'restriction 3 has an open appeal (1); hear it before another is lodged',
    );
  });

  it('refuses a hearer who approved the restriction, as a person not a spelling', () => {
    store.appeal('restriction', 3, 'clerk', at('2026-12-23T09:00:00Z'));
    const e = expectStoreError(() => store.hearAppeal(1, 'ANN', { outcome: 'lift' }), 'store/not-independent');
    expect(e.message).toBe('appeal 1 must be heard by someone independent of the decision: ann decided restriction 3');
    expect(store.appeals()[0]).toMatchObject({ status: 'open' });
  });

  it('is heard: keep leaves the restriction as it was', () => {
    store.appeal('restriction', 3, 'clerk', at('2026-12-23T09:00:00Z'));
    const heard = store.hearAppeal(1, 'olu', { outcome: 'keep', reasons: 'the recording bears the decision out', ...at('2027-01-10T09:00:00Z') });
    expect(heard).toMatchObject({ status: 'decided', heardBy: 'olu', heardAt: '2027-01-10T09:00:00.000Z', outcome: 'keep', reasons: 'the recording bears the decision out' });
    expect(store.restrictions()[2]).toMatchObject({ status: 'approved', until: '2027-12-01T09:00:00.000Z' });
    expectStoreError(() => store.hearAppeal(1, 'olu', { outcome: 'lift' }), 'store/wrong-status');
  });

  it('is heard: amend shortens the restriction, within its decision and maximum', () => {
    store.appeal('restriction', 3, 'clerk', at('2026-12-23T09:00:00Z'));
    expectStoreError(() => store.hearAppeal(1, 'olu', { outcome: 'amend' }), 'store/bad-until');
    expectStoreError(() => store.hearAppeal(1, 'olu', { outcome: 'amend', until: new Date('2028-01-01T00:00:00Z') }), 'store/bad-until');
    expectStoreError(() => store.hearAppeal(1, 'olu', { outcome: 'keep', until: new Date('2027-03-01T00:00:00Z') }), 'store/bad-until');
    expect(store.hearAppeal(1, 'olu', { outcome: 'amend', until: new Date('2027-03-01T00:00:00Z') })).toMatchObject({ outcome: 'amend', amendedUntil: '2027-03-01T00:00:00.000Z' });
    expect(store.restrictions()[2]).toMatchObject({ status: 'approved', until: '2027-03-01T00:00:00.000Z' });
    expect(inForce('2027-03-02T09:00:00Z')).toEqual([]);
  });

  it('is heard: lift ends the restriction; a restriction lifted meanwhile cannot be amended', () => {
    store.appeal('restriction', 3, 'clerk', at('2026-12-23T09:00:00Z'));
    expect(store.hearAppeal(1, 'olu', { outcome: 'lift', ...at('2027-01-10T09:00:00Z') })).toMatchObject({ outcome: 'lift' });
    expect(store.restrictions()[2]).toMatchObject({ status: 'lifted' });
    expect(inForce('2027-01-11T09:00:00Z')).toEqual([]);

    store.apply(decision(4, '2026-12-01T09:00:03Z', [{ ...appealable, target: 'other', restriction: { ...appealable.restriction!, name: 'other' } }]), call);
    store.approveRestriction(4, 'ann', at('2026-12-22T10:00:00Z'));
    store.appeal('restriction', 4, 'clerk', at('2026-12-23T09:00:00Z'));
    store.reviewRestriction(4, 'bob', { outcome: 'lift', ...at('2026-12-24T09:00:00Z') });
    expectStoreError(() => store.hearAppeal(2, 'olu', { outcome: 'amend', until: new Date('2027-03-01T00:00:00Z') }), 'store/wrong-status');
    expect(store.hearAppeal(2, 'olu', { outcome: 'keep' })).toMatchObject({ status: 'decided' });
  });

  it('has no deadline where the policy sets none', () => {
    expect(store.approveRestriction(2, 'ann', { as: 'line_manager', ...at('2026-12-02T10:00:00Z') }).status).toBe('proposed');
    store.approveRestriction(2, 'dee', { as: 'director', ...at('2026-12-02T11:00:00Z') });
    expect(store.appeal('restriction', 2, 'clerk', at('2027-06-01T09:00:00Z'))).toMatchObject({ deadline: undefined, replyDue: undefined });
  });

  it('names an unknown appeal', () => {
    expectStoreError(() => store.hearAppeal(7, 'olu', { outcome: 'keep' }), 'store/unknown-appeal');
  });
});

describe('appeals against a warning', () => {
  it('is lodged against a warning a call gave, with the terms its policy set', () => {
    store.apply(decision(5, '2026-12-01T09:00:04Z', [{ kind: 'record_warning', rule: 'abuse', category: 'profanity', appeal_working_days: 10, reply_working_days: 20 }]), call);
    const [warning] = store.records('k1');
    expect(warning).toMatchObject({ kind: 'warning', appealWorkingDays: 10, replyWorkingDays: 20, givenBy: undefined });
    // Tuesday 2026-12-01: ten working days end on Tuesday 2026-12-15.
    expectStoreError(() => store.appeal('record', warning!.id, 'clerk', at('2026-12-16T00:00:00Z')), 'store/appeal-late');
    expect(store.appeal('record', warning!.id, 'clerk', at('2026-12-15T23:00:00Z'))).toMatchObject({ subject: 'record', deadline: '2026-12-15T23:59:59.999Z', replyDue: '2027-01-12T23:59:59.999Z' });
  });

  it('refuses the officer who gave a warning letter as its hearer; lifting it stops it counting', () => {
    const letter = store.addRecord({ callerId: 'k1', kind: 'warning', at: '2026-12-02T12:00:00Z', by: 'sam', appealWorkingDays: 10 });
    store.appeal('record', letter.id, 'clerk', at('2026-12-03T09:00:00Z'));
    expectStoreError(() => store.hearAppeal(1, 'Sam', { outcome: 'lift' }), 'store/not-independent');
    store.hearAppeal(1, 'olu', { outcome: 'lift', ...at('2026-12-10T09:00:00Z') });
    expect(store.records('k1')[0]).toMatchObject({ expires: '2026-12-10T09:00:00.000Z' });
    const counted = (iso: string) => store.enrichCallStarted({ type: 'call_started', at: iso, call: { id: 'later' }, caller: { id: 'k1' } }).caller?.records ?? [];
    expect(counted('2026-12-09T09:00:00Z')).toHaveLength(1);
    expect(counted('2026-12-11T09:00:00Z')).toEqual([]);
  });

  it('amends a warning to expire sooner', () => {
    const letter = store.addRecord({ callerId: 'k1', kind: 'warning', at: '2026-12-02T12:00:00Z', by: 'sam' });
    store.appeal('record', letter.id, 'clerk');
    expect(store.hearAppeal(1, 'olu', { outcome: 'amend', until: new Date('2027-03-01T00:00:00Z') })).toMatchObject({ amendedUntil: '2027-03-01T00:00:00.000Z' });
    expect(store.records('k1')[0]).toMatchObject({ expires: '2027-03-01T00:00:00.000Z' });
    expectStoreError(() => store.appeal('record', 99, 'clerk'), 'store/unknown-record');
  });
});

describe('reviews due', () => {
  const every182d = 182 * 86_400_000;
  const due = (iso: string, every?: number) => store.reviewsDue(new Date(iso), every).map((d) => `${d.restriction.name} ${d.due}`);

  it('lists a restriction in effect at its first review date, not a proposal or one lifted', () => {
    // written_only: first review 2027-03-01T09:00Z; no_contact waits for its second approver.
    store.approveRestriction(1, 'ann', at('2026-12-02T10:00:00Z'));
    store.approveRestriction(2, 'ann', { as: 'line_manager' });
    expect(due('2027-03-01T08:59:59Z')).toEqual([]);
    expect(due('2027-03-01T09:00:00Z')).toEqual(['written_only 2027-03-01T09:00:00.000Z']);
    store.reviewRestriction(1, 'bob', { outcome: 'lift', ...at('2027-03-01T10:00:00Z') });
    expect(due('2027-09-01T00:00:00Z')).toEqual([]);
  });

  it('after a review, follows the restriction’s own period, or none', () => {
    const repeated: Duty = { ...proposal, target: 'repeated', restriction: { ...proposal.restriction!, name: 'repeated', review_every_ms: 30 * 86_400_000 } };
    store.apply(decision(3, '2026-12-01T09:00:05Z', [repeated]), call);
    store.approveRestriction(1, 'ann', at('2026-12-02T10:00:00Z'));
    store.approveRestriction(3, 'ann', at('2026-12-02T10:00:00Z'));
    store.reviewRestriction(1, 'bob', at('2027-03-01T10:00:00Z'));
    store.reviewRestriction(3, 'bob', at('2027-03-01T10:00:00Z'));
    expect(due('2027-03-31T10:00:00Z')).toEqual(['repeated 2027-03-31T10:00:00.000Z']);
    expect(due('2027-11-30T00:00:00Z')).toEqual(['repeated 2027-03-31T10:00:00.000Z']);
  });

  it('adds an organisation’s calendar: every restriction reviewed at least that often', () => {
    store.approveRestriction(1, 'ann', at('2026-12-02T10:00:00Z'));
    store.reviewRestriction(1, 'bob', at('2027-03-01T10:00:00Z'));
    expect(due('2027-08-30T09:59:59Z', every182d)).toEqual([]);
    expect(due('2027-08-30T10:00:00Z', every182d)).toEqual(['written_only 2027-08-30T10:00:00.000Z']);
    // Before its first review, the calendar can bring it forward, never push it back.
    store.apply(decision(3, '2026-12-01T09:00:05Z', [{ ...proposal, target: 'soon', restriction: { ...proposal.restriction!, name: 'soon' } }]), call);
    store.approveRestriction(3, 'ann', at('2026-12-02T10:00:00Z'));
    expect(due('2027-01-01T10:00:00Z', 30 * 86_400_000)).toEqual(['soon 2027-01-01T10:00:00.000Z']);
    expectStoreError(() => store.reviewsDue(NOW, 0), 'store/invalid-date');
  });
});

describe('schema version 5', () => {
  it('lists a version 3 store opened read-only, without migrating it', () => {
    store.close();
    const db = new Database(join(dir, 'store.db'));
    db.exec('DROP TABLE appeals; DROP TABLE approvals; ALTER TABLE records DROP COLUMN given_by; ALTER TABLE records DROP COLUMN appeal_working_days; ALTER TABLE records DROP COLUMN reply_working_days');
    db.pragma('user_version = 3');
    db.close();
    store = openStore(join(dir, 'store.db'), { clock, readOnly: true });
    expect(store.restrictions().map((r) => r.status)).toEqual(['proposed', 'proposed']);
    expect(store.appeals()).toEqual([]);
    store.close();
    const after = new Database(join(dir, 'store.db'));
    expect(after.pragma('user_version', { simple: true })).toBe(3);
    after.close();
    store = openStore(join(dir, 'store.db'), { clock });
  });
});

describe('schema version 4', () => {
  it('migrates a version 3 store in place, keeping its restrictions, and a proposal of two roles then needs both', () => {
    store.close();
    // A version 3 file: the same tables, without approvals.
    const db = new Database(join(dir, 'store.db'));
    db.exec('DROP TABLE appeals; DROP TABLE approvals; ALTER TABLE records DROP COLUMN given_by; ALTER TABLE records DROP COLUMN appeal_working_days; ALTER TABLE records DROP COLUMN reply_working_days');
    db.pragma('user_version = 3');
    db.close();
    store = openStore(join(dir, 'store.db'), { clock });
    expect(store.restrictions().map((r) => [r.name, r.status, r.approvals.length])).toEqual([['written_only', 'proposed', 0], ['no_contact', 'proposed', 0]]);
    expect(store.approveRestriction(2, 'ann', { as: 'line_manager' })).toMatchObject({ status: 'proposed', awaiting: ['director'] });
  });
});
