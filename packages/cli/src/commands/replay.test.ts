import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../capture-io.js';

const root = join(import.meta.dirname, '../../../..');
const calls = readdirSync(join(root, 'examples/calls')).filter((f) => f.endsWith('.jsonl'));

function callguard(args: string[], cwd = root) {
  return runCaptured(args, cwd);
}

describe('callguard replay', () => {
  it.each(calls)('prints one JSON decision per event of %s', (call) => {
    const r = callguard(['replay', 'examples/policies/warn-then-end.policy', `examples/calls/${call}`, '--json']);
    expect(r.code).toBe(0);
    const events = readFileSync(join(root, 'examples/calls', call), 'utf8').trimEnd().split('\n');
    const decisions = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { event: { seq: number } });
    // One decision per event: the set-up decision answers call_started (seq 0).
    expect(decisions.map((d) => d.event.seq)).toEqual(events.map((_, i) => i));
  });

  it('prints a timeline table with the policy version and hash', () => {
    const r = callguard(['replay', 'examples/policies/warn-then-end.policy', 'examples/calls/keeps-swearing.jsonl']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^acme-standard 3\.2\.0 \([0-9a-f]{12}\)/);
    expect(lines[2]).toMatch(/^time\s+who\s+said\s+detected\s+action\s+rule\s+step\s+duties$/);
    expect(r.out).toMatch(/\+02:10\s+customer.*end_call ■\s+abuse\s+4\/4\s+document, follow_up, debrief/);
  });

  it('reports a rejected event as file:line and goes on, exiting 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-'));
    writeFileSync(
      join(dir, 'bad.jsonl'),
      [
        '{"type":"call_started","at":"2026-12-01T09:00:00Z","call":{"id":"c1"}}',
        '{"type":"utterance","at":"2026-12-01T09:00:05Z","speaker":"customer","signals":{"threat":1.5}}',
        '',
        '{"type":"utterance","at":"2026-12-01T09:00:09Z","speaker":"customer","signals":{"profanity":0.9}}',
      ].join('\n'),
    );
    const r = callguard(['replay', join(root, 'examples/policies/warn-then-end.policy'), 'bad.jsonl', '--json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^bad\.jsonl:2:1: error\[event\/invalid\]: signals\.threat must be at most 1\n  \|\n2 \| \{"type":"utterance"/);
    const decisions = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { action: string; event: { seq: number } });
    expect(decisions).toEqual([
      expect.objectContaining({ action: 'continue', event: expect.objectContaining({ seq: 0, type: 'call_started' }) }),
      expect.objectContaining({ action: 'warn', event: expect.objectContaining({ seq: 1 }) }),
    ]);
  });

  it('names the line of an events file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-'));
    writeFileSync(join(dir, 'broken.jsonl'), '{"type":"call_started",\n');
    const r = callguard(['replay', join(root, 'examples/policies/warn-then-end.policy'), 'broken.jsonl'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^broken\.jsonl:1:1: error\[call\/not-json\]: not a JSON event/);
  });

  it('refuses a policy with errors, printing its diagnostics', () => {
    const r = callguard(['replay', 'examples/policies/broken/unknown-behaviour.policy', 'examples/calls/threat.jsonl']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('error[check/unknown-behaviour]');
  });
});

describe('callguard replay of transcripts', () => {
  it('runs utterances through the transcript detector', () => {
    const r = callguard(['replay', 'examples/policies/warn-then-end.policy', 'examples/calls/keeps-swearing.txt', '--json']);
    expect(r.code).toBe(0);
    const decisions = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { action: string; rule?: { id: string } });
    expect(decisions).toHaveLength(11);
    expect(decisions[4]).toMatchObject({ action: 'warn', rule: { id: 'abuse' } });
  });

  it('names the line of a transcript it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-'));
    writeFileSync(join(dir, 'bad.txt'), '[00:01] customer: hello\nthe customer hung up\n');
    const r = callguard(['replay', join(root, 'examples/policies/warn-then-end.policy'), 'bad.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^bad\.txt:2:1: error\[transcript\/bad-line\]: expected `\[mm:ss\] customer: text`/);
  });

  it('shows every mistake in a call file at once, and replays none of it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-'));
    writeFileSync(join(dir, 'bad.txt'), '# caller.warnings: many\n[00:01] customer: hello\nthe customer hung up\n[00:09] caller: bye\n');
    writeFileSync(join(dir, 'bad.jsonl'), "{'type': 'call_started'}\n\n{\"type\": \"silence\",\n");
    const r = callguard(['replay', join(root, 'examples/policies/warn-then-end.policy'), 'bad.txt', 'bad.jsonl'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const heads = r.err.split('\n').filter((line) => /^bad\./.test(line)).map((line) => line.replace(/\]: .*/, ']'));
    expect(heads).toEqual([
      'bad.txt:1:1: error[transcript/bad-header-value]',
      'bad.txt:3:1: error[transcript/bad-line]',
      'bad.txt:4:1: error[transcript/bad-utterance]',
      'bad.jsonl:1:1: error[call/not-json]',
      'bad.jsonl:3:1: error[call/not-json]',
    ]);
  });

  it('shows signals under the policy\'s threshold with it, so an author sees why nothing happened', () => {
    const r = callguard(['replay', 'examples/policies/warn-then-end.policy', 'examples/calls/keeps-swearing.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/"My damn router.*\s+profanity 0\.30 < 0\.70\s+continue\n/);
  });

  it('replays several calls, one timeline each', () => {
    const r = callguard(['replay', 'examples/policies/warn-then-end.policy', 'examples/calls/threat.jsonl', 'examples/calls/dropped-line.txt']);
    expect(r.code).toBe(0);
    expect(r.out.match(/^acme-standard 3\.2\.0/gm)).toHaveLength(2);
  });
});

describe('callguard explain', () => {
  it('explains event N in plain words', () => {
    const r = callguard(['explain', 'examples/policies/warn-then-end.policy', 'examples/calls/keeps-swearing.jsonl', '--at', '10']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Event 10 (examples/calls/keeps-swearing.jsonl:11)');
    expect(r.out).toContain('End the call (step 4 of 4 of rule `abuse`');
  });

  it('shows escape sequences and bidirectional overrides in a script as visible symbols, never raw', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callguard-explain-'));
    const policy = readFileSync(join(root, 'examples/policies/warn-then-end.policy'), 'utf8').replace(
      'script final_notice "I\'m ending our call now.',
      'script final_notice "\u001b]0;pwned\u0007\u001b[2J\u202eI\'m ending our call now.',
    );
    writeFileSync(join(dir, 'hostile.policy'), policy);
    const r = callguard(['explain', join(dir, 'hostile.policy'), 'examples/calls/keeps-swearing.jsonl', '--at', '10']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('End the call (step 4 of 4 of rule `abuse`');
    expect(r.out).toContain('␛');
    expect(r.out).not.toMatch(/[\u001b\u0007\u202e]/);
  });

  it('names the signals that fell under the threshold', () => {
    const r = callguard(['explain', 'examples/policies/warn-then-end.policy', 'examples/calls/keeps-swearing.txt', '--at', '2']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Continue the call: no rule applies. Under the threshold: profanity 0.30 < 0.70.');
  });

  it('exits 2 for an event the call does not have, or a bad number', () => {
    expect(callguard(['explain', 'examples/policies/warn-then-end.policy', 'examples/calls/threat.jsonl', '--at', '99']).code).toBe(2);
    expect(callguard(['explain', 'examples/policies/warn-then-end.policy', 'examples/calls/threat.jsonl', '--at', 'x']).code).toBe(2);
  });
});
