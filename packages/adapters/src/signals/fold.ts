import type { Language } from './language.js';

/**
 * Folds the lowercased utterance so one spelling in a pattern covers the
 * others, character for character so offsets stay put: Spanish accents
 * dropped ("cállate" reads "callate", "coño" reads "cono"), Japanese
 * katakana read as hiragana ("クソ" reads "くそ"). English and Korean are
 * read as they are.
 */
export function fold(lower: string, language: Language): string {
  if (language === 'es') return lower.replace(LATIN_ACCENTED, (c) => c.normalize('NFD').charAt(0));
  if (language === 'ja') return lower.replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
  return lower;
}

const LATIN_ACCENTED = /[\u00C0-\u00FF]/g;
/** The katakana that have a hiragana twin (ァ to ヶ). */
const KATAKANA = /[\u30A1-\u30F6]/g;
