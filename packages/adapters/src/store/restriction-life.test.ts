/**
 * A restriction's life in the store, one test per transition: proposed,
 * approved (by every approving role, each a different person) or rejected,
 * reviewed (kept active or lifted).
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

describe('schema version 4', () => {
  it('migrates a version 3 store in place, keeping its restrictions, and a proposal of two roles then needs both', () => {
    store.close();
    // A version 3 file: the same tables, without approvals.
    const db = new Database(join(dir, 'store.db'));
    db.exec('DROP TABLE approvals');
    db.pragma('user_version = 3');
    db.close();
    store = openStore(join(dir, 'store.db'), { clock });
    expect(store.restrictions().map((r) => [r.name, r.status, r.approvals.length])).toEqual([['written_only', 'proposed', 0], ['no_contact', 'proposed', 0]]);
    expect(store.approveRestriction(2, 'ann', { as: 'line_manager' })).toMatchObject({ status: 'proposed', awaiting: ['director'] });
  });
});
