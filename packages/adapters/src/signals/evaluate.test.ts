import type { Behaviour } from '@callguard/dsl';
import { describe, expect, it } from 'vitest';
import type { Signals } from '@callguard/contract';
import type { SignalDetector } from './detector.js';
import { evaluate } from './evaluate.js';
import { parseLabelledSamples } from './samples.js';

/** A detector that answers from a table, so the arithmetic can be checked by hand. */
function tableDetector(table: Readonly<Record<string, Signals>>): SignalDetector {
  return { name: 'table', version: '0', detect: (text) => table[text] ?? {} };
}

const samples = [
  { text: 'a', labels: ['threat'] },
  { text: 'b', labels: ['threat'] },
  { text: 'c', labels: [] },
  { text: 'd', labels: ['rudeness'] },
] satisfies { text: string; labels: Behaviour[] }[];

describe('evaluate', () => {
  const detector = tableDetector({ a: { threat: 0.9 }, b: { threat: 0.4 }, c: { threat: 0.6 }, d: { rudeness: 0.5 } });

  it('counts a behaviour as detected at or above the threshold', () => {
    const { behaviours } = evaluate(detector, samples);
    expect(behaviours.threat).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(behaviours.rudeness).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('uses the given threshold', () => {
    const { threshold, behaviours } = evaluate(detector, samples, 0.35);
    expect(threshold).toBe(0.35);
    expect(behaviours.threat).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 0 });
    expect(behaviours.threat.precision).toBeCloseTo(2 / 3);
    expect(behaviours.threat.recall).toBe(1);
  });

  it('scores behaviours never labelled nor detected as perfect, and lists the mistakes', () => {
    const result = evaluate(detector, samples);
    expect(result.samples).toBe(4);
    expect(result.behaviours.slur).toMatchObject({ precision: 1, recall: 1, truePositives: 0 });
    expect(result.mistakes).toEqual([
      { text: 'b', missed: ['threat'], spurious: [] },
      { text: 'c', missed: [], spurious: ['threat'] },
    ]);
  });

  it('gives an F1 of 0 when nothing labelled was found', () => {
    const { behaviours } = evaluate(tableDetector({ c: { threat: 0.9 } }), samples);
    expect(behaviours.threat).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('parseLabelledSamples', () => {
  it('reads JSON Lines and skips blank lines', () => {
    expect(parseLabelledSamples('{"text":"hi","labels":[]}\n\n{"text":"go away","labels":["rudeness"]}\n')).toEqual([
      { text: 'hi', labels: [] },
      { text: 'go away', labels: ['rudeness'] },
    ]);
  });

  it.each([
    ['{"text":"hi","labels":[]}\nnot json', 'line 2: not valid JSON'],
    ['[1]', 'line 1: `text` must be a string'],
    ['{"text":"hi"}', 'line 1: `labels` must be an array'],
    ['{"text":"hi","labels":["swearing"]}', 'line 1: unknown behaviour `swearing`'],
  ])('rejects %j', (input, message) => expect(() => parseLabelledSamples(input)).toThrow(message));
});
