import { checkText } from '@callguard/dsl';
import { compile } from '@callguard/engine';
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

  it('maps categories onto behaviours a policy declares, which its rules then read', () => {
    const checked = checkText(
      [
        'policy "staff" {',
        '  version "1.0.0"',
        '  stance warn_then_end',
        '  behaviour insults_staff "Insults about staff" threshold 0.7',
        '  behaviour posts_online "Threatens to post about staff online" threshold 0.8',
        '  script warn_staff "Please do not speak about our staff that way."',
        '  rule staff "Insults about staff" {',
        '    when customer insults_staff or customer posts_online',
        '    do warn with warn_staff',
        '  }',
        '}',
      ].join('\n'),
    );
    const policy = compile(checked.policy!);
    const toSignals = fromCategories({ StaffInsult: 'insults_staff', SocialMediaThreat: 'posts_online', Profanity: 'profanity' }, { scale: 100, behaviours: policy.behaviours });
    const signals = toSignals({ StaffInsult: 90, SocialMediaThreat: 50 });
    expect(signals).toEqual({ insults_staff: 0.9, posts_online: 0.5 });
    const call = policy.open({ type: 'call_started', at: '2026-12-01T09:00:00Z', call: { id: 'c1' } });
    const decision = call.handle({ type: 'utterance', at: '2026-12-01T09:00:05Z', speaker: 'customer', signals });
    expect(decision.action).toBe('warn');
    expect(decision.matched[0]?.why).toBe('customer insults_staff 0.90 ≥ 0.70');
  });

  it('refuses a map onto a behaviour the policy does not know, when it is built', () => {
    expect(() => fromCategories({ StaffInsult: 'insults_staff' })).toThrow(
      'category `StaffInsult` maps to `insults_staff`, which is not a behaviour the policy knows (declare it in the policy and pass the policy\'s behaviours)',
    );
    expect(() => fromCategories({ Swearing: 'profanty' })).toThrow('did you mean `profanity`?');
    expect(() => fromCategories({ Repeat: 'repeated_request' })).toThrow(RangeError);
  });
});
