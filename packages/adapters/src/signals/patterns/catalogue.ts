import { AGGRESSION_PATTERNS } from './aggression.js';
import { HARASSMENT_PATTERNS } from './harassment.js';
import { HATE_SPEECH_PATTERNS } from './hate-speech.js';
import { catalogue } from './pattern.js';
import { PROFANITY_PATTERNS } from './profanity.js';
import { RECORDING_STAFF_PATTERNS } from './recording-staff.js';
import { RUDENESS_PATTERNS } from './rudeness.js';
import { SEXUAL_HARASSMENT_PATTERNS } from './sexual-harassment.js';
import { THREAT_PATTERNS } from './threat.js';
import { UNCOOPERATIVE_PATTERNS } from './uncooperative.js';
import { UNREASONABLE_DEMAND_PATTERNS } from './unreasonable-demand.js';

/**
 * The curated English patterns of every behaviour. Slurs have no regex
 * patterns: they are words, matched by the lexicon (obscenity's dataset plus
 * `slur.ts`), which also contributes to profanity, hate speech, rudeness and
 * sexual harassment.
 */
export const PATTERNS = catalogue({
  profanity: PROFANITY_PATTERNS,
  hate_speech: HATE_SPEECH_PATTERNS,
  threat: THREAT_PATTERNS,
  sexual_harassment: SEXUAL_HARASSMENT_PATTERNS,
  harassment: HARASSMENT_PATTERNS,
  rudeness: RUDENESS_PATTERNS,
  unreasonable_demand: UNREASONABLE_DEMAND_PATTERNS,
  uncooperative: UNCOOPERATIVE_PATTERNS,
  aggression: AGGRESSION_PATTERNS,
  recording_staff: RECORDING_STAFF_PATTERNS,
});
