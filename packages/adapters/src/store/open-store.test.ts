import { execFile, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkText } from '@callguard/dsl';
import { compile } from '@callguard/engine';
import { sameIdentity } from './identity.js';
import { openStore } from './open-store.js';
import { CALL_START, NOW, clock, decision, expectStoreError, policy, proposal } from '../../test/store-fixture.js';
import type { CallStartedEvent, Decision, Duty } from '@callguard/contract';
import type { Store } from './types.js';

function callStarted(id: string, at: string, callerId?: string): CallStartedEvent {
  return { type: 'call_started', at, call: { id }, ...(callerId !== undefined && { caller: { id: callerId } }) };
}

/**
 * Runs node with `args` as an unprivileged user and resolves to what it
 * prints. As root (as in CI), through `setpriv` as nobody: keeping only the
 * right to read and search any folder, so that the repository can be loaded
 * wherever it was cloned, but no right to write where nobody may.
 */
function unprivileged(args: readonly string[]): Promise<string> {
  const [command, all] =
    process.getuid?.() === 0
      ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '--inh-caps=+dac_read_search', '--ambient-caps=+dac_read_search', process.execPath, ...args]]
      : [process.execPath, [...args]];
  return new Promise((done, fail) => {
    execFile(command, all, { timeout: 20_000 }, (error, stdout, stderr) => (error ? fail(new Error(`${error.message}\n${stderr}`)) : done(stdout)));
  });
}

/**
 * Lets every user search the folders above `dir` (the test run's temporary
 * root is private): better-sqlite3 checks that a store's folder exists with
 * `access`, which ignores the capability {@link unprivileged} keeps.
 * Returns what puts them back.
 */
function searchableAbove(dir: string): () => void {
  const changed: [string, number][] = [];
  for (let up = dirname(dir); up !== dirname(up); up = dirname(up)) {
    const mode = statSync(up).mode & 0o7777;
    if ((mode & 0o001) === 0) {
      chmodSync(up, mode | 0o001);
      changed.push([up, mode]);
    }
  }
  return () => changed.forEach(([up, mode]) => chmodSync(up, mode));
}

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'callguard-store-'));
  store = openStore(join(dir, 'store.db'), { clock });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('openStore', () => {
  it('creates the schema in WAL mode at the current version, and reopens it', () => {
    store.close();
    const db = new Database(join(dir, 'store.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    db.close();
    store = openStore(join(dir, 'store.db'), { clock, mustExist: true });
    expect(store.duties()).toEqual([]);
  });

  it('gives a StoreError, not an SQLite stack, for a corrupt file', () => {
    writeFileSync(join(dir, 'junk.db'), 'this is not a database, just some text that is long enough to have a header'.repeat(20));
    const e = expectStoreError(() => openStore(join(dir, 'junk.db'), { clock }), 'store/corrupt');
    expect(e.file).toMatch(/junk\.db$/);
    expect(e.message).toMatch(/^not a CallGuard store, or damaged/);
  });

  it('refuses a missing file when it must exist, and a folder that does not exist', () => {
    expectStoreError(() => openStore(join(dir, 'absent.db'), { clock, mustExist: true }), 'store/cannot-open');
    expectStoreError(() => openStore(join(dir, 'no/such/folder/store.db'), { clock }), 'store/cannot-open');
  });

  it('refuses another program’s database and a newer schema', () => {
    const other = new Database(join(dir, 'other.db'));
    other.exec('CREATE TABLE customers (id TEXT)');
    other.close();
    expectStoreError(() => openStore(join(dir, 'other.db'), { clock }), 'store/not-a-store');
    const newer = new Database(join(dir, 'newer.db'));
    newer.pragma('user_version = 99');
    newer.close();
    expectStoreError(() => openStore(join(dir, 'newer.db'), { clock }), 'store/newer-schema');
  });
});

describe('apply', () => {
  const abuse = decision(3, '2026-12-01T09:00:30Z', [
    { kind: 'document', rule: 'abuse' },
    { kind: 'record_warning', rule: 'abuse', category: 'profanity' },
    proposal,
    { kind: 'decide', rule: 'abuse', owner: 'compliance', due: '2026-12-08T09:00:30.000Z' },
  ]);

  it('keeps records, proposals and owned or dated duties, and reads them back', () => {
    expect(store.apply(abuse, { callId: 'c1', callerId: 'k1', startedAt: CALL_START })).toEqual({ records: 1, restrictions: 1, duties: 1, deliveries: 4, unattached: 0 });
    expect(store.records('k1')).toEqual([
      {
        id: 1,
        callerId: 'k1',
        kind: 'warning',
        category: 'profanity',
        at: '2026-12-01T09:00:30.000Z',
        expires: undefined,
        callId: 'c1',
        rule: 'abuse',
        policy,
      },
    ]);
    expect(store.restrictions({ callerId: 'k1' })).toEqual([
      expect.objectContaining({
        name: 'written_only',
        status: 'proposed',
        proposedAt: '2026-12-01T09:00:30.000Z',
        reviewDue: '2027-03-01T09:00:00.000Z',
        maxUntil: '2027-12-01T09:00:00.000Z',
        approvers: ['manager'],
        independentReview: true,
        until: undefined,
        callId: 'c1',
        policy,
      }),
    ]);
    expect(store.duties()).toEqual([
      expect.objectContaining({
        id: 1,
        callId: 'c1',
        callerId: 'k1',
        eventSeq: 3,
        kind: 'decide',
        owner: 'compliance',
        due: '2026-12-08T09:00:30.000Z',
        status: 'open',
        createdAt: '2026-12-01T09:00:30.000Z',
        details: { kind: 'decide', rule: 'abuse', owner: 'compliance', due: '2026-12-08T09:00:30.000Z' },
      }),
    ]);
  });

  it('is idempotent: applying the same decision again adds nothing', () => {
    store.apply(abuse, { callId: 'c1', callerId: 'k1', startedAt: CALL_START });
    expect(store.apply(abuse, { callId: 'c1', callerId: 'k1', startedAt: CALL_START })).toEqual({ records: 0, restrictions: 0, duties: 0, deliveries: 0, unattached: 0 });
    expect([store.records('k1').length, store.restrictions().length, store.duties().length]).toEqual([1, 1, 1]);
    // The same duties on another call are new.
    expect(store.apply(abuse, { callId: 'c2', callerId: 'k1', startedAt: CALL_START })).toMatchObject({ records: 1, restrictions: 1, duties: 1 });
  });

  it('keeps one record of a kind and category, and one proposal, per call however often its rule fired', () => {
    const strike: Duty = { kind: 'record_strike', rule: 'abuse', category: 'profanity' };
    const first = store.apply(decision(1, '2026-12-01T09:00:10Z', [strike, proposal]), { callId: 'c1', callerId: 'cust-1', startedAt: CALL_START });
    const again = store.apply(decision(2, '2026-12-01T09:00:40Z', [strike, proposal]), { callId: 'c1', callerId: 'cust-1', startedAt: CALL_START });
    const other = store.apply(decision(3, '2026-12-01T09:01:00Z', [{ ...strike, category: 'threat' }]), { callId: 'c1', callerId: 'cust-1', startedAt: CALL_START });
    const nextCall = store.apply(decision(1, '2026-12-08T09:00:10Z', [strike]), { callId: 'c2', callerId: 'cust-1', startedAt: CALL_START });
    expect([first.records, again.records, other.records, nextCall.records]).toEqual([1, 0, 1, 1]);
    expect([first.restrictions, again.restrictions]).toEqual([1, 0]);
    expect(store.records('cust-1').map((r) => `${r.kind} ${r.category}`)).toEqual(['strike profanity', 'strike threat', 'strike profanity']);
  });

  it('keeps none of a decision when part of it cannot be kept', () => {
    const broken = decision(5, '2026-12-01T09:01:00Z', [
      { kind: 'record_warning', rule: 'abuse' },
      { kind: 'follow_up', rule: 'abuse', due: 'not a date' },
    ]);
    expectStoreError(() => store.apply(broken, { callId: 'c1', callerId: 'k1', startedAt: CALL_START }), 'store/invalid-date');
    expect(store.records('k1')).toEqual([]);
  });

  it('reads rows kept before proposals were snake_case with the contract’s field names', () => {
    const old = { name: 'written_only', maxMs: 1, reviewAfterMs: 2, independentReview: true, liftWhen: 'calm', approvers: ['manager'], appealWorkingDays: 10 };
    const due = '2026-12-08T09:00:10.000Z';
    store.apply(decision(1, '2026-12-01T09:00:10Z', [{ ...proposal, owner: 'compliance', due }]), { callId: 'c1', callerId: 'k1', startedAt: CALL_START });
    store.close();
    // What an older version wrote: the checker's camelCase names inside `details`.
    const db = new Database(join(dir, 'store.db'));
    db.prepare('UPDATE restrictions SET details = ?').run(JSON.stringify(old));
    db.prepare('UPDATE duties SET details = ?').run(JSON.stringify({ kind: 'propose', rule: 'abuse', owner: 'compliance', restriction: old, due }));
    db.close();
    store = openStore(join(dir, 'store.db'), { clock });
    const upgraded = { name: 'written_only', max_ms: 1, review_after_ms: 2, independent_review: true, lift_when: 'calm', approvers: ['manager'], appeal_working_days: 10 };
    expect(Object.keys(store.restrictions()[0]?.details ?? {})).toEqual(Object.keys(upgraded));
    expect(store.restrictions()[0]?.details).toEqual(upgraded);
    expect(store.duties()[0]?.details).toEqual({ kind: 'propose', rule: 'abuse', owner: 'compliance', restriction: upgraded, due });
  });
});

describe('duties', () => {
  beforeEach(() => {
    store.apply(
      decision(1, '2026-12-01T09:00:00Z', [
        { kind: 'follow_up', rule: 'abuse', due: '2026-12-02T09:00:00.000Z' },
        { kind: 'review_recording', rule: 'abuse', owner: 'compliance' },
        { kind: 'callback', rule: 'dropped', due: '2026-12-01T09:10:00.000Z' },
      ]),
      { callId: 'c1', startedAt: CALL_START },
    );
  });

  it('lists soonest due first, undated last', () => {
    expect(store.duties().map((d) => d.kind)).toEqual(['callback', 'follow_up', 'review_recording']);
  });

  it('lists as overdue the open duties due before the given time', () => {
    expect(store.duties({ overdue: new Date('2026-12-01T09:10:00Z') })).toEqual([]);
    expect(store.duties({ overdue: new Date('2026-12-01T12:00:00Z') }).map((d) => d.kind)).toEqual(['callback']);
    expect(store.duties({ overdue: new Date('2027-01-01T00:00:00Z') }).map((d) => d.kind)).toEqual(['callback', 'follow_up']);
  });

  it('completes a duty once, who and when recorded, and no longer lists it as open or overdue', () => {
    const done = store.complete(3, 'sam', { at: new Date('2026-12-01T09:05:00Z') });
    expect(done).toMatchObject({ kind: 'callback', status: 'done', doneBy: 'sam', doneAt: '2026-12-01T09:05:00.000Z' });
    expect(store.duties({ status: 'open' }).map((d) => d.id)).toEqual([1, 2]);
    expect(store.duties({ overdue: new Date('2027-01-01T00:00:00Z') }).map((d) => d.id)).toEqual([1]);
    expect(expectStoreError(() => store.complete(3, 'kim'), 'store/duty-done').message).toMatch(/already done by sam/);
  });

  it('names an unknown duty id', () => {
    expect(expectStoreError(() => store.complete(42, 'sam'), 'store/unknown-duty').message).toMatch(/^no duty 42 in /);
  });
});

describe('enrichCallStarted', () => {
  it('leaves an event without a caller id untouched', () => {
    const event = callStarted('c9', '2026-12-05T09:00:00Z');
    expect(store.enrichCallStarted(event)).toBe(event);
  });

  it('adds the records of earlier calls and letters, not explicitly expired ones, later ones or the call’s own', () => {
    store.apply(decision(1, '2026-12-01T09:00:00Z', [{ kind: 'record_warning', rule: 'abuse', category: 'profanity' }]), { callId: 'c1', callerId: 'k1', startedAt: CALL_START });
    store.apply(decision(1, '2026-12-03T09:00:00Z', [{ kind: 'record_strike', rule: 'abuse' }]), { callId: 'c2', callerId: 'k1', startedAt: CALL_START });
    store.apply(decision(1, '2026-12-09T09:00:00Z', [{ kind: 'record_incident', rule: 'abuse' }]), { callId: 'c3', callerId: 'k1', startedAt: CALL_START });
    store.apply(decision(1, '2026-12-01T09:00:00Z', [{ kind: 'record_warning', rule: 'abuse' }]), { callId: 'c4', callerId: 'someone-else', startedAt: CALL_START });
    store.addRecord({ callerId: 'k1', kind: 'warning', at: '2026-11-01T00:00:00Z', expires: '2026-12-01T00:00:00Z' });
    store.addRecord({ callerId: 'k1', kind: 'warning', category: 'threat', at: '2026-11-02T00:00:00Z', expires: '2027-11-02T00:00:00Z' });
    const event = { ...callStarted('c2', '2026-12-05T09:00:00+01:00', 'k1'), caller: { id: 'k1', records: [{ kind: 'incident' as const, at: '2026-10-01T00:00:00Z' }] } };
    expect(store.enrichCallStarted(event).caller?.records).toEqual([
      { kind: 'incident', at: '2026-10-01T00:00:00Z' },
      { kind: 'warning', category: 'threat', at: '2026-11-02T00:00:00.000Z', expires: '2027-11-02T00:00:00.000Z' },
      { kind: 'warning', category: 'profanity', at: '2026-12-01T09:00:00.000Z' },
    ]);
    expect(event.caller.records).toHaveLength(1);
  });

  it('adds only approved or active restrictions, in effect when the call starts and ending after it', () => {
    const propose = (seq: number, name: string) =>
      store.apply(decision(seq, '2026-12-01T09:00:00Z', [{ kind: 'propose', rule: 'abuse', target: name }]), { callId: 'c1', callerId: 'k1', startedAt: CALL_START });
    propose(1, 'still_proposed');
    propose(2, 'approved');
    propose(3, 'reviewed');
    propose(4, 'lifted');
    propose(5, 'expired');
    propose(6, 'rejected');
    propose(7, 'approved_after_the_call');
    const until = new Date('2027-06-01T00:00:00Z');
    const at = new Date('2026-12-02T00:00:00Z');
    store.approveRestriction(2, 'ann', { until, at });
    store.approveRestriction(3, 'ann', { until, at });
    store.reviewRestriction(3, 'bob', { at });
    store.approveRestriction(4, 'ann', { until, at });
    store.reviewRestriction(4, 'bob', { outcome: 'lift', at });
    store.approveRestriction(5, 'ann', { until: new Date('2026-12-04T00:00:00Z'), at });
    store.rejectRestriction(6, 'ann', { at });
    store.approveRestriction(7, 'ann', { until, at: new Date('2026-12-06T00:00:00Z') });
    const enriched = store.enrichCallStarted(callStarted('c2', '2026-12-05T09:00:00Z', 'k1'));
    expect(enriched.caller?.restrictions).toEqual([
      { name: 'approved', until: '2027-06-01T00:00:00.000Z' },
      { name: 'reviewed', until: '2027-06-01T00:00:00.000Z' },
    ]);
    expect(enriched.caller?.records).toBeUndefined();
  });
});

describe('an audit trail', () => {
  const start = { callId: 'c1', callerId: 'k1', startedAt: CALL_START };
  const record = (seq: number): Duty => ({ kind: 'record_warning', rule: 'abuse', category: seq % 2 === 0 ? 'profanity' : 'threat' });

  it('refuses a second call that reuses a kept call id, keeping nothing of it', () => {
    store.apply(decision(1, '2026-12-01T09:00:10Z', [record(1)]), start);
    const reused = { ...start, startedAt: '2026-12-09T10:00:00Z' };
    const e = expectStoreError(() => store.apply(decision(1, '2026-12-09T10:00:10Z', [record(2)]), reused), 'store/call-id-reused');
    expect(e.message).toBe(
      'call id `c1` is already kept for a call from k1 that started at 2026-12-01T09:00:00.000Z; this call (from k1, started at 2026-12-09T10:00:00.000Z) is not kept',
    );
    expectStoreError(() => store.apply(decision(1, '2026-12-01T09:00:10Z', [record(2)]), { ...start, callerId: 'someone-else' }), 'store/call-id-reused');
    expect(store.records('k1')).toHaveLength(1);
    // The same call again is no reuse: it is replayed, and nothing is kept twice.
    expect(store.apply(decision(1, '2026-12-01T09:00:10Z', [record(1)]), start).records).toBe(0);
  });

  it('keeps a redelivered event once: its replayed decision has the same seq', () => {
    const { policy: checked } = checkText(readFileSync(join(import.meta.dirname, '../../../../examples/policies/bank.policy'), 'utf8'), 'bank.policy');
    const compiled = compile(checked!);
    const threat = (id: string, at: string) => ({ type: 'utterance', id, at, speaker: 'customer', signals: { threat: 0.95 } });
    const run = (callId: string, redeliver: boolean): Decision[] => {
      const session = compiled.open({ ...callStarted(callId, CALL_START, 'k1'), id: 'start' });
      const decisions = [session.opening, session.handle(threat('m-1', '2026-12-01T09:00:10Z'))];
      if (redeliver) decisions.push(session.handle(threat('m-1', '2026-12-01T09:00:10Z')));
      return decisions;
    };
    const once = store.applyCall(run('c1', false), { ...start, callId: 'c1' });
    expect(once.duties).toBeGreaterThan(0);
    expect(store.applyCall(run('c2', true), { ...start, callId: 'c2' })).toEqual(once);
    expect(store.duties().filter((d) => d.callId === 'c2')).toHaveLength(once.duties);
  });

  it('keeps a call all at once or not at all', () => {
    const good = decision(1, '2026-12-01T09:00:10Z', [record(1)]);
    const broken = decision(2, '2026-12-01T09:00:20Z', [{ kind: 'follow_up', rule: 'abuse', due: 'not a date' }]);
    expectStoreError(() => store.applyCall([good, broken], start), 'store/invalid-date');
    expect(store.records('k1')).toEqual([]);
    expect(store.applyCall([good, decision(2, '2026-12-01T09:00:20Z', [record(2)])], start)).toMatchObject({ records: 2 });
  });

  it('keeps nothing of a call whose process is killed half-way, and all of it when the call is kept again', async () => {
    store.close();
    const file = join(dir, 'store.db');
    const due = { kind: 'follow_up', rule: 'abuse', due: '2026-12-02T09:00:10.000Z' } as const;
    const decisions = Array.from({ length: 50 }, (_, i) => decision(i + 1, `2026-12-01T09:0${Math.floor(i / 10)}:${String((i % 10) * 5).padStart(2, '0')}Z`, [due]));
    // The 26th decision kills its process as it is read: 25 decisions of the call are then in the open transaction.
    const script = `
      const { openStore } = await import(${JSON.stringify(join(import.meta.dirname, '../../dist/store.js'))});
      const store = openStore(${JSON.stringify(file)}, { clock: () => new Date(0) });
      const decisions = ${JSON.stringify(decisions)};
      Object.defineProperty(decisions[25], 'duties', { get() { process.kill(process.pid, 'SIGKILL'); } });
      store.applyCall(decisions, ${JSON.stringify(start)});`;
    const signal = await new Promise<NodeJS.Signals | null>((done) => {
      spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' }).on('exit', (_code, killed) => done(killed));
    });
    expect(signal).toBe('SIGKILL');
    store = openStore(file, { clock });
    expect(store.duties()).toEqual([]);
    expect(store.applyCall(decisions, start).duties).toBe(50);
  });

  it('lists a read-only store, and refuses to change it', () => {
    store.apply(decision(1, '2026-12-01T09:00:10Z', [{ kind: 'follow_up', rule: 'abuse', due: '2026-12-02T09:00:10.000Z' }]), start);
    store.close();
    const file = join(dir, 'store.db');
    chmodSync(file, 0o444);
    store = openStore(file, { clock, readOnly: true });
    expect(store.duties().map((d) => d.kind)).toEqual(['follow_up']);
    expectStoreError(() => store.complete(1, 'sam'), 'store/database');
    expectStoreError(() => store.addRecord({ callerId: 'k1', kind: 'warning', at: '2026-12-02T00:00:00Z' }), 'store/database');
  });

  it('lists a WAL store in a folder it cannot write, as an unprivileged user, leaving the folder as it was', async () => {
    store.apply(decision(1, '2026-12-01T09:00:10Z', [{ kind: 'follow_up', rule: 'abuse', due: '2026-12-02T09:00:10.000Z' }]), start);
    store.close();
    const file = join(dir, 'store.db');
    // Header bytes 18 and 19 are 2 in WAL mode; closed cleanly, the store has no -wal or -shm beside it.
    expect([...readFileSync(file).subarray(18, 20)]).toEqual([2, 2]);
    expect(readdirSync(dir)).toEqual(['store.db']);
    chmodSync(file, 0o444);
    chmodSync(dir, 0o555);
    const restore = searchableAbove(dir);
    try {
      // The built package, as `callguard duties` would load it (`pnpm test` builds first).
      const script = `
        const { openStore } = await import(${JSON.stringify(join(import.meta.dirname, '../../dist/store.js'))});
        const store = openStore(${JSON.stringify(file)}, { clock: () => new Date(0), readOnly: true });
        console.log(JSON.stringify({ uid: process.getuid(), duties: store.duties().map((d) => d.kind) }));
        store.close();`;
      const listed = JSON.parse(await unprivileged(['--input-type=module', '-e', script])) as { uid: number; duties: string[] };
      expect(listed.uid).not.toBe(0);
      expect(listed.duties).toEqual(['follow_up']);
      expect(readdirSync(dir)).toEqual(['store.db']);
    } finally {
      restore();
      chmodSync(dir, 0o700);
    }
  });

  it('refuses, saying why, a store in a folder it cannot write whose log holds changes', async () => {
    store.apply(decision(1, '2026-12-01T09:00:10Z', [{ kind: 'follow_up', rule: 'abuse', due: '2026-12-02T09:00:10.000Z' }]), start);
    // A writer still open has changes in the log only; a copy of the file and its log, without the -shm, is what a reader finds.
    const writer = new Database(join(dir, 'store.db'));
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare(`INSERT INTO records (caller_id, kind, at) VALUES ('k9', 'warning', '2026-12-01T09:00:00Z')`).run();
    const copy = mkdtempSync(join(tmpdir(), 'callguard-store-'));
    copyFileSync(join(dir, 'store.db'), join(copy, 'store.db'));
    copyFileSync(join(dir, 'store.db-wal'), join(copy, 'store.db-wal'));
    writer.close();
    chmodSync(copy, 0o555);
    const restore = searchableAbove(copy);
    try {
      const script = `
        const { openStore } = await import(${JSON.stringify(join(import.meta.dirname, '../../dist/store.js'))});
        try { openStore(${JSON.stringify(join(copy, 'store.db'))}, { clock: () => new Date(0), readOnly: true }); } catch (e) { console.log(JSON.stringify({ code: e.code, message: e.message })); }`;
      expect(JSON.parse(await unprivileged(['--input-type=module', '-e', script]))).toEqual({
        code: 'store/cannot-open',
        message: "this user cannot write the store's folder, and store.db-wal holds changes not yet in the store; open it once as a user who can, or copy the folder",
      });
    } finally {
      restore();
      chmodSync(copy, 0o700);
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('compares who decided and who reviews as people, not bytes', () => {
    expect(sameIdentity('Ann.Lee', ' ann.lee')).toBe(true);
    expect(sameIdentity('ａｎｎ', 'ANN')).toBe(true);
    expect(sameIdentity('ann', 'anne')).toBe(false);
  });

  it('lets two processes create the same store at once', async () => {
    const file = join(dir, 'race.db');
    // The built package, as another process would load it (`pnpm test` builds first).
    const script = `
      const { openStore } = await import(${JSON.stringify(join(import.meta.dirname, '../../dist/store.js'))});
      openStore(${JSON.stringify(file)}, { clock: () => new Date(0) }).close();`;
    const run = () =>
      new Promise<number>((done) => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
        child.on('exit', (code) => done(code ?? 1));
      });
    expect(await Promise.all([run(), run(), run()])).toEqual([0, 0, 0]);
  });
});
