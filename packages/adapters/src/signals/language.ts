/**
 * The languages the transcript detector reads, and how it picks one per
 * utterance: by script for Korean and Japanese (a call's words may switch
 * language, its script says which), otherwise by the call's language hint
 * where the platform gives one, otherwise by Spanish cues (¿ ¡ ñ, accents and
 * common function words), else English.
 */
export const LANGUAGES = ['en', 'es', 'ja', 'ko'] as const;
/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

/** What a caller may tell the detector about an utterance. */
export interface DetectOptions {
  /**
   * The call's language as a BCP 47 tag (`es-MX`, `ja-JP`, `ko`), as
   * telephony platforms report it. Only its first part is read; a language
   * the detector does not read is ignored.
   */
  readonly language?: string;
}

/**
 * The language to read `text` in. Hangul means Korean and kana Japanese
 * whatever the hint; CJK ideographs without either also read as Japanese
 * (Chinese is not supported). Latin text follows a hint of `en` or `es`,
 * else Spanish when it shows ¿, ¡, ñ or an accented á, í, ó or ú (é is left
 * out: English borrows "café"), or two or more Spanish function words
 * and more than English ones ("me" and "mi" count for neither), else English.
 */
export function languageOf(text: string, hint?: string): Language {
  if (HANGUL.test(text)) return 'ko';
  if (KANA.test(text) || HAN.test(text)) return 'ja';
  const primary = hint?.split(/[-_]/)[0]?.toLowerCase();
  if (primary === 'en' || primary === 'es') return primary;
  if (SPANISH_MARKS.test(text)) return 'es';
  const spanish = text.match(SPANISH_WORDS)?.length ?? 0;
  const english = text.match(ENGLISH_WORDS)?.length ?? 0;
  return spanish >= 2 && spanish > english ? 'es' : 'en';
}

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/u;
const KANA = /[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/u;
const HAN = /\p{Script=Han}/u;
const SPANISH_MARKS = /[¿¡ñÑáíóúÁÍÓÚ]/u;
const SPANISH_WORDS = /(?<!\p{L})(?:que|el|los|las|del|por|para|con|una|está|estoy|tu|te|se|pero|muy|qué|cómo|usted|eres|voy|vas|hay|esto|esta|este|yo|lo|le)(?!\p{L})/giu;
const ENGLISH_WORDS = /(?<!\p{L})(?:the|and|you|your|is|are|my|to|of|it|this|that|what|with|for|not|have|was|will|can)(?!\p{L})/giu;
