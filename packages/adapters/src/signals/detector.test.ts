import type { Signals } from '@callguard/contract';
import { describe, expect, it } from 'vitest';
import { TRANSCRIPT_DETECTOR_VERSION, TranscriptDetector } from './transcript-detector.js';

const detector = new TranscriptDetector();
const confidence = (text: string, behaviour: keyof Signals): number => detector.detect(text)[behaviour] ?? 0;

describe('TranscriptDetector', () => {
  it('names and versions itself', () => {
    expect(detector.name).toBe('callguard-transcript');
    expect(detector.version).toBe(TRANSCRIPT_DETECTOR_VERSION);
  });

  it('returns only behaviours it found, with confidences in (0, 1]', () => {
    expect(detector.detect('Can you tell me why I was charged twice?')).toEqual({});
    for (const value of Object.values(detector.detect('Fuck you, I will kill you, you idiot!!!'))) {
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  describe('profanity', () => {
    it.each(['Fuck you.', 'What a load of sh1t.', 'f u c k you', 'Go f*ck yourself.', 'Fuuuuck, it crashed.', 'STFU'])(
      'finds %j',
      (text) => expect(confidence(text, 'profanity')).toBeGreaterThanOrEqual(0.5),
    );

    it('scores cursing aimed at someone above cursing at a thing', () => {
      expect(confidence('fuck you', 'profanity')).toBeGreaterThan(0.9);
      expect(confidence('this fucking phone', 'profanity')).toBe(0.75);
    });

    it('keeps mild words not aimed at anyone below the default threshold', () => {
      expect(confidence('This damn printer won\'t connect.', 'profanity')).toBeLessThan(0.5);
      expect(confidence('Damn you.', 'profanity')).toBeGreaterThanOrEqual(0.5);
    });

    it.each(['The cockpit display is broken.', 'I ordered shiitake mushrooms.', 'I live in Scunthorpe.', 'Assassin\'s Creed won\'t load.', 'Hello?', 'Shoot, I forgot my password.', 'The flame retardant leaked.'])(
      'does not fire on %j',
      (text) => expect(detector.detect(text)).toEqual({}),
    );
  });

  describe('slur', () => {
    it('finds obfuscated slurs from obscenity\'s dataset and ours', () => {
      expect(confidence('put someone on who isn\'t a n1gg3r', 'slur')).toBeGreaterThanOrEqual(0.9);
      expect(confidence('is this another sp1c call centre', 'slur')).toBeGreaterThanOrEqual(0.9);
    });

    it('does not count slurs as profanity or fire on look-alike words', () => {
      expect(detector.detect('typical k1ke').profanity).toBeUndefined();
      expect(detector.detect('I\'m calling from Nigeria about roaming in Pakistan.')).toEqual({});
    });

    it('adds hate speech when a slur is generalised onto the agent', () => {
      expect(confidence('k!kes like you run these banks', 'hate_speech')).toBeGreaterThanOrEqual(0.8);
    });
  });

  describe('threat', () => {
    it.each([
      'I\'m going to kill you.',
      'I\'ll k1ll you.',
      'I\'ll fucking kill you, I swear.',
      'If you cut my power I\'ll come down there and break your neck.',
      'You\'d better watch your back.',
      'I know where you live.',
      'I have a gun and I\'m not afraid to use it.',
      'Your kids aren\'t safe.',
      'I\'ll beat the crap out of you.',
    ])('finds %j', (text) => expect(confidence(text, 'threat')).toBeGreaterThanOrEqual(0.8));

    it.each([
      'Could you kill the background noise?',
      'That\'s a killer deal.',
      'I could murder a coffee.',
      'I\'m dying to know when he\'s coming.',
      'I\'ll shoot you an email.',
      'I\'ll beat you to it.',
      'I\'ll hit you up on chat.',
      'We need to beat the deadline so you can start.',
      'I\'m going to strangle this router.',
    ])('does not fire on %j', (text) => expect(confidence(text, 'threat')).toBe(0));

    it('drops negated threats below the threshold', () => {
      expect(confidence('I would never hurt you.', 'threat')).toBeLessThan(0.5);
      expect(confidence('I\'m not going to hurt you.', 'threat')).toBeLessThan(0.5);
      expect(confidence('I\'m not threatening you, I just want this fixed.', 'threat')).toBe(0);
    });

    it('keeps commands and conditionals that only look negated', () => {
      expect(confidence('Don\'t make me come down there and hurt someone.', 'threat')).toBeGreaterThanOrEqual(0.8);
      expect(confidence('If you don\'t fix this I\'ll kill you.', 'threat')).toBeGreaterThanOrEqual(0.8);
    });

    it('lowers quoted and reported threats', () => {
      expect(confidence('My ex told me "I\'ll kill you" last week.', 'threat')).toBeLessThan(0.5);
      expect(confidence('He said, "I\'ll kill you."', 'threat')).toBeLessThan(0.5);
      expect(confidence('The game says \'you will die\' and freezes.', 'threat')).toBeLessThan(0.5);
      expect(confidence('I told you I\'ll kill you.', 'threat')).toBeGreaterThanOrEqual(0.8);
    });

    it('lowers threats marked as jokes', () => {
      expect(confidence('I\'m going to kill you, lol', 'threat')).toBeLessThan(0.5);
    });
  });

  describe('the other behaviours', () => {
    it.each([
      ['Go back to your own country.', 'hate_speech'],
      ['Women shouldn\'t be doing tech support.', 'hate_speech'],
      ['Shut up, you f@ggot.', 'hate_speech'],
      ['What are you wearing?', 'sexual_harassment'],
      ['Your voice is turning me on.', 'sexual_harassment'],
      ['I want to have sex with you.', 'sexual_harassment'],
      ['I\'ll keep calling every single day.', 'harassment'],
      ['I\'m going to get you fired.', 'harassment'],
      ['You\'re useless.', 'rudeness'],
      ['You absolute tw@t.', 'rudeness'],
      ['Put someone competent on the phone.', 'rudeness'],
      ['I want the CEO on the phone right now.', 'unreasonable_demand'],
      ['Give me the new iPhone for free.', 'unreasonable_demand'],
      ['I\'m not giving you my date of birth.', 'uncooperative'],
      ['Stop asking me questions.', 'uncooperative'],
      ['Shut up and listen to me!', 'aggression'],
      ['I AM SICK AND TIRED OF THIS!!!', 'aggression'],
      ['Stop talking and fix it!!!', 'aggression'],
    ] as const)('finds %j as %s', (text, behaviour) => expect(confidence(text, behaviour)).toBeGreaterThanOrEqual(0.5));

    it.each([
      ['What sex is listed on the account?', 'sexual_harassment'],
      ['I know your name is Sarah, thanks again.', 'harassment'],
      ['I keep getting calls from your sales team.', 'harassment'],
      ['My brother is an idiot.', 'rudeness'],
      ['I feel stupid, it was unplugged.', 'rudeness'],
      ['I\'d like a refund for the months I was overcharged.', 'unreasonable_demand'],
      ['I want to speak to your manager.', 'unreasonable_demand'],
      ['I\'m not giving up on this.', 'uncooperative'],
      ['I\'m not going to lie, I was angry.', 'uncooperative'],
      ['I\'m gay and my husband is on the account.', 'hate_speech'],
      ['Great, it works now!!', 'aggression'],
      ['Is my PIN the same as my SIM PIN?', 'aggression'],
      ['THANK YOU SO MUCH, you\'ve been amazing!', 'aggression'],
    ] as const)('does not find %j as %s', (text, behaviour) => expect(confidence(text, behaviour)).toBeLessThan(0.5));
  });
});
