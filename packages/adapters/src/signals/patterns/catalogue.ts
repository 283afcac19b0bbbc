import type { Behaviour } from '@callguard/dsl';
import { AGGRESSION_PATTERNS } from './aggression.js';
import { HARASSMENT_PATTERNS } from './harassment.js';
import { HATE_SPEECH_PATTERNS } from './hate-speech.js';
import type { Pattern } from './pattern.js';
import { PROFANITY_PATTERNS } from './profanity.js';
import { RECORDING_STAFF_PATTERNS } from './recording-staff.js';
import { RUDENESS_PATTERNS } from './rudeness.js';
import { SEXUAL_HARASSMENT_PATTERNS } from './sexual-harassment.js';
import { THREAT_PATTERNS } from './threat.js';
import { UNCOOPERATIVE_PATTERNS } from './uncooperative.js';
import { UNREASONABLE_DEMAND_PATTERNS } from './unreasonable-demand.js';

/**
 * The curated patterns of every behaviour. Keyed by the whole vocabulary, so a
 * new behaviour cannot be added without deciding how it is detected. Slurs
 * have no regex patterns: they are words, matched by the lexicon (obscenity's
 * dataset plus `slur.ts`), which also contributes to profanity, hate speech,
 * rudeness and sexual harassment. `repeated_request` has none: the engine
 * works it out from the utterances' request labels, not from words.
 */
export const PATTERNS: Readonly<Record<Behaviour, readonly Pattern[]>> = {
  profanity: PROFANITY_PATTERNS,
  slur: [],
  hate_speech: HATE_SPEECH_PATTERNS,
  threat: THREAT_PATTERNS,
  sexual_harassment: SEXUAL_HARASSMENT_PATTERNS,
  harassment: HARASSMENT_PATTERNS,
  rudeness: RUDENESS_PATTERNS,
  unreasonable_demand: UNREASONABLE_DEMAND_PATTERNS,
  uncooperative: UNCOOPERATIVE_PATTERNS,
  aggression: AGGRESSION_PATTERNS,
  recording_staff: RECORDING_STAFF_PATTERNS,
  repeated_request: [],
};
