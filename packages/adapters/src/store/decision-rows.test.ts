import { describe, expect, it } from 'vitest';
import { decisionRows } from './decision-rows.js';
import { StoreError } from './store-error.js';
import type { Decision, Duty, ProposedRestriction } from '@callguard/contract';

const policy = { name: 'council', version: '1.0.0', hash: 'abc' };
// An offset `at` (not what the engine writes) shows the store normalises it.
const decision = (duties: Duty[], required: Duty[] = []): Decision => ({
  v: 1,
  action: 'warn',
  allowed: ['continue', 'warn'],
  required,
  duties,
  matched: [],
  ended: false,
  policy,
  event: { seq: 4, at: '2026-12-01T10:30:05+01:00', type: 'utterance', channel: 'phone' },
});

describe('decisionRows', () => {
  it('keeps record duties as records, at the event time in UTC, without an expiry', () => {
    const rows = decisionRows(decision([{ kind: 'record_strike', rule: 'abuse', category: 'threat' }]), { callId: 'c1', callerId: 'k1' });
    expect(rows.records).toEqual([
      expect.objectContaining({ caller_id: 'k1', kind: 'strike', category: 'threat', at: '2026-12-01T09:30:05.000Z', call_id: 'c1', event_seq: 4, duty_index: 0 }),
    ]);
    expect(rows.duties).toEqual([]);
  });

  it('keeps only duties with a due or an owner as duties, indexed across duties then required', () => {
    const rows = decisionRows(
      decision(
        [
          { kind: 'document', rule: 'abuse' },
          { kind: 'follow_up', rule: 'abuse', due: '2026-12-02T09:30:05.000Z' },
        ],
        [{ kind: 'alert', rule: 'abuse', owner: 'security', target: 'security' }],
      ),
      { callId: 'c1' },
    );
    expect(rows.duties.map((d) => [d.kind, d.duty_index, d.owner, d.due, d.caller_id])).toEqual([
      ['follow_up', 1, null, '2026-12-02T09:30:05.000Z', null],
      ['alert', 2, 'security', null, null],
    ]);
    expect(JSON.parse(rows.duties[1]!.details)).toEqual({ kind: 'alert', rule: 'abuse', owner: 'security', target: 'security' });
  });

  it('keeps a proposal with its approvers, review date and maximum', () => {
    const restriction: ProposedRestriction = {
      name: 'written_only',
      title: 'Written contact only',
      kind: 'written_only',
      scope: 'organisation',
      channels: [],
      max_ms: 365 * 86_400_000,
      review_after_ms: 90 * 86_400_000,
      independent_review: true,
      approvers: ['manager', 'director'],
      appeal_working_days: 10,
      review_due: '2027-03-01T09:30:05.000Z',
      max_until: '2027-12-01T09:30:05.000Z',
    };
    const rows = decisionRows(decision([{ kind: 'propose', rule: 'abuse', target: 'written_only', restriction }]), { callId: 'c1', callerId: 'k1' });
    expect(rows.restrictions).toEqual([
      expect.objectContaining({
        name: 'written_only',
        proposed_at: '2026-12-01T09:30:05.000Z',
        approvers: '["manager","director"]',
        independent_review: 1,
        appeal_working_days: 10,
        review_due: '2027-03-01T09:30:05.000Z',
        max_until: '2027-12-01T09:30:05.000Z',
      }),
    ]);
  });

  it('counts records and proposals it cannot attach to a caller', () => {
    const rows = decisionRows(decision([{ kind: 'record_warning', rule: 'abuse' }, { kind: 'propose', rule: 'abuse', target: 'x' }]), { callId: 'c1' });
    expect(rows).toMatchObject({ records: [], restrictions: [], unattached: 2 });
  });

  it('refuses a proposal that names no restriction', () => {
    expect(() => decisionRows(decision([{ kind: 'propose', rule: 'abuse' }]), { callId: 'c1', callerId: 'k1' })).toThrow(StoreError);
  });
});
