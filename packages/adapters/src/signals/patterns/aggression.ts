import { re, type Pattern } from './pattern.js';

// Hostile commands and a raised tone in words. Shouting in capitals and runs
// of "!" are read from the raw text by `shouting.ts`; these are the phrasings.

export const AGGRESSION_PATTERNS: readonly Pattern[] = [
  {
    // "Shut up", "shut your mouth", "shut it", "zip it"; not "shut it down".
    id: 'shut-up',
    regex: re(String.raw`\bshut\s+(?:the (?:f|fuck|hell|f\*+\p{L}*)\s+up|up|your\s+(?:mouth|face|trap)|it(?!\s+(?:down|off)))\b|\bzip it\b`),
    weight: 0.75,
  },
  {
    // "Don't you dare", "don't you talk back to me".
    id: 'dont-you',
    regex: re(String.raw`\bdon't you (?:dare|talk back|raise)\b|\bdon't talk back\b`),
    weight: 0.75,
  },
  {
    // "You listen to me", "listen to me!", "you listen good".
    id: 'listen-to-me',
    regex: re(String.raw`\b(?:you\s+listen(?:\s+to me|\s+good|\s+here)?|listen to me)\b`),
    weight: 0.7,
  },
  {
    // "(Do) you hear me?", "are you deaf?", "do you understand me?", "how many times do I have to say it?".
    id: 'hear-me',
    regex: re(String.raw`\b(?:(?:do )?you hear me|are you deaf|do you understand me|how many times do I have to)\b`),
    weight: 0.7,
  },
  {
    // "Stop talking", "enough!", "don't interrupt me".
    id: 'stop-talking',
    regex: re(String.raw`\bstop talking\b|\benough(?:\s+\w+)?!|\bdon't interrupt me\b`),
    weight: 0.7,
  },
  {
    // "Fix it or else", "I'm losing my patience".
    id: 'ultimatum',
    regex: re(String.raw`\bor else\b|\blosing my patience\b`),
    weight: 0.7,
  },
];
