import { readFileSync } from 'node:fs';
import type { Behaviour } from '@callguard/dsl';
import { describe, expect, it } from 'vitest';
import { CALIBRATED_THRESHOLD } from './calibration.js';
import { evaluate } from './evaluate.js';
import { parseLabelledSamples } from './samples.js';
import { TranscriptDetector } from './transcript-detector.js';

// Floors are what the detector measured when its version was set, minus a
// margin, so a pattern change that loses ground fails here. Raise them when
// the detector improves; never lower them to let a change through unexamined.

const detector = new TranscriptDetector();
const load = (name: string) =>
  parseLabelledSamples(readFileSync(new URL(`../../../../test/fixtures/utterances/${name}`, import.meta.url), 'utf8'));

describe('the development set (en/labelled.jsonl), at the calibrated threshold', () => {
  const result = evaluate(detector, load('en/labelled.jsonl'), CALIBRATED_THRESHOLD);

  it('is large enough and covers every behaviour and plenty of negatives', () => {
    expect(result.samples).toBeGreaterThanOrEqual(300);
    for (const score of Object.values(result.behaviours)) expect(score.truePositives + score.falseNegatives).toBeGreaterThanOrEqual(10);
  });

  // Precision, recall.
  const floors: Record<Exclude<Behaviour, 'repeated_request'>, readonly [number, number]> = {
    profanity: [0.95, 0.95],
    slur: [0.95, 0.95],
    hate_speech: [0.95, 0.95],
    threat: [0.95, 0.95],
    sexual_harassment: [0.95, 0.95],
    harassment: [0.9, 0.95],
    rudeness: [0.95, 0.9],
    unreasonable_demand: [0.95, 0.95],
    uncooperative: [0.95, 0.95],
    aggression: [0.95, 0.9],
    recording_staff: [0.95, 0.95],
  };
  it.each(Object.entries(floors))('%s stays above its precision and recall floors', (behaviour, [precision, recall]) => {
    const score = result.behaviours[behaviour as Behaviour];
    expect(score.precision).toBeGreaterThanOrEqual(precision);
    expect(score.recall).toBeGreaterThanOrEqual(recall);
  });
});

describe('the first blind set (en/blind-1.jsonl), never tuned against', () => {
  const result = evaluate(detector, load('en/blind-1.jsonl'), CALIBRATED_THRESHOLD);

  it('keeps threat and slur precision at 0.9 or more: a false threat can end a call', () => {
    expect(result.behaviours.threat.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.behaviours.slur.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('raises nothing on its negatives', () => {
    const negatives = load('en/blind-1.jsonl').filter((sample) => sample.labels.length === 0);
    const flagged = negatives.filter((sample) => Object.values(detector.detect(sample.text)).some((c) => (c ?? 0) >= CALIBRATED_THRESHOLD));
    expect(flagged.map((sample) => sample.text)).toEqual([]);
  });
});

describe.each(['es', 'ja', 'ko'] as const)('the %s development set, at the calibrated threshold', (language) => {
  const samples = load(`${language}/labelled.jsonl`);
  const result = evaluate(
    { name: detector.name, version: detector.version, detect: (text) => detector.detect(text, { language }) },
    samples,
    CALIBRATED_THRESHOLD,
  );

  it('has at least 100 utterances, a fifth of them negatives', () => {
    expect(samples.length).toBeGreaterThanOrEqual(100);
    expect(samples.filter((s) => s.labels.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  // Floors as for English: what the set measured when the patterns were written, less a margin.
  it('keeps every behaviour it labels at precision 0.9 and recall 0.8 or more', () => {
    const labelled = Object.entries(result.behaviours).filter(([, s]) => s.truePositives + s.falseNegatives > 0);
    expect(labelled.length).toBeGreaterThanOrEqual(9);
    for (const [behaviour, score] of labelled) {
      expect(score.precision, behaviour).toBeGreaterThanOrEqual(0.9);
      expect(score.recall, behaviour).toBeGreaterThanOrEqual(0.8);
    }
  });
});
