import { describe, expect, it } from 'vitest';
import { languageOf } from './language.js';
import { TranscriptDetector } from './transcript-detector.js';

describe('languageOf', () => {
  it.each([
    ['죽여버릴 거야', undefined, 'ko'],
    ['ぶっ殺すぞ', undefined, 'ja'],
    ['土下座しろ', 'es-MX', 'ja'],
    ['社長出せ', undefined, 'ja'],
    ['I will call back tomorrow', undefined, 'en'],
    ['¿Por qué mi factura es más alta?', undefined, 'es'],
    ['No me interesa lo que dices', undefined, 'es'],
    ['Stop asking me questions', undefined, 'en'],
    ['Mierda', 'es-ES', 'es'],
    ['hello', 'ja-JP', 'en'],
    ['Fuck off', 'EN_us', 'en'],
  ] as const)('reads %j with hint %j as %s', (text, hint, language) => expect(languageOf(text, hint)).toBe(language));
});

describe('the detector in each language', () => {
  const detector = new TranscriptDetector();
  const confidence = (text: string, behaviour: string, language?: string) =>
    (detector.detect(text, language === undefined ? {} : { language }) as Record<string, number>)[behaviour] ?? 0;

  it.each([
    ['殺すぞ、お前。', 'threat'],
    ['土下座して謝れ。', 'unreasonable_demand'],
    ['ネットに晒してやる。', 'harassment'],
    ['このクソ野郎。', 'profanity'],
    ['죽여버린다.', 'threat'],
    ['무릎 꿇고 사과해.', 'unreasonable_demand'],
    ['씨발.', 'profanity'],
    ['ㅅㅂ 뭐야', 'profanity'],
    ['Te voy a matar.', 'threat'],
    ['¡Vete a la mierda!', 'profanity'],
    ['Eres un inútil.', 'rudeness'],
  ] as const)('finds %j as %s without a hint', (text, behaviour) => expect(confidence(text, behaviour)).toBeGreaterThanOrEqual(0.7));

  it.each([
    ['隣人に「殺すぞ」と言われました。', 'threat'],
    ['決して殴ったりしません。', 'threat'],
    ['くそ暑いですね。', 'profanity'],
    ['이웃이 "죽여버린다"고 협박했어요.', 'threat'],
    ['미친 듯이 바빠요.', 'profanity'],
    ['Mi vecino me dijo que me iba a matar.', 'threat'],
    ['No te voy a hacer daño.', 'threat'],
    ['Esta maldita impresora no funciona.', 'profanity'],
  ] as const)('keeps %j under the threshold for %s', (text, behaviour) => expect(confidence(text, behaviour)).toBeLessThan(0.7));

  it('reads Latin text as Spanish when the call says so', () => {
    expect(confidence('Pendejo.', 'profanity', 'es-MX')).toBeGreaterThanOrEqual(0.7);
    expect(confidence('Vivo en la calle Negro.', 'slur', 'es')).toBe(0);
  });
});
