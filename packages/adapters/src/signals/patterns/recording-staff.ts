import { re, type Pattern } from './pattern.js';

// The customer says they are recording or filming the agent. Recording the
// call for one's own records is common and often lawful; what policies care
// about is recording staff to expose or intimidate them, so plain mentions
// score lower than announcements aimed at the agent.

export const RECORDING_STAFF_PATTERNS: readonly Pattern[] = [
  {
    // "I'm recording you", "I am recording this call and you", "I'm filming you";
    // not "I'm recording this call for my own records" or "for my lawyer".
    id: 'recording-you',
    regex: re(String.raw`\b(?:i'm|i am|i've been|i have been)\s+(?:recording|filming|taping)\s+(?:you|this|everything you)\b(?![^.?!]{0,80}\bfor (?:my|our) (?:own )?(?:records|lawyer|solicitor|attorney|complaint|notes|reference)\b)`),
    weight: 0.8,
  },
  {
    // "This is going on YouTube / social media / TikTok", "everyone will see what you said".
    id: 'going-online',
    regex: re(String.raw`\b(?:going|goes|put(?:ting)? (?:it|this|you))\s+(?:on|online|up on)\s+(?:youtube|tiktok|facebook|instagram|social media|the internet|twitter)\b|\beveryone will (?:see|hear) what you\b`),
    weight: 0.85,
  },
  {
    // "I've got your name and this recording", "I have it all on tape".
    id: 'on-tape',
    regex: re(String.raw`\b(?:got|have) (?:it all|this|you|everything) (?:on tape|recorded|on camera)\b`),
    weight: 0.7,
  },
];
