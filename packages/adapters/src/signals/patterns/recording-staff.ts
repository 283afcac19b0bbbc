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
    regex: re(String.raw`\b(?:i'm|i am|i've been|i have been)\s+(?:recording|filming|taping)\s*(?:(?:you|this|everything you)\b|[,.!]|$|(?:so|now)\b)(?![^.?!]{0,80}\bfor (?:my|our) (?:own )?(?:records|lawyer|solicitor|attorney|complaint|notes|reference)\b)`),
    weight: 0.8,
  },
  {
    // "This is going on YouTube / social media / TikTok", "this call is going on my podcast",
    // "everyone will see what you said"; not a screenshot or a review.
    id: 'going-online',
    regex: re(String.raw`(?<!\b(?:screenshot|photo|picture|pic|name|details|review|complaint)\b[^.?!]{0,40})\b(?:going|goes|put(?:ting)? (?:it|this(?:\s+(?:call|conversation|recording|video))?|you))\s+(?:straight\s+)?(?:on|online|up on)\s+(?:my\s+|our\s+)?(?:youtube|tiktok|facebook|instagram|social media|the internet|twitter|podcast|channel|stream)\b|\beveryone will (?:see|hear) what you\b`),
    weight: 0.85,
  },
  {
    // "I've got your name and this recording", "I have it all on tape", "got all of that on video",
    // "let me record this", "you're going viral".
    id: 'on-tape',
    regex: re(String.raw`\b(?:got|have) (?:it all|all of (?:that|this|it)|this|you|everything) (?:on tape|recorded|on camera|on video|on film)\b|\byou're going viral\b|\byou're live\b|\bsmile for (?:my|the) (?:followers|camera|viewers|audience)\b|\byou(?:'re| are) being (?:filmed|recorded|taped|streamed)\b|\bso (?:i|we) can record (?:this|you|it)\b|\blet me (?:start )?record(?:ing)? (?:this|you)\b`),
    weight: 0.7,
  },
  {
    // The agent recorded now, by any device: "my phone's recording you", "I've recorded every word you said",
    // "this is being recorded by me"; not for one's own records or a lawyer.
    id: 'recorded-now',
    regex: re(String.raw`\b(?:phone|camera|mic)(?:'s| is)\s+(?:recording|filming)\b|\b(?:recording|filming|taping)\s+you\b(?!r)|\b(?:i've|i have)\s+recorded\s+(?:every(?:thing| word)|you|all of (?:it|this|you))\b|\brecorded by me\b|\brecording (?:this |you |it )?for (?:my|our) (?:facebook|instagram|youtube|tiktok|twitter|channel|followers|page|podcast)\b|\b(?:got|have)\s+(?:the (?:whole|entire) (?:call|conversation)|this (?:call|conversation)|everything you(?:'ve)? said)\s+(?:on|recorded)\b|\b(?:recorded|recording)\b[^.?!]{0,40}?\b(?:going|go|goes) viral\b`, String.raw`(?![^.?!]{0,80}\bfor (?:my|our) (?:own )?(?:records|lawyer|solicitor|attorney|complaint|notes|reference)\b)`),
    weight: 0.8,
    negatable: true,
  },
  {
    // Broadcasting the call: "you're on camera", "I'm streaming this live", "going live on Facebook with this call",
    // "you're live", "you're being filmed".
    id: 'broadcasting',
    regex: re(String.raw`\byou're on camera\b|\b(?:streaming|livestreaming|broadcasting)\s+(?:this\s+(?:call|conversation)|you|the call)\b|\b(?:streaming|broadcasting)\s+(?:this|it)\s+live\b|\bgoing live\b(?:\s+on\s+\w+)?\s+with\s+(?:this|you)\b`),
    weight: 0.8,
    negatable: true,
  },
];
