import { readFileSync, readdirSync } from 'node:fs';
import { checkText } from '@callguard/dsl';
import { describe, expect, it } from 'vitest';
import { CALIBRATED_THRESHOLD } from './calibration.js';
import { TranscriptDetector } from './transcript-detector.js';

const detector = new TranscriptDetector();
const examples = new URL('../../../../examples/policies/', import.meta.url);

/** Every example policy that stands alone (no `extends`), with its default and profanity thresholds. */
const policies = readdirSync(examples)
  .filter((file) => file.endsWith('.policy'))
  .flatMap((file) => {
    const { policy } = checkText(readFileSync(new URL(file, examples), 'utf8'), file);
    return policy === undefined ? [] : [{ file, threshold: policy.defaultThreshold, profanity: policy.thresholds.profanity ?? policy.defaultThreshold }];
  });

describe('calibration against the policies the detector feeds', () => {
  it('reads the example policies', () => {
    expect(policies.length).toBeGreaterThanOrEqual(6);
    expect(policies.map((p) => p.threshold)).toContain(CALIBRATED_THRESHOLD);
  });

  it.each(['Fuck off.', 'This is bullshit.', 'Fuck this.', 'Oh for fuck\'s sake.', 'Shit.'])(
    'plain swearing %j reaches every example policy\'s profanity threshold',
    (text) => {
      const profanity = detector.detect(text).profanity ?? 0;
      expect(profanity).toBeGreaterThanOrEqual(CALIBRATED_THRESHOLD);
      for (const policy of policies) expect(profanity, policy.file).toBeGreaterThanOrEqual(policy.profanity);
    },
  );

  it('keeps mild words at a thing under the default threshold of every example policy', () => {
    const profanity = detector.detect('This damn printer will not connect.').profanity ?? 0;
    for (const policy of policies) expect(profanity, policy.file).toBeLessThan(policy.profanity);
  });
});
