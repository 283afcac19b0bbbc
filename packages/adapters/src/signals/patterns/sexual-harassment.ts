import { re, type Pattern } from './pattern.js';

// Sexual remarks, requests and propositions aimed at the agent. Explicit
// sexual words come from obscenity's dataset (see `lexicon.ts`) and count only
// when aimed at someone ("what sex is on the account" must not match); these
// are the phrasings that carry no explicit word.

export const SEXUAL_HARASSMENT_PATTERNS: readonly Pattern[] = [
  {
    // "What are you wearing?", "are you wearing a skirt?", "what colour is your underwear?",
    // "I bet you're wearing something tight", "what's under that uniform".
    id: 'clothing',
    regex: re(String.raw`\b(?:(?:bet|imagine|picture|tell me)\s+you(?:'re| are)\s+wearing|under (?:that|your) (?:uniform|skirt|shirt|top|dress|clothes)|what (?:are you|you're|you are) wearing|are you wearing (?:a|any)\s+\w+|your\s+(?:underwear|bra|panties|knickers|lingerie)|you(?:'d)? look (?:good|hot|sexy) in)\b`),
    weight: 0.75,
  },
  {
    // "You have a sexy voice", "you sound hot", "I bet you're hot", "nice tits", "a pretty girl like you",
    // "you sound like a naughty girl", "your boyfriend is a lucky man, if you know what I mean".
    id: 'appearance',
    regex: re(String.raw`\b(?:(?:you have|you've got|your)\s+(?:a\s+)?(?:sexy|hot|gorgeous)\s+(?:voice|body|legs)|you sound\s+(?:sexy|hot|cute|fit|gorgeous|beautiful|young and tight)|(?:boyfriend|husband|girlfriend|wife) is a lucky (?:man|guy|woman|girl|lady)|if you know what i mean|\b(?:pretty|beautiful|gorgeous|sexy|hot|cute|lovely)\s+(?:girl|thing|lady|woman|young thing)\s+like\s+you|(?:young|tight)\s+and\s+(?:tight|young|fresh)|(?:I\s+)?bet you(?:'re| are| look)\s+(?:(?:a\s+)?(?:real\s+)?(?:looker|stunner|hottie|babe)|hot|sexy|cute|gorgeous|good|stunning|beautiful|pretty|fit)|\byou(?:'re| are| sound like| look like)\s+(?:a\s+)?(?:naughty|dirty|kinky)\s+(?:girl|boy|one)|nice\s+(?:tits|boobs|ass|legs|body))\b`),
    weight: 0.8,
  },
  {
    // "Your voice is turning me on", "I'm touching myself", "moan for me", "talk dirty to me",
    // "your voice is making me hot", "give us a kiss", "do you like older men?", "come sit on my lap".
    id: 'sexual-act',
    regex: re(String.raw`\b(?:turn(?:s|ing)? me on|touching myself|(?:moan|strip|undress) for me|talk dirty|horny|hard (?:just )?(?:listening|thinking) (?:to|about) you|(?:stroking|playing with) myself|talk (?:dirty|sexy|naughty) to me|give (?:us|me) a kiss|do you like (?:older|younger|big|mature) (?:men|women|guys)|(?:love|like|want) to get my hands on you|(?:making|makes|made|getting|gets) me (?:so\s+|all\s+)?(?:hot|horny|hard|wet)(?!\s+under)|(?:come (?:and )?sit|you (?:can|could|should|'ll) sit) on my (?:lap|knee)|sit on my face)\b`),
    weight: 0.85,
    negatable: true,
  },
  {
    // "I'd love to get you in bed", "good in bed", "bend you over", "have sex with you", "suck my dick",
    // "fun in the bedroom", "over dinner, just the two of us", "kiss you all over" (not "I could kiss you"),
    // "are you as pretty as you sound?", "what else do you do with that mouth?", "a hotel room, you and me".
    id: 'proposition',
    regex: re(String.raw`\b(?:get you (?:in|into) bed|tell me what you look like|what do you look like|keep talking to me in that|(?:i'm|i am) (?:so )?lonely (?:tonight|right now)|(?:you and me|you and i)\b[^.?!]{0,20}?\bhotel|get a room|go out with (?:me|a man like me|someone like me)|a bit of all right|(?:boyfriend|husband|partner) the jealous type|steal you (?:away|from him)|if you moaned|moan(?:ed|ing)? (?:a bit|for me|for us)|(?:coming|come) back to (?:mine|my place|my flat)|take you to bed|sleep with you|with (?:that|your) (?:mouth|tongue|lips)|(?:wanna|want to|do you want to)\s+see\s+(?:a\s+)?(?:picture|pic|photo)s?\s+of\s+me|look good on my arm|as (?:pretty|hot|sexy|gorgeous|beautiful|good-looking|cute) as (?:you sound|your voice)|(?:good|fun|great|wild|naughty|amazing) in (?:the )?(?:bed|bedroom|sack)|(?:dinner|drinks?|a date|tonight)\b[^.?!]{0,30}?\bjust (?:the )?(?:two|2) of us|(?<!could\s)(?:kiss|lick|fondle|spank|grope|taste) (?:you|your\s+(?:body|lips|neck|legs|ass|bum|butt|breasts|boobs))\b(?!r)|bend you over|sex with you|suck my|show you a good time|what you look like naked)\b`),
    weight: 0.85,
    negatable: true,
  },
  {
    // "Come over tonight and keep me company", "come round after your shift".
    id: 'come-over',
    regex: re(String.raw`\bcome (?:over|round|around)\b(?![^.?!]{0,25}?\b(?:fix|repair|sort|install|look at|check|connect|set up)\b)[^.?!]{0,25}?\b(?:tonight|after (?:work|your shift)|keep me company)\b|\bkeep me company\b|\b(?:you|why don't you)\s+(?:should\s+|could\s+)?come (?:over|round|around) (?:to )?(?:mine|my place|my flat)\b`),
    weight: 0.75,
    negatable: true,
  },
  {
    // "I'm lying here naked", "in bed thinking about you".
    id: 'naked',
    regex: re(String.raw`\bI(?:'m| am)\s+(?:\w+\s+){0,3}(?:naked|nude)\b|\bin bed (?:thinking about|with|picturing) you\b|\b(?:thinking about|picturing) you in (?:bed|the shower|your underwear)\b|\b(?:thinking about|picturing|dreaming about|fantasi[sz]ing about)\s+your\s+(?:lips|body|legs|mouth|bum|ass|boobs)\b|\bfantasi[sz]ing about you\b`),
    weight: 0.8,
    negatable: true,
  },
  {
    // Sexualised pet names aimed at the agent: "send it over, gorgeous", "hey sexy".
    id: 'pet-name',
    regex: re(String.raw`(?:,|\bhey|\bhi|\bhello|\bthanks)\s+(?:gorgeous|sexy|hot stuff|hottie|beautiful)\b|(?:,|\bhey|\bhi|\bthanks)\s+(?:babe|baby)\s*(?:[.!?]|$)|\bhow old are you,?\s+(?:darling|sweetheart|babe|baby|honey|gorgeous|sexy|sweetie)\b`),
    weight: 0.7,
  },
  {
    // "Come over to my place", "we can meet up tonight", "send me a picture of yourself".
    // "Come to my house" without "over" is how customers book a technician.
    id: 'meet-or-picture',
    regex: re(String.raw`\b(?:come over to my (?:place|house|room|flat)|meet up (?:tonight|later|after (?:work|your shift))|send me a (?:picture|photo|pic|selfie) of (?:yourself|you)|send me (?:a |some )?(?:pic|pics|selfie|selfies|nudes?)\b(?!\s+of\s+(?!you)))\b`),
    weight: 0.7,
    negatable: true,
  },
  {
    // "Are you single?", "do you have a boyfriend?", "how about a date?": personal, and in a
    // service call almost always a come-on.
    id: 'are-you-single',
    regex: re(String.raw`\b(?:are you (?:single\b(?!-)|married|seeing anyone)|(?:do you have|have you got|got|you got) a (?:boyfriend|girlfriend|husband|wife)|(?:how about|go on) a date|date me|take you out)\b`),
    weight: 0.7,
  },
];
