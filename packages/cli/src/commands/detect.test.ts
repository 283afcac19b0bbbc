import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../capture-io.js';

const root = join(import.meta.dirname, '../../../..');

describe('callguard detect', () => {
  it('prints the signals of one utterance with their scores against the calibrated threshold', () => {
    const r = runCaptured(['detect', 'you', 'are', 'a', 'useless', 'idiot'], root);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^transcript detector \S+, scores against the calibrated threshold 0\.70\n/);
    expect(r.out).toContain('\n"you are a useless idiot" (en)\n  behaviour  score  threshold\n  rudeness   0.75   0.70       over\n');
  });

  it("reads standard input one utterance a line, against a policy's thresholds", () => {
    const r = runCaptured(['detect', '--policy', 'examples/policies/warn-then-end.policy', '-'], root, 'I will find you\n\nhello there\n');
    expect(r.err).toBe('');
    expect(r.out).toContain('scores against the thresholds of acme-standard 3.2.0 (<stdin>)');
    expect(r.out).toContain('"I will find you" (en)\n  behaviour   score  threshold\n  harassment  0.80   0.70       over\n');
    expect(r.out).toContain('"hello there" (en)\n  no signals\n');
  });

  it('prints JSON a line with --json, in the language asked for', () => {
    const r = runCaptured(['detect', '--json', '--language', 'es', 'eres un idiota'], root);
    const detected = JSON.parse(r.out) as { text: string; language: string; signals: Record<string, number>; thresholds: Record<string, number> };
    expect(detected).toMatchObject({ text: 'eres un idiota', language: 'es' });
    expect(Object.keys(detected.signals).length).toBeGreaterThan(0);
    expect(Object.keys(detected.thresholds)).toEqual(Object.keys(detected.signals));
  });

  it('reports a broken policy given for its thresholds', () => {
    const r = runCaptured(['detect', '--policy', 'examples/policies/broken/unknown-behaviour.policy', 'hello'], root);
    expect(r.code).toBe(1);
    expect(r.err + r.out).toContain('error[check/unknown-behaviour]');
  });
});
