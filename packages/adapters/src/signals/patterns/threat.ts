import { re, type Pattern } from './pattern.js';

// Threats of violence against the agent, their family, colleagues or premises.
// Precision matters most here (a false threat can end a call at once), so every
// pattern needs both a violent act and a person or their place as its target
// ("kill the background noise" and "I could murder a coffee" have no such
// target), or is a stock menace with no other reading ("your days are
// numbered", "you'll be eating through a straw").

/** Words that introduce an intended act: "I'll", "going to", "and", "to"; one word may follow ("I'll f***ing ..."). */
const INTENT = String.raw`(?:'ll|\bwill|\bgonna|\bgoing to|'d|\bwould|\bcould|\bshould|\bwanna|\bwant to|\band|\bto)\s+(?:[\w*]+\s+)?`;

/**
 * Violent acts. "get", "destroy" and "finish" are left out: too often
 * figurative. "hit you up" and "beat you to it" are idioms, not blows; "run"
 * and "tear" count only as "run you over" and "tear you apart".
 */
const VIOLENCE = String.raw`(?:kill|murder|hurt|stab|shoot(?: up)?|beat(?!\s+you\s+to\b)|punch|slap|kick|strangle|choke|throttle|wring|smash|break|snap|slit|slice|gut|burn|torch|bomb|blow up|rape|knife|batter|bash|knock|rip|hit(?!\s+you\s+up\b)|hunt|cut(?=\s+(?:you|ya)\b(?!\s+(?:off|a|an|some|in|out|down)\b))|run(?=\s+(?:you|him|her|them)\s+(?:over|down)\b)|tear(?=\s+(?:you|your\s+\w+)\s+(?:apart|off|limb|to pieces|in half)))`;

/**
 * A person or their place: "you", "your family", "the next person", after
 * at most a few filler words ("the crap out of you", "every bone in your
 * body"). Only filler words, so "beat the deadline so you can..." is no
 * target; nor is a ditransitive "you a ..." ("I'll shoot you an email").
 */
const TARGET = String.raw`(?:(?:(?:the|every|bone|in|out|of|crap|shit|hell|living|daylights|fucking)\s+){0,5}(?:you(?!\s+(?:an?|some|one)\b)|your\b|ya\b|u\b)|(?:the next (?:person|agent|one)|someone|somebody|everyone|everybody|anyone|all of you)\b)`;

/** An agent's place: where they work, live or park. */
const PREMISES = String.raw`(?:place|building|office|offices|store|shop|branch|depot|warehouse|headquarters|hq|house|home|car|vans?|lorry|lorries|trucks?|call cent(?:er|re))`;

/** Where a blow lands: "break your jaw", "slash your throat", "a fist through your face". */
const BODY_PART = String.raw`(?:face|head|jaw|teeth|skull|neck|throat|nose|ribs|legs?|arms?|kneecaps|knees|spine|eyes?)`;

export const THREAT_PATTERNS: readonly Pattern[] = [
  {
    // "I'm going to kill you", "I'll fucking kill you", "and break your neck", "I'll cut you",
    // "I'll stab the next person"; "I would never hurt you" is negated.
    id: 'intent-violence-person',
    regex: re(INTENT, VIOLENCE, String.raw`\s+`, TARGET),
    weight: 0.9,
    negatable: true,
  },
  {
    // "I will end you": "end" only counts with a bare "you" ("end your contract" is not a threat).
    id: 'end-you',
    regex: re(INTENT, String.raw`end you\b(?!r)`),
    weight: 0.85,
    negatable: true,
  },
  {
    // "You're dead", "you're a dead man"; not "you're dead right" or "dead to me".
    id: 'you-are-dead',
    regex: re(String.raw`\byou(?:'re| are)\s+(?:a\s+)?dead\b(?!\s+(?:right|on|wrong|serious|set|to me))`),
    weight: 0.85,
    negatable: true,
  },
  {
    // "You will die"; usually quoted from a game or film, which the quotation rule lowers.
    id: 'you-will-die',
    regex: re(String.raw`\byou(?:'ll| will|'re going to| are going to)\s+die\b`),
    weight: 0.75,
    negatable: true,
  },
  {
    // "You'll get stabbed", "people like you get shot", "someone is going to get hurt".
    id: 'passive-violence',
    regex: re(String.raw`\b(?:you|someone|somebody|people|people like you|your\s+\w+)(?:'s|'re|'ll)?\s+(?:(?:\w+\s+){0,3})?get(?:s|ting)?\s+(?:stabbed|shot|killed|knifed|beaten(?: up)?|smacked|punched|hurt|murdered|slashed)\b`),
    weight: 0.8,
    negatable: true,
  },
  {
    // "I'll put you in the ground", "put you in hospital", "put you in a hospital bed".
    id: 'put-you-in',
    regex: re(String.raw`\bput you (?:in the ground|in (?:the )?hospital|in a (?:box|coffin|wheelchair|body bag|hospital bed)|six feet under)\b`),
    weight: 0.9,
    negatable: true,
  },
  {
    // Premises: "burn this place down", "set fire to the branch", "burn it down with your family in it",
    // "blow the whole branch up", "torch every van".
    id: 'premises',
    regex: re(String.raw`\b(?:burn|torch|bomb|blow up|smash up|shoot up|set fire to|burn down)\s+(?:(?:down|up)\s+)?(?:this|that|the|your|every|all (?:the|your|of your))\s+${PREMISES}\b|\b(?:blow|burn|shoot|smash)\s+(?:this|that|the|your)\s+(?:(?:whole|entire|fucking|bloody)\s+)?${PREMISES}\s+(?:up|down)\b|\bwith (?:you|all of you|everyone|your\s+(?:family|kids|children|wife|husband|staff|colleagues))\s+(?:still\s+)?in(?:side)?\b(?:\s+(?:it|there|here))?`),
    weight: 0.85,
    negatable: true,
  },
  {
    // "You'd better watch your back".
    id: 'watch-your-back',
    regex: re(String.raw`\bwatch your back\b`),
    weight: 0.8,
  },
  {
    // "I'll find out where you live", "I know where your office is": locating the agent.
    // "Where you work" alone is harassment, not yet a threat.
    id: 'where-you-live',
    regex: re(String.raw`\b(?:know|find out|found out|finding out)\s+where\s+(?:you\s+(?:live|sleep)|your\s+(?:house|home|office|family|kids|children)\b)`),
    weight: 0.8,
    negatable: true,
  },
  {
    // "I have a gun", "coming down there with a bat", "put a bullet in your head".
    id: 'weapon',
    regex: re(String.raw`\b(?:(?:i(?:'ve| have)?|i've got|i got|bringing|bring|with)\s+(?:a|my)\s+(?:gun|knife|bat|weapon|bomb|machete|rifle|shotgun)\b|bullet in)`),
    weight: 0.8,
    negatable: true,
  },
  {
    // "You'll end up in the hospital", "end up six feet under", "I'll make sure you get hurt".
    id: 'you-will-get-hurt',
    regex: re(String.raw`\b(?:end up (?:in (?:the\s+)?(?:hospital|morgue|a body bag|a box|a coffin|a ditch|a wheelchair)|six feet under|dead)|you(?:'ll| will)?\s+get hurt|get what's coming(?: to you)?)`),
    weight: 0.85,
    negatable: true,
  },
  {
    // Property: "I'll smash the windows of your shop", "slash your tyres", "key your car".
    id: 'property',
    regex: re(String.raw`\b(?:smash|break|trash|wreck|vandali[sz]e|key|slash)\s+(?:(?:up|in|every|all|the)\s+){0,3}(?:windows?\s+(?:of|in|at)\s+)?(?:your|that|this|the)\s+(?:shop|store|office|branch|house|home|car|windows|tyres|tires)\b`),
    weight: 0.8,
    negatable: true,
  },
  {
    // Family or colleagues made to suffer: "your kids will pay for this", "make sure your wife regrets it".
    id: 'family-will-pay',
    regex: re(String.raw`\byour\s+(?:kids|children|family|wife|husband|son|daughter|mum|mom|mother|dad|father|colleagues|coworkers|co-workers|staff)\s+(?:(?:will|'ll|are going to|is going to|are gonna|is gonna|would)\s+)?(?:pay|regret|suffer|be sorry)\b`),
    weight: 0.8,
    negatable: true,
  },
  {
    // Veiled warnings: "you'd better be careful", "something bad will happen to you", "shame if something happened to it".
    id: 'veiled-warning',
    regex: re(String.raw`\b(?:you|your\s+\w+)(?:\s+and\s+your\s+\w+)?\s+(?:had better|'d better|better|should|need to)\s+(?:be\s+(?:very\s+|really\s+)?careful|watch (?:out|yourselves|yourself|themselves))\b|\bsomething\s+(?:bad\s+|terrible\s+)?(?:is going to|will|might|could|would)\s+happen\s+to\s+(?:you|your)\b|\b(?:shame|pity) if (?:something|anything|your\s+\w+|you)\s+(?:\w+\s+){0,2}(?:happened|were to happen|got|caught|went|burned|burnt|broke)\b`),
    weight: 0.75,
    negatable: true,
  },
  {
    // "You won't make it home tonight", "you won't be walking out of there".
    id: 'wont-make-it-home',
    regex: re(String.raw`\byou\s+(?:won't|will not)\s+(?:be\s+)?(?:walk(?:ing)?|mak(?:e|ing) it|get(?:ting)?|leav(?:e|ing)|go(?:ing)?)\s+(?:out|home|alive)\b`),
    weight: 0.85,
  },
  {
    // "Your kids aren't safe", "your family won't be safe": negative by nature.
    id: 'not-safe',
    regex: re(String.raw`\byour\s+(?:kids|children|family|wife|husband|son|daughter)\s+(?:aren't|are not|won't be|will not be|isn't|is not)\s+safe\b`),
    weight: 0.85,
  },
  {
    // "I'm waiting for you in the car park", "I'll be waiting outside", "wait till I find you".
    id: 'lying-in-wait',
    regex: re(String.raw`\b(?:wait(?:ing)? (?:for you\s+)?(?:(?:in|at)\s+(?:the\s+)?(?:car ?park|parking (?:lot|garage)|back|exit)|outside|downstairs|by your car)|(?:wait|just wait) (?:till|until) I (?:find|get|catch|see) you)\b`),
    weight: 0.8,
    negatable: true,
  },
  {
    // A blow aimed at the body, with or without an announced intent: "when I break your jaw",
    // "I could snap your neck", "slash your throat", "knock your teeth out", "a fist through your face".
    id: 'blow-to-body',
    regex: re(String.raw`\b(?:break|snap|smash|bash|cave|crack|bust|slash|slit|knock|punch|kick|rip|stab|shoot|rearrange)\s+(?:in\s+)?(?:your|ya|his|her)\s+${BODY_PART}\b(?!\s+(?:out of|over)\b)|\bcut (?:your|ya) throat\b|\b(?:punch|knock) (?:your|ya) lights out\b|\b(?:fist|foot|boot|knife|blade|bullet|head)\s+(?:through|into|in)\s+your\s+${BODY_PART}\b`),
    weight: 0.85,
    negatable: true,
  },
  {
    // Family sought out or visited: "pay your family a visit", "I'll find your kids", "coming for you and your family".
    id: 'family-sought',
    regex: re(String.raw`\b(?:pay|paying)\s+you\s+a\s+(?:personal|little|surprise|special)\s+visit\b|\b(?:pay|paying|give|make)\s+(?:your\s+(?:\w+\s+)?(?:family|kids|children|wife|husband|son|daughter|mum|mom|mother|dad|father|parents|home|house))\s+a\s+(?:little\s+|quick\s+|personal\s+)?visit\b|\b(?:get|getting|expect|expecting)\s+a\s+(?:little\s+)?visit\s+from\s+(?:me|us|my\s+\w+)\b|\b(?:find|track down|hunt down|go after|come after|coming after|coming for)\s+your\s+(?:kids|children|little ones|family|wife|husband|son|daughter|mum|mom|mother|dad|father|parents)\b|\b(?:i'm|i am|we're|we are)\s+coming\s+(?:for|after)\s+you\b(?!r)`),
    weight: 0.8,
    negatable: true,
  },
  {
    // "Your little ones walk home from school alone, don't they?": a family's movements named.
    id: 'family-alone',
    regex: re(String.raw`\byour\s+(?:kids|children|little ones|son|daughter|wife|husband)\s+(?:\w+\s+){0,3}(?:home|school)\s+(?:(?:from|to)\s+(?:school|work)\s+)?(?:alone|on (?:their|his|her) own|by (?:themselves|himself|herself))\b`),
    weight: 0.8,
  },
  {
    // Property hit from outside: "a brick through your window", "if your shop goes up in flames",
    // "when your house is on fire".
    id: 'property-harmed',
    regex: re(String.raw`\b(?:brick|rock|stone|bottle|petrol bomb|molotov)\s+through\s+(?:your|the|that|this)\s+(?:\w+\s+)?windows?\b|\b(?:when|if|once|till|until|before)\s+your\s+(?:\w+\s+)?${PREMISES}\s+(?:\w+\s+){0,2}(?:goes up in (?:flames|smoke)|go up in (?:flames|smoke)|burns? down|(?:is|was|being|gets?|got) (?:on fire|burn(?:ed|t)(?: down)?|torched|smashed up|trashed))\b`),
    weight: 0.8,
    negatable: true,
  },
  {
    // "A bat with your name on it", "you'll need an ambulance".
    id: 'aftermath',
    regex: re(String.raw`\b(?:bat|bullet|knife|blade|gun|fist|brick)\s+with (?:your|ya) name on it\b|\byou(?:'ll| will|'re going to| are going to|'re gonna)?\s+need\s+(?:an?\s+)?(?:ambulance|surgeon|dentist|undertaker|coffin|plastic surgeon|new face)\b`),
    weight: 0.8,
    negatable: true,
  },
  {
    // Negative by nature: "your mother won't recognise you when I'm done", "you'd better hope I never find you",
    // "teach you a lesson you won't forget", "it won't end well for you", "I'm not coming to talk",
    // "you're lucky I can't reach you", "you'll wish you'd never", "they weren't walking afterwards".
    id: 'menace-negated-form',
    regex: re(String.raw`\brecogni[sz]e you\s+(?:when|after|once)\b|\b(?:won't|will not|isn't going to|is not going to)\s+end well for you\b|\bnot coming (?:here |there )?to talk\b|\byou'll wish you(?:'d| had)? never\b|\b(?:weren't|wasn't|won't be|couldn't|can't)\s+walk(?:ing)?\s+(?:afterwards|after|again|for a week)\b|\blucky (?:i|we)\s+(?:can't|cannot|am not|'m not)\s+(?:reach|get to|get hold of|get my hands on|there)\b|\b(?:pray|hope)\s+(?:that\s+)?(?:you|your\s+\w+)\s+never\s+(?:meet|see|run into)\s+me\b|\b(?:when|once|if|till|until) i (?:get|lay) (?:hold of|my hands on) you\b|\bcan't promise (?:that )?i won't\b|\bteach (?:you|ya) a lesson (?:you|ya) won't forget\b|\b(?:better|best)\s+(?:hope|pray)\s+(?:i|we)\s+(?:never|don't|do not)\s+(?:find|meet|see|catch|run into)\b`),
    weight: 0.8,
  },
  {
    // Menace without the act named: "see what happens to you", "keep talking and see what happens",
    // "I'll come down there and make you regret it", "you'll be sorry, I know people.".
    id: 'menace',
    regex: re(String.raw`\bsee what happens to (?:you|your\s+\w+)\b|\bkeep (?:talking|pushing|it up|this up|pushing me)\b[^.?!]{0,20}?\bsee what happens\b|\b(?:come|coming)\s+(?:down|round|around|over)\s+(?:there|to your\s+\w+)\s+and\s+(?:make you|sort you out|deal with you|teach you|show you|get you)\b|\bmake (?:you|ya|your\s+\w+)\s+(?:bleed|suffer|beg|scream)\b|\bi know (?:some )?people\s*(?:[.!]|$)`),
    weight: 0.8,
    negatable: true,
  },
  {
    // Waiting for or following the agent: "I'll follow you home", "I'll be waiting when your shift ends".
    id: 'follow-you',
    regex: re(String.raw`\bfollow(?:ing)?\s+you\s+(?:home|to your (?:car|house|home)|out)\b|\bwaiting\b[^.?!]{0,40}?\bwhen your shift (?:ends|finishes)\b`),
    weight: 0.8,
    negatable: true,
  },
  {
    // Stock menaces: "your days are numbered", "sleep with one eye open", "people have been hurt for less",
    // "if I ever see you in the street you're finished", "tell your kids to watch out", "lock your doors",
    // "you'll be eating through a straw", "mates who'd sort you out", "a can of petrol", "the last thing you see",
    // "tear this place apart and you with it", "pay for this in blood", "I know the school your kids go to",
    // "I'll be outside your house", "that gets you hurt", "looking over your shoulder", "that shop of yours would burn".
    id: 'stock-menace',
    regex: re(String.raw`\byour days are numbered\b|\bsleep with one eye open\b|\b(?:people|men|guys)\s+(?:have\s+been|get|got|have got)\s+(?:hurt|killed|stabbed|shot|beaten up)\s+for\s+less\b|\bif i (?:ever )?(?:see|catch|find|meet) you\b[^.?!]{0,40}?\byou(?:'re| are) (?:finished|dead|done for|a goner)\b|\btell your\s+(?:kids|children|family|wife|husband|son|daughter|colleagues|staff|mum|mom)\s+to\s+(?:watch out|be careful|watch (?:their|his|her) backs?)\b|\bwhat you deserve\b[^.?!]{0,30}?\b(?:hurt|pain|bleed)\b|\block your doors\b|\bgets? you (?:hurt|killed|stabbed|shot|beaten up)\b|\b(?:visiting|visit|call round to)\s+your\s+(?:home|house|family|kids)\b|\blooking over your shoulder\b|\b(?:shop|store|house|office|car|place) of yours\b[^.?!]{0,20}?\b(?:burn|go up|fire)\b|\bthe last thing you(?:'ll)? (?:ever )?see\b|\band you with it\b|\btear (?:this|the|that|your) (?:place|office|shop|store|branch) apart\b|\bpay (?:for (?:this|it) )?in blood\b|\bshow you what (?:angry|violence|pain|hurt)\b|\b(?:know|found out)\s+(?:the|which|what)\s+school your\s+(?:kids|children|son|daughter)\b|\b(?:i'll be|be waiting|waiting|i'm)\s+outside your (?:house|home|office|work|building|flat)\b|\b(?:eating|drinking) through a straw\b|\b(?:mates|friends|lads|boys|people)\s+(?:who(?:'d| would| will|'ll)|that(?:'d| would))\s+(?:happily\s+)?(?:sort you out|deal with you|hurt you|do you in|visit you)\b|\b(?:can|jerry ?can|bottle) of petrol\b|\bpetrol bomb\b|\b(?:be there|be waiting|waiting)\s+when you\s+(?:clock off|finish|leave|get off|knock off|come out)\b|\bsee how tough you are\b|\bhope you(?:'ve| have)? got (?:good |decent )?insurance\b|\b(?:you|your\s+\w+)\s+(?:should|had better|'d better|better|ought to)\s+be\s+(?:(?:very|really)\s+)?(?:worried|scared|afraid)\b|\byour\b[^.?!]{0,40}?\b(?:setting|set|putting)\s+(?:it|them)\s+on fire\b`),
    weight: 0.8,
    negatable: true,
  },
  {
    // Negative by nature: "your family will never feel safe again".
    id: 'never-safe',
    regex: re(String.raw`\b(?:never|won't|will not)\s+(?:feel|feels|be)\s+safe\s+again\b`),
    weight: 0.8,
  },
  {
    // "Your office will be a pile of ashes by Friday".
    id: 'premises-ruined',
    regex: re(String.raw`\byour\s+(?:\w+\s+)?${PREMISES}\s+(?:will|'ll|is going to)\s+be\s+(?:a\s+)?(?:pile of (?:ashes|rubble)|ashes|rubble|burnt out|burned out)\b`),
    weight: 0.8,
    negatable: true,
  },
];
