import type { Behaviour } from '@callguard/dsl';
import type { Pattern } from './pattern.js';

export const ES_PATTERNS: Readonly<Record<Behaviour, readonly Pattern[]>> = {
  profanity: [],
  slur: [],
  hate_speech: [],
  threat: [],
  sexual_harassment: [],
  harassment: [],
  rudeness: [],
  unreasonable_demand: [],
  uncooperative: [],
  aggression: [],
  recording_staff: [],
  repeated_request: [],
};
