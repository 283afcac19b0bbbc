import { re, type Pattern } from './pattern.js';

// Demands far beyond what an agent can grant. Ordinary requests (a refund, a
// supervisor, a discount, compensation) must not match; what marks a demand
// as unreasonable is its size (forever, for life, multiples), its target (the
// CEO, someone fired) or its terms (in the next hour, whatever it costs).

export const UNREASONABLE_DEMAND_PATTERNS: readonly Pattern[] = [
  {
    // "Free service for life", "waive every fee forever", "for the rest of the year", "until the end of time".
    id: 'forever',
    regex: re(String.raw`\b(?:demand|want|give me|waive|cancel|give|refund)\b[^.?!]{0,60}?\b(?:forever|for life|for the rest of (?:the|my) (?:year|life)|for free|\w+ years? of free|(?:a )?lifetime of|(?:until|till) the end of time)\b`),
    weight: 0.75,
  },
  {
    // "I want the CEO on the phone", "I demand to speak to the president of the company",
    // "have the chief executive ring me", "I want the whole board to resign", "whoever owns the company".
    id: 'top-boss',
    regex: re(String.raw`\b(?:want|demand|get me|put|need|connect me|transfer me|put me through)\b[^.?!]{0,30}?\b(?:ceo|chief executive|president|chairman|owner|managing director|head of the company)\b|\b(?:want|demand)\b[^.?!]{0,30}?\b(?:board|ceo|chief executive|directors?|managers?|everyone)\s+(?:to\s+)?(?:resign|step down|be sacked|be fired)\b|\b(?:have|get|make)\s+(?:the|your)\s+(?:ceo|chief executive|president|chairman|owner|managing director)\s+(?:ring|call|phone|contact|email|write to)\s+me\b|\b(?:ring|call|phone)\s+(?:the|your)\s+(?:ceo|chief executive|president|chairman|owner|managing director)\b|\bwhoever owns (?:the|this|your) company\b|\b(?:letter|apology|call) from (?:the|your) (?:ceo|chief executive|chairman|managing director|owner)\b`),
    weight: 0.75,
  },
  {
    // "Fire the guy who installed it", "I want everyone involved fired".
    id: 'fire-staff',
    regex: re(String.raw`\bfire\s+(?:the|that|this|him|her|them|everyone|everybody|whoever|all of)\b(?!\s+off)|\b(?:want|demand)\s+(?:\w+\s+){0,6}(?:fired|sacked|dismissed|disciplined|suspended|struck off|retrained|reprimanded|punished)\b`),
    weight: 0.75,
  },
  {
    // "Give me five thousand dollars", "refund me ten times what I paid".
    id: 'huge-sum',
    regex: re(String.raw`\b(?:(?:give|pay|refund|owe)\s+me|want|demand|expect|deserve)\s+(?:\w+\s+){0,4}(?:thousand|grand|million)\b|\b(?:give me|want)\s+(?:\w+\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+free\s+(?:phones|devices|tablets|years|lines)\b|\b(?:\w+\s+times|double|triple)\s+what I paid\b`),
    weight: 0.75,
  },
  {
    // "A full refund for the last two years", "every single call I ever made refunded",
    // "all my money back from the day I joined".
    id: 'refund-everything',
    regex: re(String.raw`\b(?:refund|money back)\b[^.?!]{0,20}?\b(?:last|past)\s+(?:\w+\s+)?years\b|\bevery\s+(?:single\s+)?(?:call|penny|cent|bill|payment)\s+I(?:'ve| have)?\s+(?:ever\s+)?(?:made|paid)\b|\b(?:refund|repay|pay back)\s+(?:me\s+)?every\s+(?:single\s+)?(?:bill|penny|payment|month)\b|\b(?:money back|refund\w*|back)\b[^.?!]{0,30}?\b(?:from the day|since the day|since) i (?:joined|signed up|started)\b|\bpay me (?:the rest|the remainder|the whole|the full)\b[^.?!]{0,30}?\b(?:contract|compensation)\b`),
    weight: 0.7,
  },
  {
    // Terms no one can meet: "in the next hour", "I don't care what it costs you".
    id: 'impossible-terms',
    regex: re(String.raw`\b(?:in|within) the next hour\b|\bI don't care what it costs\b`),
    weight: 0.7,
  },
  {
    // "Come to my house and apologise personally", "personally guarantee ... signed by you".
    id: 'personal',
    regex: re(String.raw`\b(?:apologi[sz]e (?:to me )?(?:personally|in person)|personally guarantee|come to my (?:house|home) and apologi[sz]e|signed by (?:the (?:whole|entire) board|the ceo|the chief executive|every director)|apology from (?:the ceo|the chief executive|the (?:whole )?board|the owner|the (?:managing )?director|the chairman)|(?:want|need|expect)\s+you\s+personally\s+to)\b`),
    weight: 0.7,
  },
  {
    // "I want your home phone number": the agent's private details are not the company's to give.
    id: 'agent-private-details',
    regex: re(String.raw`\b(?:want|give me|need|tell me)\b[^.?!]{0,20}?\byour\s+(?:home|personal|private|own)\s+(?:phone\s+)?(?:number|address)\b`),
    weight: 0.7,
  },
  {
    // "Pay my rent", "pay my legal fees": costs outside the service; "free internet for my whole street".
    id: 'pay-my-costs',
    regex: re(String.raw`\bpay (?:for )?my (?:(?:whole|entire|full)\s+)?(?:rent|mortgage|holiday|car|wages|council tax|legal fees|therapy|lawyer|solicitor|counselling)\b|\bfree\b[^.?!]{0,30}?\bfor my (?:whole|entire) (?:street|building|road|village|family)\b`),
    weight: 0.7,
  },
  {
    // "Unlimited data for life", "the new iPhone for free".
    id: 'free-product',
    regex: re(String.raw`\b(?:upgrade me|give me)\b[^.?!]{0,40}?\band never (?:charge|bill) me (?:again|ever again|another penny)\b|\b(?:want|give me|demand|expect)\s+(?:the\s+)?(?:next\s+)?(?:\w+\s+)?years?\s+(?:free|for free)\b|\b(?:expect|want|demand|give me)\s+(?:a|one|two|three|\w+)\s+years?'?s?\s+(?:credit|of credit|free service)\b|\b(?:unlimited|free)\s+(?:data|calls|service|tv|phone|iphone|upgrade)\b[^.?!]{0,30}?\b(?:for life|forever|or (?:I'm|else))\b|\b(?:give me|I want)\s+(?:a|an|the)\s+(?:new\s+|free\s+)?(?:\w+\s+)?(?:for free|free)\b(?!\s+\p{L})`),
    weight: 0.7,
  },
];
