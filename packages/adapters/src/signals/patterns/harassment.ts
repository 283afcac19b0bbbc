import { re, type Pattern } from './pattern.js';

// Targeting the agent beyond this call: repeated contact, tracking them down,
// publishing their details, campaigns to get them fired. The caller must be
// the actor ("I'll keep calling"), so "I keep getting calls from your sales
// team" does not match.

export const HARASSMENT_PATTERNS: readonly Pattern[] = [
  {
    // "I'll keep calling", "I'm going to keep ringing", "keep tying up your line".
    id: 'keep-contacting',
    regex: re(String.raw`\b(?:I(?:'ll| will|'m going to|'m gonna| am going to)\s+)keep\s+(?:calling|ringing|phoning|emailing|texting|tying up)\b`),
    weight: 0.8,
    negatable: true,
  },
  {
    // "I'll call back again and again", "I'll call fifteen more", "call back until you're fired".
    id: 'call-until',
    regex: re(String.raw`\b(?:call|ring)(?:\s+back)?\s+(?:again and again|\w+ more(?: times)?|until (?:I get you|you(?:'re| are) fired|you quit|someone))\b`),
    weight: 0.75,
    negatable: true,
  },
  {
    // "I'll ... every day", "every time I call": a campaign, with the caller as the actor;
    // "expect to hear from me every morning", "I'll tag you in every post".
    id: 'every-day',
    regex: re(String.raw`\bI(?:'ll| will|'m going to|'m gonna)\b[^.?!]{0,80}?\bevery\s+(?:single\s+)?(?:day|time|hour|night|morning|week|\w+ minutes)\b|\bfrom me every (?:single )?(?:day|morning|night|hour|week)\b|\btag(?:ging)? you\b[^.?!]{0,40}?\bevery\b`),
    weight: 0.7,
    negatable: true,
  },
  {
    // "I'll find you on Facebook", "I looked you up", "I know where you work", "I'll be calling your house",
    // "I know which branch you work at", "find out where you live", "follow you home", "track you down",
    // "I'm going to hound you", "phone you at home", "message you on Facebook", "are you on Instagram?".
    id: 'track-down',
    regex: re(String.raw`\b(?:find|found|look up|looked up)\s+(?:you|your\s+(?:instagram|facebook|profile|address|house|home|family))\b(?:\s+on\s+\w+)?|\blook(?:ed|ing)? you up\b|\byour (?:face|name|photo|picture) (?:on|in) (?:the )?(?:front page|papers?|news|local paper)\b|\bkeep (?:coming|calling|ringing|emailing|writing)\b[^.?!]{0,30}?\buntil you\b|\bcalling your (?:house|home|mobile|family)\b|\bknow (?:where|which (?:branch|office|store|shop|building)) you work\b|\bfind out where you (?:live|work)\b|\btrack (?:you|your \w+) down\b|\b(?:got|have|'ve got)\s+your\s+(?:facebook|instagram|twitter|tiktok|linkedin)\b|\b(?:message|dm|add|follow|find)\s+you\s+on\s+(?:facebook|instagram|twitter|linkedin|tiktok|snapchat|whatsapp)\b|\bare you on (?:facebook|instagram|twitter|linkedin|tiktok|snapchat)\b|\btrack down your\b|\b(?:hound|stalk|harass|pester)(?:ing)? you\b|\b(?:phone|call|ring|visit|text)\s+you\s+at\s+(?:home|your house|your home)\b|\bfollow(?:ing)? you (?:home|to your (?:car|house|home))\b`),
    weight: 0.8,
    negatable: true,
  },
  {
    // "I know your full name", "I've got your employee ID", "I know what time your shift ends".
    // "I know your name is Sarah" is identification, not a threat.
    id: 'know-your-details',
    regex: re(String.raw`\b(?:I know|I've got|I have|I got)\s+(?:your\s+(?:full name|surname|employee id|badge number|home address|address)|what (?:time|school)\s+(?:your|they|you))\b(?!\s+is\b)`),
    weight: 0.75,
  },
  {
    // "I'll post your name all over the internet", "I'll post it online", "your name and face all over Facebook",
    // "your details are going on every review site"; not a recording put online (that is recording_staff).
    id: 'publish',
    regex: re(String.raw`(?<!\b(?:record|recorded|recording|film|filmed|filming|video|tape|taped|taping)\b[^.?!]{0,60})\b(?:post|put|share|spread|publish|plaster|posting|putting|sharing)\s+(?:your\s+(?:name|photo|picture|pic|details|address|number|face)s?(?:\s+and\s+(?:your\s+)?(?:name|photo|picture|pic|details|address|number|face)s?)?|it|this|you)\s+(?:all over|online|everywhere|on (?:youtube|tiktok|facebook|twitter|x|reddit|instagram|linkedin|social media|the internet|every))|\byour\s+(?:details|name|photo|picture|face|number|address)\s+(?:is|are)\s+going\s+(?:on|up on|all over|online)\b|\bon\s+(?:twitter|facebook|instagram|tiktok|youtube|social media)\s+with\s+your\s+(?:photo|name|face|picture|details)\b`),
    weight: 0.75,
    negatable: true,
  },
  {
    // "I'm going to get you fired", "I'll make your life hell", "everyone will know your name",
    // "ask for you by name", "so everyone sees how stupid you are", "put you on blast",
    // "a letter about you every week", "I'll keep coming in until you're sacked".
    id: 'campaign',
    regex: re(String.raw`\bask(?:ing)? for you by name\b|\bput (?:you|your name) on blast\b|\b(?:ring|call|email|write to|tell)\s+every(?:one|body|\s+\w+)\b[^.?!]{0,30}?\b(?:about you|what you did|your name)\b|\babout you\b[^.?!]{0,20}?\bevery (?:day|week|morning|night|hour)\b|\bfollow you on (?:every|all|facebook|instagram|twitter|tiktok|linkedin)\b|\b(?:give me|what's|what is|tell me)\s+your\s+(?:instagram|facebook|twitter|tiktok|snapchat|linkedin)\b|\bso (?:everyone|the world|people|the whole world) (?:sees|can see|knows|will see|will know) (?:how|what|who)\b[^.?!]{0,20}?\byou\b|\babout you (?:personally|by name)\b|\bname and shame\b|\b(?:get you (?:fired|sacked)|make your life (?:hell|a living hell|miserable)|ruin your (?:day|life|career)|everyone (?:at your (?:work|office|company)\s+)?(?:knows|will know|sees|will see|is going to know) (?:your name|who you are|your face|what you did|what you've done)|post (?:your|a) (?:picture|photo|pic) of you|post your (?:picture|photo|pic|face|address))\b`),
    weight: 0.75,
    negatable: true,
  },
  {
    // "I'll flood your inbox", "spam your line".
    id: 'flood',
    regex: re(String.raw`\b(?:flood|spam|bombard)\s+(?:your|you)\b`),
    weight: 0.7,
    negatable: true,
  },
  {
    // "I want your home phone number": the agent's private contact details.
    id: 'private-contact',
    regex: re(String.raw`\byour\s+(?:home|personal|private|own)\s+(?:phone\s+)?(?:number|address)\b`),
    weight: 0.7,
  },
];
