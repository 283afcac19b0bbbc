import { describe, expect, it } from 'vitest';
import { fromCategories } from './categories.js';

describe('fromCategories', () => {
  const contactLens = fromCategories({ Profanity: 'profanity', Threats: 'threat', Insults: 'rudeness', Abuse: 'rudeness' });

  it('maps category scores to signals, case-insensitively', () => {
    expect(contactLens({ profanity: 0.9, THREATS: 0.2 })).toEqual({ profanity: 0.9, threat: 0.2 });
  });

  it('drops unknown categories, scores ≤ 0 and scores that are not numbers', () => {
    expect(contactLens({ Sentiment: 0.8, Profanity: 0, Threats: Number.NaN })).toEqual({});
  });

  it('keeps the highest score when categories share a behaviour', () => {
    expect(contactLens({ Insults: 0.4, Abuse: 0.7 })).toEqual({ rudeness: 0.7 });
  });

  it('rescales and clamps scores from another scale', () => {
    const percent = fromCategories({ Profanity: 'profanity', Threats: 'threat' }, { scale: 100 });
    expect(percent({ Profanity: 85, Threats: 140 })).toEqual({ profanity: 0.85, threat: 1 });
  });

  it('rejects a scale that is not positive', () => {
    expect(() => fromCategories({}, { scale: 0 })).toThrow(RangeError);
  });
});
