import { re, type Pattern } from './pattern.js';

// Insults and disparagement aimed at the agent or the company, without being
// abuse by themselves. Swear-word insults ("you prick") are scored from the
// lexicon (see `lexicon.ts`); these are the ordinary words. Each pattern
// needs the agent or the company as the target: "my brother is an idiot" and
// "I feel stupid" must not match.

const INSULT_ADJECTIVE = String.raw`(?:useless|stupid|incompetent|clueless|pathetic|idiotic|dumb|brainless|worthless|hopeless|thick|dense|daft|dim|inept|gormless|dozy|ignorant|annoying|rude|slow(?!\s+(?:to|at|on|with)\b))`;
const INSULT_NOUN = String.raw`(?:idiot|moron|imbecile|fool|clown|muppet|halfwit|dimwit|numpty|loser|amateur|tosser|bellend|knobhead|embarrassment|disgrace|cowboy|crook|joke|c\*+t|tw\*+t|pr\*+ck|d\*+ck(?:head)?|b\*+tch|mother\s?f(?:'|\*+|-)?(?:er|ker|cker)|waste of (?:space|time|my time|oxygen))s?`;
/** Intensifiers and articles between "you're" and the insult. */
const FILLER = String.raw`(?:(?:such|so|a|an|just|absolutely|completely|complete|total|totally|real|really|utterly|utter|right|proper|the|all|bunch of|clearly|obviously|fucking|bloody|damn|f\*+[\p{L}*]*)\s+){0,6}`;

export const RUDENESS_PATTERNS: readonly Pattern[] = [
  {
    // "You're useless", "you're an idiot", "you people are morons", "you useless ...",
    // "you really are dense", "your company is a bunch of crooks", "you're an embarrassment".
    id: 'you-are-insult',
    regex: re(String.raw`\b(?:you(?:'re|\s+(?:really\s+|truly\s+|honestly\s+)?are|\s+(?:people|guys|lot)\s+are)?|your\s+(?:company|firm|lot|people|staff|team|customer service|service|support)\s+(?:is|are))\s+`, FILLER, String.raw`(?:${INSULT_ADJECTIVE}|${INSULT_NOUN})\b`),
    weight: 0.75,
    negatable: true,
  },
  {
    // "Are you stupid?", "are you even listening?", "are all of you this useless?", "did you even go to school?".
    id: 'are-you-insult',
    regex: re(String.raw`\bare you\s+(?:even\s+listening|deaf|thick|stupid|dumb|an idiot|a moron)\b|\bare (?:all of |all )?you\b[^.?!]{0,20}?\b(?:this|that|always this)\s+(?:${INSULT_ADJECTIVE}|slow)\b|\bdid you (?:even )?(?:go to|finish) school\b`),
    weight: 0.7,
  },
  {
    // "Your stupid rules", "another useless agent": the company, its staff or its ways disparaged.
    // Not "this stupid app": the thing, not the people.
    id: 'disparaged-staff',
    regex: re(String.raw`\byour\s+${INSULT_ADJECTIVE}\s+\p{L}+|\b(?:another|this|a|what a)\s+${INSULT_ADJECTIVE}\s+(?:company|firm|agent|people|staff|call cent(?:er|re)|answer|response|excuse)\b`),
    weight: 0.7,
  },
  {
    // "Put someone competent on", "someone with a brain", "is anyone there actually trained?".
    id: 'someone-competent',
    regex: re(String.raw`\b(?:someone|somebody|anyone|anybody)\s+(?:there\s+)?(?:(?:actually|even)\s+)?(?:competent|trained|qualified|who (?:actually )?knows (?:something|anything|what (?:they're|they are) doing)|with (?:a|half a|one)\s+(?:working\s+|functioning\s+)?brain(?:\s+cell)?|who knows what (?:they're|they are) doing)\b`),
    weight: 0.75,
  },
  {
    // "Do your job for once", "how did you even get this job", "my five-year-old could do your job better".
    id: 'your-job',
    regex: re(String.raw`\b(?:do your (?:\w+\s+)?job for once|how did you (?:even\s+)?get (?:this|that|your) job|could do your job better|help you get (?:this|that|your) job|let (?:someone|somebody|people) like you|who (?:hired|employed) you|hire (?:you|you people|you lot|people like you) off the street|(?:don't|didn't|never|do not|did not) train you at all|let the (?:grown-?ups|adults|big boys))\b`),
    weight: 0.75,
  },
  {
    // "What a joke of a company", "a total joke".
    id: 'joke',
    regex: re(String.raw`\b(?:what a|total|complete|absolute)\s+joke\b|\bwhat an?\s+(?:\w+\s+)?(?:shambles|joke|disgrace|excuse|circus|farce|shower)\s+(?:of|for)\s+(?:a\s+)?(?:company|business|service|agent|call cent(?:er|re)|operation)\b`),
    weight: 0.7,
  },
  {
    // "Talking to a brick wall", "like a robot", "like a broken record", "like talking to a toddler",
    // "spell it out in crayon", "the IQ of a doorknob", "about as much use as a chocolate teapot".
    id: 'like-a-wall',
    regex: re(String.raw`\b(?:brick wall|like a (?:robot|broken record|parrot)|like talking to a (?:wall|toddler|child|baby|goldfish|plank|machine|\w+-year-old))\b|\bin crayon\b|\b(?:iq|brains?|intelligence|attention span) of a\s+(?:\w+\s+)?(?:doorknob|goldfish|rock|brick|potato|cabbage|gnat|plank)\b|\bcouldn't organi[sz]e a\b|\babout as (?:useful|helpful|much use) as\b`),
    weight: 0.7,
  },
  {
    // "The dumbest thing I've ever heard", "the worst agent I've ever spoken to", "the most pathetic company".
    id: 'superlative',
    regex: re(String.raw`\b(?:dumbest|stupidest|thickest|most\s+${INSULT_ADJECTIVE})\s+(?:thing|person|agent|man|woman|people|company)\b|\b(?:worst|least helpful|most unhelpful|rudest)\s+(?:\w+\s+)?(?:agent|company|service|person|customer service|people)\s+I(?:'ve| have)\s+ever\b`),
    weight: 0.7,
  },
  {
    // "Wow, genius", "well done, Einstein", "thanks for nothing": sarcasm at the agent.
    id: 'sarcasm',
    regex: re(String.raw`\b(?:wow|well done|bravo|congratulations),?\s+(?:genius|einstein|sherlock)\b|\b(?:thanks|thank you|cheers) for (?:absolutely |precisely |exactly )?nothing\b|\bwhat planet are you (?:on|from)\b|\bout of a paper bag\b|\byou\s+(?:absolute|utter|complete|total)\s+(?!legend|star|hero|gem|diamond|angel|saint|lifesaver|babe)\p{L}+\b|\bdo you (?:even )?have any idea what you're doing\b|\b(?:this|you|your|you're a|you lot are a|you people are a)\s+bunch of (?:thieves|crooks|liars|cowboys|clowns|idiots|morons|scammers|con artists|amateurs)\b|\byou(?:'re| are) (?:just )?wasting my time\b|\b(?:thick|dense|daft|dumb) as (?:two short planks|a plank|a brick|mince)\b|\bdropped on (?:your|ya) head\b|\byou call (?:that|this) (?:customer )?(?:service|help|support)\b|\byou(?:'re| are)\s+(?:really |so |just |truly )?(?:bad|terrible|rubbish|awful|hopeless|useless) at (?:this|your job|everything)\b|\bsuch (?:an?\s+)?${INSULT_ADJECTIVE}\s+(?:bunch|lot|company|shower|outfit)\b|\btalking to (?:a|an|this|some)\s+${INSULT_NOUN}\b|\banother\s+(?:genius|einstein|bright spark|rocket scientist)\b`),
    weight: 0.7,
  },
  {
    // Sarcastic praise: "what a genius", "oh brilliant, you've made it worse", "well done, you've managed nothing".
    id: 'sarcastic-praise',
    regex: re(String.raw`\b(?:what a|a real|a regular)\s+genius\b|\ba genius at work\b|\b(?:brilliant|well done|great job|nice one|nice work|bravo),?(?:\s+(?:really|honestly|seriously|truly),?)?\s+you(?:'ve| have)?\s+(?:only\s+)?(?:managed to|made it worse|broken|done nothing)`),
    weight: 0.7,
  },
  {
    // Unfavourable comparisons: "my dog could do better than you", "toddlers with more sense than you".
    id: 'compared-with',
    regex: re(String.raw`\b(?:better|faster|smarter)\s+than you\b|\bmore (?:sense|brains|intelligence|clue|common sense) than you\b|\b(?:a|my)\s+(?:\w+\s+)?(?:dog|cat|monkey|chimp|child|toddler|\w+-year-old)\s+could do (?:your|this) job\b|\b(?:met|seen|spoken to|talked to)\s+(?:smarter|brighter|more intelligent|more helpful)\s+(?:\w+\s+)?(?:toasters?|rocks?|bricks?|dogs?|monkeys?|goldfish|potatoes|doorknobs?|plants?)\b`),
    weight: 0.75,
  },
  {
    // "You clearly have no clue", "what's wrong with you", and contempt in stock phrases: "thick as two short
    // planks", "couldn't find your way out of a paper bag", "what planet are you on?", "run by clowns",
    // "you absolute walnut" (not "you absolute legend"), "have you got a brain?", "no wonder ... staff like you".
    id: 'no-clue',
    regex: re(String.raw`\byou\s+(?:clearly\s+|obviously\s+)?(?:have no (?:clue|idea)|don't know what you're doing|haven't got a clue|don't have a clue|haven't a clue)\b|\bdo you (?:even )?understand the words coming out of your mouth\b|\b(?:can't|cannot|unable to|incapable of)\s+think(?:ing)?\s+for\s+yourself\b|\b(?:useless|incompetent|pathetic|clueless|hopeless),?\s+(?:the\s+)?(?:lot|all) of you\b|\b(?:do you (?:even )?have|have you (?:even )?got|you haven't got|you don't have)\s+(?:a\s+)?(?:single\s+|one\s+)?brain(?:\s?cells?)?\b|\b(?:idiots|morons|clowns|fools|muppets|losers)\s+like\s+you\b|\byou(?:'re| are|'ve| have)\s+(?:making|made)\s+(?:a\s+)?(?:right\s+|real\s+|complete\s+|total\s+)?(?:pig's ear|dog's dinner|hash|shambles)\s+of\b|\bwhat (?:are|do) they (?:even )?pay(?:ing)? you for\b|\brun by (?:clowns|idiots|monkeys|amateurs|cowboys|morons|children|crooks)\b|\b(?:you should be|you ought to be) ashamed of yourself\b|\bshame on you\b|\b(?:had|got|get) more (?:help|sense|use) (?:out of|from) (?:a|my|the)\s+\w+|\bno wonder\b[^.?!]{0,40}?\blike you\b|\b(?:this|so|that)\s+(?:bad|terrible|rubbish|hopeless|awful)\s+at\s+your\s+job\b|\byou(?:'re| are)\s+(?:deliberately\s+)?trying to be\s+${INSULT_ADJECTIVE}\b|\bstop being\s+(?:so\s+|such\s+(?:an?\s+)?|an?\s+)(?:${INSULT_ADJECTIVE}|${INSULT_NOUN}|(?:ass|arse)holes?|pricks?|dicks?)\b|\b(?:what(?:'s| is)|wtf is)\s+wrong with you\b`),
    weight: 0.7,
  },
  {
    // Swear-word insults built from phrases: "piece of shit", "full of shit", "shove it up your arse".
    id: 'crude-insult',
    regex: re(String.raw`\b(?:piece|sack|full)\s+of\s+(?:sh\S*|crap)|\bshove\s+(?:it|your\s+\w+)\s+up\b`),
    weight: 0.7,
  },
  {
    // "Your service is crap", "your company is garbage": the company disparaged wholesale.
    id: 'company-is-crap',
    regex: re(String.raw`\byour\s+(?:service|customer service|company|product|support|network)\s+(?:is|are)\s+(?:(?:total|complete|absolute)\s+)?(?:crap|shit|sh\*t|garbage|rubbish|trash|a joke|useless|a disgrace|an embarrassment|a shambles|a farce|pathetic|appalling)\b`),
    weight: 0.7,
  },
  {
    // "So everyone sees how stupid you are".
    id: 'how-stupid-you-are',
    regex: re(String.raw`\bhow\s+${INSULT_ADJECTIVE}\s+(?:you\s+(?:are|were|sound)|can (?:one|a) person be)\b`),
    weight: 0.7,
  },
  {
    // "You're so slow": "slow" alone describes the service as often as the agent.
    id: 'so-slow',
    regex: re(String.raw`\byou(?:'re| are)\s+so\s+slow\b`),
    weight: 0.7,
    negatable: true,
  },
  {
    // "Blah blah blah": dismissing what the agent says.
    id: 'blah',
    regex: re(String.raw`\bblah,?\s+blah\b`),
    weight: 0.7,
  },
];
