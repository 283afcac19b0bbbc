import { describe, expect, it } from 'vitest';
import { decisionRows } from './decision-rows.js';
import { StoreError } from './store-error.js';
import type { DecisionLike, DutyLike } from './types.js';

const policy = { name: 'council', version: '1.0.0', hash: 'abc' };
const decision = (duties: DutyLike[], required: DutyLike[] = []): DecisionLike => ({
  duties,
  required,
  policy,
  event: { seq: 4, at: '2026-12-01T10:30:05+01:00' },
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
    const restriction = {
      name: 'written_only',
      title: 'Written contact only',
      kind: 'written_only',
      scope: 'organisation',
      independentReview: true,
      approvers: ['manager', 'director'],
      appealWorkingDays: 10,
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
