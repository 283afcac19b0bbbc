import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkText } from '@callguard/dsl';
import { compile, type CallEvent } from '@callguard/engine';
import { checkpointMessage, entryHash, openLogReader, openLogWriter } from './decision-log.js';
import { LogError } from './log-error.js';
import { verifyLog } from './verify-log.js';
import { sign } from 'node:crypto';

const root = join(import.meta.dirname, '../../../..');
const pair = generateKeyPairSync('ed25519');
const privateKey = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicKey = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** A log of the example call under the example policy: 11 decisions, a checkpoint every 4 and one at the end. */
function writeLog(options: { keepText?: boolean } = {}): string {
  const file = join(mkdtempSync(join(tmpdir(), 'callguard-log-')), 'decisions.db');
  const { policy } = checkText(readFileSync(join(root, 'examples/policies/warn-then-end.policy'), 'utf8'), 'warn-then-end.policy');
  const events = readFileSync(join(root, 'examples/calls/keeps-swearing.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as CallEvent);
  const session = compile(policy!).open(events[0]);
  const log = openLogWriter(file, { key: privateKey, checkpointEvery: 4, ...options });
  log.append('CA123', events[0]!, session.opening);
  for (const e of events.slice(1)) log.append('CA123', e, session.handle(e));
  log.close();
  return file;
}

function check(file: string) {
  const reader = openLogReader(file);
  try {
    return verifyLog(reader.entries(), reader.checkpoints(), publicKey);
  } finally {
    reader.close();
  }
}

/** Opens the file as an attacker would: plain SQLite, the append-only triggers dropped. */
function tamper(file: string, sql: string): void {
  const db = new Database(file);
  for (const t of ['log_entries_append_only_update', 'log_entries_append_only_delete', 'log_checkpoints_append_only_update', 'log_checkpoints_append_only_delete']) db.exec(`DROP TRIGGER ${t}`);
  db.exec(sql);
  db.close();
}

describe('the decision log', () => {
  it('keeps every decision in a chain that verifies, with signed checkpoints', () => {
    const file = writeLog();
    const result = check(file);
    expect(result).toMatchObject({ ok: true, entries: 11, checkpoints: 3, problems: [] });
    expect(result.lastCheckpoint?.seq).toBe(11);
    const entries = openLogReader(file).entries('CA123');
    expect(entries[4]).toMatchObject({ callId: 'CA123', policyName: 'acme-standard', policyVersion: '3.2.0' });
    expect(JSON.parse(entries[4]!.decision)).toMatchObject({ action: 'warn', rule: { id: 'abuse' } });
    // What the customer said is not kept unless asked.
    expect(entries.some((e) => 'text' in JSON.parse(e.event))).toBe(false);
    expect(openLogReader(writeLog({ keepText: true })).entries().some((e) => 'text' in JSON.parse(e.event))).toBe(true);
  });

  it('refuses updates and deletes through SQLite', () => {
    const db = new Database(writeLog());
    expect(() => db.exec("UPDATE log_entries SET decision = '{}' WHERE seq = 3")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM log_entries WHERE seq = 3')).toThrow(/append-only/);
    db.close();
  });

  it('names an edited entry', () => {
    const file = writeLog();
    tamper(file, `UPDATE log_entries SET decision = replace(decision, '"end_call"', '"warn"') WHERE seq = 11`);
    expect(check(file).problems.map((p) => p.message)).toEqual(['entry 11 was edited: its content does not match its hash']);
  });

  it('names a removed entry', () => {
    const file = writeLog();
    tamper(file, 'DELETE FROM log_entries WHERE seq = 6');
    expect(check(file).problems.map((p) => p.message)).toEqual(['entry 6 removed: the log goes from entry 5 to entry 7']);
  });

  it('names reordered entries', () => {
    const file = writeLog();
    const reader = openLogReader(file);
    const [two, three] = [reader.entries()[1]!, reader.entries()[2]!];
    reader.close();
    const set = (seq: number, e: typeof two) =>
      `UPDATE log_entries SET event = '${e.event.replace(/'/g, "''")}', decision = '${e.decision.replace(/'/g, "''")}', event_hash = '${e.eventHash}', prev_hash = '${e.prevHash}', hash = '${e.hash}' WHERE seq = ${seq};`;
    tamper(file, set(2, three) + set(3, two));
    const problems = check(file).problems;
    expect(problems[0]?.message).toBe('entry 2 does not follow entry 1: its previous hash is not that entry\'s hash (entries reordered, replaced or edited)');
    expect(problems.every((p) => p.seq === 2 || p.seq === 3 || p.seq === 4)).toBe(true);
  });

  it('names a truncation past the last entry a checkpoint signed', () => {
    const file = writeLog();
    tamper(file, 'DELETE FROM log_entries WHERE seq > 9');
    expect(check(file).problems.map((p) => p.message)).toEqual(['entry 11 removed: a checkpoint signs it, but the log ends at entry 9 (truncated)']);
  });

  it('names a forged checkpoint over a chain rewritten from an edit on', () => {
    const file = writeLog();
    const reader = openLogReader(file);
    const entries = reader.entries();
    reader.close();
    // The attacker edits entry 11 and re-chains it, then signs a checkpoint with a key of their own.
    const edited = { ...entries[10]!, decision: entries[10]!.decision.replace('"end_call"', '"warn"') };
    const hash = entryHash(edited);
    const forger = generateKeyPairSync('ed25519').privateKey;
    const signature = sign(null, checkpointMessage(11, hash), forger).toString('base64');
    tamper(file, `UPDATE log_entries SET decision = '${edited.decision.replace(/'/g, "''")}', hash = '${hash}' WHERE seq = 11; UPDATE log_checkpoints SET hash = '${hash}', signature = '${signature}' WHERE seq = 11;`);
    expect(check(file).problems.map((p) => p.message)).toEqual(['the checkpoint at entry 11 is forged: its signature does not verify with the key given']);
  });

  it('says what is wrong with a file that is not a log', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'callguard-log-')), 'other.db');
    new Database(file).exec('CREATE TABLE t (x)');
    expect(() => openLogReader(file)).toThrow(LogError);
    expect(() => openLogReader(join(tmpdir(), 'no-such-callguard-log.db'))).toThrow(/no such log file/);
  });
});
