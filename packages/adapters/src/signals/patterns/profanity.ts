import { re, type Pattern } from './pattern.js';

// Swearing that obscenity's English dataset does not list. The dataset covers
// the strong words in all their spellings; these are the mild words, the
// abbreviations and the masked spellings chat transcripts and some speech
// engines produce. Mild words count as cursing at the agent only when aimed at
// someone (`directedWeight`); "this damn printer" stays below 0.5.

export const PROFANITY_PATTERNS: readonly Pattern[] = [
  {
    // "damn", "goddamn", "dammit": mild.
    id: 'damn',
    regex: re(String.raw`\b(?:god\s?)?damn(?:ed|it)?\b|\bdammit\b`),
    weight: 0.3,
    directedWeight: 0.7,
  },
  {
    // "crap", "crappy": mild.
    id: 'crap',
    regex: re(String.raw`\bcrap(?:py)?\b`),
    weight: 0.3,
    directedWeight: 0.7,
  },
  {
    // "what the hell", "bloody hell": mild. Bare "hell" is left out ("make your life hell" is not cursing).
    id: 'hell',
    regex: re(String.raw`\b(?:the|bloody)\s+hell\b`),
    weight: 0.3,
    directedWeight: 0.7,
  },
  {
    // "bloody" as an intensifier: mild, British.
    id: 'bloody',
    regex: re(String.raw`\bbloody\b`),
    weight: 0.3,
    directedWeight: 0.6,
  },
  {
    // Curses that are aimed at the listener by their form: "go to hell", "piss off", "kiss my ass", "up yours".
    id: 'addressed-curse',
    regex: re(String.raw`\b(?:go to hell|(?:piss|bugger|sod) off|kiss my (?:ass|arse)|screw you|up yours)\b`),
    weight: 0.75,
  },
  {
    // British insults the dataset lacks: "tosser", "bellend", "knobhead".
    id: 'british-insult',
    regex: re(String.raw`\b(?:tosser|bellend|knobhead)s?\b`),
    weight: 0.7,
    directedWeight: 0.9,
  },
  {
    // "STFU" is addressed by its form; "wtf", "ffs" are strong but not necessarily aimed.
    id: 'stfu',
    regex: re(String.raw`\bstfu\b`),
    weight: 0.9,
  },
  {
    id: 'strong-abbreviation',
    regex: re(String.raw`\b(?:wtf|ffs|fml)\b`),
    weight: 0.75,
    directedWeight: 0.9,
  },
  {
    // Masked spellings: "f***ing", "sh*t", "b***h". A letter or two, then asterisks.
    id: 'masked',
    regex: re(String.raw`(?<![\p{L}*])(?:f|sh?|b|c|d|a|p|tw?)\*+\p{L}*`),
    weight: 0.75,
    directedWeight: 0.95,
  },
  {
    // Spelled-around f-words the dataset misses: "go f yourself", "eff off", "phuck", "f-ing",
    // "mother f'er", "what the f", "bullsh*t".
    id: 'f-word-spelled-around',
    regex: re(String.raw`\bgo (?:f|eff)\s+(?:yourself|off)\b|\bf u\b|\bthe f up\b|\beff (?:off|you|yourself)\b|\b(?:phuck|phuk|fook)\p{L}*|\b(?:f-ing|f'ing|f-in'?)\b|\bmother\s?f(?:'|\*+|-)?(?:er|ers|ing|in|ker|kers|cker|ckers)\b|\bwhat the (?:f|eff)\b(?!-)|\bbull\s?sh\*+\p{L}*|\b(?:ass|arse)holes?\b|\bbullshit\p{L}*`),
    weight: 0.75,
    directedWeight: 0.95,
  },
];
