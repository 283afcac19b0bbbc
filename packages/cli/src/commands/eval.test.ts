import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../capture-io.js';

const root = join(import.meta.dirname, '../../../..');
const policy = 'examples/policies/warn-then-end.policy';
const swearing = JSON.stringify({ type: 'utterance', at: '2026-12-01T09:00:05Z', speaker: 'customer', signals: { profanity: 0.9 } });
const start = JSON.stringify({ type: 'call_started', at: '2026-12-01T09:00:00Z', call: { id: 'c-1' } });

const actions = (out: string) => out.trimEnd().split('\n').map((line) => (JSON.parse(line) as { action: string }).action);

describe('callguard eval', () => {
  it('decides one event from standard input and explains it, opening the call at its time', () => {
    const r = runCaptured(['eval', policy, '-'], root, `${swearing}\n`);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^acme-standard 3\.2\.0 \(policy hash [0-9a-f]{12}\)\n/);
    expect(r.out).toContain('no call_started given: the call opens at 2026-12-01T09:00:05Z with no caller details');
    expect(r.out).toContain('event 1 utterance at 2026-12-01T09:00:05.000Z\nWarn the customer (step 1 of 4 of rule `abuse`');
    expect(r.out).toContain('Because: customer abusive: profanity 0.90 ≥ 0.70.');
  });

  it("prints the contract's decision JSON, one a line, for --event sequences", () => {
    const r = runCaptured(['eval', policy, '--event', start, '--event', swearing, '--json'], root);
    expect(r.err).toBe('');
    expect(actions(r.out)).toEqual(['continue', 'warn']);
    const decision = JSON.parse(r.out.split('\n')[1]!) as { v: number; policy: { name: string }; event: { seq: number } };
    expect(decision).toMatchObject({ v: 1, policy: { name: 'acme-standard' }, event: { seq: 1 } });
  });

  it('reads JSON given as the argument: one event, an array, or JSON Lines', () => {
    expect(actions(runCaptured(['eval', policy, swearing, '--json'], root).out)).toEqual(['warn']);
    expect(actions(runCaptured(['eval', policy, `[${start}, ${swearing}]`, '--json'], root).out)).toEqual(['continue', 'warn']);
    expect(actions(runCaptured(['eval', policy, `${start}\n${swearing}\n`, '--json'], root).out)).toEqual(['continue', 'warn']);
    const pretty = JSON.stringify(JSON.parse(swearing), null, 2);
    expect(actions(runCaptured(['eval', policy, '-', '--json'], root, pretty).out)).toEqual(['warn']);
  });

  it('reads a call file or a transcript on standard input, recognised by its content', () => {
    const file = runCaptured(['eval', policy, 'examples/calls/threat.jsonl', '--json'], root);
    expect(file.code).toBe(0);
    expect(actions(file.out)).toContain('warn');
    const transcript = runCaptured(['eval', policy, '-'], root, '[00:05] customer: you are a useless idiot, f*** off\n');
    expect(transcript.err).toBe('');
    expect(transcript.out).toContain('customer: "you are a useless idiot, f*** off"\nWarn the customer');
  });

  it('reports an invalid event at its place with its code, and exits 2', () => {
    const r = runCaptured(['eval', policy, '--event', '{"type":"utterance","at":"2026-12-01T09:00:05Z"}'], root);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^<--event 1>:1:1: error\[event\/invalid\]: /);
    const bad = runCaptured(['eval', policy, '-'], root, '{"type": "utter\n');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^<stdin>:1:1: error\[call\/not-json\]: not a JSON event/);
  });

  it('asks for events when none are given', () => {
    const r = runCaptured(['eval', policy], root);
    expect(r.code).toBe(2);
    expect(r.err).toContain("error[usage/missing-argument]: no events to decide\n  = help: give them as --event '<json>', a file, JSON text, or - for standard input");
  });
});
