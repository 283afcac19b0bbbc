import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCaptured } from '../capture-io.js';
import { LOG_KEY_VARIABLE } from './log.js';

const root = join(import.meta.dirname, '../../../..');
const policy = join(root, 'examples/policies/warn-then-end.policy');
const calls = ['keeps-swearing.jsonl', 'threat.jsonl'].map((f) => join(root, 'examples/calls', f));

afterEach(() => {
  delete process.env[LOG_KEY_VARIABLE];
});

/** Replays two example calls with `--log`, signing with a fresh key; returns the folder, log and public key files. */
function logged() {
  const dir = mkdtempSync(join(tmpdir(), 'callguard-log-cli-'));
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(join(dir, 'key.pub.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
  process.env[LOG_KEY_VARIABLE] = 'key.pem';
  const r = runCaptured(['replay', policy, ...calls, '--log', 'decisions.db', '--json'], dir);
  expect(r.code).toBe(0);
  return dir;
}

describe('callguard log', () => {
  it('verifies a log replay wrote, shows a call and reproduces every decision', () => {
    const dir = logged();
    const verified = runCaptured(['log', 'verify', 'decisions.db', '--key', 'key.pub.pem'], dir);
    expect(verified.err).toBe('');
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/^decisions\.db: intact: \d+ entries, \d+ checkpoints, signatures verified\n/);
    const shown = runCaptured(['log', 'show', 'decisions.db', '--call', 'call-1002'], dir);
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/end_call\s+abuse\s+4\/4\s+document, follow_up, debrief\s+acme-standard 3\.2\.0/);
    const replayed = runCaptured(['log', 'replay', 'decisions.db', '--policy', policy], dir);
    expect(replayed.code).toBe(0);
    expect(replayed.out).toMatch(/^call-1002: reproduced: 11 decisions under acme-standard 3\.2\.0/m);
  });

  it('fails log verify on a tampered log, naming the entry', () => {
    const dir = logged();
    const db = new Database(join(dir, 'decisions.db'));
    db.exec('DROP TRIGGER log_entries_append_only_update');
    db.exec(`UPDATE log_entries SET decision = replace(decision, '"end_call"', '"continue"') WHERE seq = 11`);
    db.close();
    const r = runCaptured(['log', 'verify', 'decisions.db', '--key', 'key.pub.pem'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('decisions.db: tampered: entry 11 was edited: its content does not match its hash\n');
    expect(runCaptured(['log', 'replay', 'decisions.db', '--policy', policy], dir).out).toMatch(/^call-1002: differs: entry 11 is not what acme-standard 3\.2\.0 decides for its event$/m);
  });

  it('says when the file is not a log', () => {
    const r = runCaptured(['log', 'verify', join(root, 'package.json')], root);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error\[log\/not-a-log\]: /);
  });
});
