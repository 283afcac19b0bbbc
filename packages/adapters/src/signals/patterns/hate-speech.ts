import { re, type Pattern } from './pattern.js';

// Attacks on a group: sexist, homophobic, transphobic, religious, national or
// ethnic. Homophobic, transphobic and ableist slurs come from obscenity's
// dataset (see `lexicon.ts`). Merely naming a group ("I'm gay", "I go to the
// mosque", "I'm from India") must not match, so every pattern needs a
// generalisation, an exclusion or a demand about who may serve the caller.

/** Groups as they are named in attacks, singular and plural. */
const GROUP = String.raw`(?:wom[ae]n|girls?|females?|foreigners?|immigrants?|migrants?|refugees?|muslims?|jews?|mexicans?|indians?|pakistanis?|filipinos?|arabs?|asians?|africans?|blacks?|gays?|queers?|lesbians?|trans(?:gender)?s?|chinese|(?:gay|black|disabled|muslim|jewish|asian|foreign|immigrant|trans|mexican|indian|chinese|african|arab|brown)\s+(?:people|folk|men|women|guys|agents|staff|workers|idiots|morons|freaks|scum))`;

/** A group named by the speaker as the agent's: "your kind", "you people". */
const YOUR_KIND = String.raw`(?:your (?:kind|sort|lot|type)|you people|you lot|people like you)`;

export const HATE_SPEECH_PATTERNS: readonly Pattern[] = [
  {
    // "go back to your own country", "go back where you came from", "go back to the jungle", "stay in your own country".
    id: 'go-back',
    regex: re(String.raw`\bgo back (?:to )?(?:your (?:own )?country|where you came from|to where you|(?:to )?the (?:jungle|desert|cave|village|slum)s?(?: you came from)?|to your (?:hut|cave|village|tribe|slum))|\b(?:stay|belong|get back)\s+in\s+your\s+own\s+country\b`),
    weight: 0.9,
  },
  {
    // "Muslims like you", "immigrants like you": a group generalised onto the agent.
    id: 'group-like-you',
    regex: re(String.raw`(?<!\b(?:pretty|nice|lovely|beautiful|sweet|cute|gorgeous|sexy|hot)\s+)\b${GROUP}\s+like\s+you\b`),
    weight: 0.85,
  },
  {
    // "All you Mexicans", "you foreigners", "you people from India".
    id: 'you-group',
    regex: re(String.raw`\b(?:all\s+)?you\s+(?:${GROUP}\b|people from\s+\p{L}+)`),
    weight: 0.8,
  },
  {
    // "Your lot are all terrorists", "you people are all scammers", "all Asians are scammers", "Muslims are all terrorists".
    id: 'group-are-all',
    regex: re(String.raw`\b(?:your lot|you lot|you people|they|these people|those people)\s+are all\s+(?:terrorists|scammers|thieves|criminals|animals|lazy|liars|the same)\b|\b(?:all\s+${GROUP}\s+are|${GROUP}\s+are all)\s+(?:\w+\s+)?(?:terrorists|scammers|thieves|criminals|animals|lazy|liars|the same|stupid|useless|dirty|rapists)\b`),
    weight: 0.75,
  },
  {
    // "Typical woman", "oh great, a woman": the group itself as the complaint.
    id: 'typical-group',
    regex: re(String.raw`\b(?:typical|(?:oh\s+)?great,?\s+(?:a|an|another))\s+${GROUP}\b`),
    weight: 0.75,
  },
  {
    // "Women shouldn't be doing tech support", "your kind don't belong here", "women don't understand technology".
    id: 'group-shouldnt',
    regex: re(String.raw`\b(?:${GROUP}|${YOUR_KIND})\s+(?:shouldn't|should not|can't|cannot|don't belong|do not belong|belong in)\b|\b(?:all\s+)?${GROUP}\s+(?:don't|never)\s+(?:understand|know how|do anything|get anything)\b`),
    weight: 0.8,
  },
  {
    // "Get back in the kitchen": the sexist stock phrase.
    id: 'kitchen',
    regex: re(String.raw`\b(?:back|get)\s+(?:in|into|to)\s+the\s+kitchen\b`),
    weight: 0.85,
  },
  {
    // Refusing to be served by a group: "I'm not talking to a woman", "I don't want a Jew handling...",
    // "I'm not taking advice from a girl", "an English person, not an Indian", "I refuse to be served by a Muslim".
    id: 'refuse-group',
    regex: re(String.raw`\b(?:not\s+(?:talking|speaking|dealing)\s+(?:to|with)|(?:don't|do not|won't)\s+(?:want(?:\s+to\s+(?:speak|talk|deal)\s+(?:to|with))?|talk to|speak to|deal with)|not\s+(?:taking|take|listening to)(?:\s+(?:advice|orders|instructions|help))?(?:\s+from)?)\s+(?:a|an|some|any)\s+${GROUP}\b|,\s*not\s+(?:a|an|some|one of)\s+(?:the\s+)?${GROUP}\b|\b(?:refuse to be|don't want to be|won't be)\s+(?:served|helped|handled)\s+by\s+(?:a|an|some|any)\s+${GROUP}\b|\b(?:don't|do not|won't)\s+(?:talk to|speak to|deal with|serve)\s+${GROUP}\b(?!')`),
    weight: 0.8,
  },
  {
    // Demanding a server by race, nationality or sex: "put a white person on", "get me a man", "I want a white agent",
    // "I'd rather speak to a man", "put a proper Brit on".
    // "Get me a real person" (not a bot) and "a man from the tech team" are no such demand.
    id: 'demand-group',
    regex: re(String.raw`\b(?:put|get|give)\s+(?:me\s+)?(?:a|an)\s+(?:(?:white|english|american|british|native|proper english)\s+(?:person|guy|man|woman|speaker|agent)|real man|man|guy)\b(?!\s+(?:who|from))|\b(?:want|need|transfer me to|put me through to|connect me (?:to|with)|speak to|talk to|rather (?:speak|talk) to)\s+(?:a|an)\s+(?:(?:white|english|american|british|proper english)\s+(?:person|guy|man|woman|agent|one)|real man|man)\b(?!\s+(?:who|from))|\bput a (?:proper|real) (?:brit|english\w*|american|british \w+) on\b`),
    weight: 0.8,
  },
  {
    // "Someone who speaks real English, not a foreigner", "you don't even speak proper English",
    // "anyone who isn't from a third-world country", "sick of being put through to people from overseas".
    id: 'not-a-foreigner',
    regex: re(String.raw`\b(?:not|isn't|who isn't)\s+(?:a|an|some)\s+(?:foreigner|immigrant)\b|\bspeaks?\s+(?:real|proper)\s+english\b|\b(?:someone|somebody|anyone|anybody|an agent|a person|people)(?:\s+there)?\s+(?:who\s+)?(?:isn't|is not|aren't|not|wasn't)\s+(?:from\s+)?(?:a\s+)?(?:third[- ]world|foreign|overseas|abroad|another country)\b|\b(?:sick|tired|fed up)\s+of\s+(?:being\s+)?(?:put through to|transferred to|speaking to|talking to|dealing with|getting)\s+(?:people|someone|agents?|foreigners)\s+(?:from\s+)?(?:overseas|abroad|offshore|another country|other countries|india|pakistan|the philippines)\b`),
    weight: 0.75,
  },
  {
    // "should be deported", "ruining this country", "you people come over here and take our jobs", "learn to speak English".
    id: 'deport',
    regex: re(String.raw`\b(?:should|ought to|needs? to)\s+be\s+deported\b|\bruining\s+(?:this|our)\s+country\b|\b(?:come|came|coming) over here and\b|\btak(?:e|ing) our (?:jobs|houses|benefits)\b|(?:^|[.!?,]\s*)learn\s+(?:to\s+speak\s+)?(?:proper\s+|some\s+|real\s+)?english\b|\byou (?:should|need to|must|ought to|better) learn (?:to speak )?(?:proper |some |real )?english\b|\b(?:any|an|a)\s+(?:english|british|american|white|local)\s+(?:people|person|agents?|staff)\s+(?:working\s+)?there\b`),
    weight: 0.8,
  },
  {
    // Dehumanising: "people like you are vermin", "your kind are animals", "immigrants are rats", "you people are not even human",
    // "breed like rats", "is it just your culture", "do you people even wash", "women get too emotional",
    // "where are you really from", "your religion is a cancer", "sent back on the next boat".
    id: 'dehumanise',
    regex: re(String.raw`\b(?:breed|multiply|live)\s+like\s+(?:rats|rabbits|animals|cockroaches|vermin|flies)\b|\bor is it (?:just )?your (?:culture|religion|race|people)\b|\b${YOUR_KIND}\s+(?:even\s+)?(?:wash|smell|stink)\b|\b(?:women|girls|females)\s+(?:are|get)\s+(?:too\s+|so\s+)?(?:emotional|hysterical|stupid|useless|thick|incompetent)\b|\bwhen (?:you|they|companies)\s+hire\s+(?:foreigners|immigrants|women|indians)\b|\bwhere are you (?:really|actually) from\b|\bgo (?:back )?home,?\s+(?:you\s+)?(?:foreigner|immigrant|migrant|refugee)s?\b|\byour (?:religion|culture|race|kind)\s+is\s+(?:a\s+)?(?:cancer|disease|plague|disgrace|backward|evil|vermin|filth)\b|\bfirst language (?:is|isn't) english\b|\bsent back\b[^.?!]{0,20}?\b(?:boat|plane|country|where you came from)\b|\bkeep getting (?:you people|foreigners|you lot)\b|\basked for an? (?:british|english|white|american) (?:person|agent|man|woman)\b|\byou sound (?:foreign|indian|african|chinese|asian|like a foreigner)\b|\b(?:not being|refuse to be|don't want to be|won't be)\s+(?:served|helped)\s+by\b[^.?!]{0,30}?\b(?:headscarf|hijab|turban|burka|burqa|niqab)\b|\b(?:people like you|your (?:kind|sort|lot)|you (?:people|lot)|these people|those people|${GROUP})\s+(?:are|is)\s+(?:(?:all|just|nothing but|not even|no better than|like)\s+){0,3}(?:subhuman|sub-human|vermin|animals|rats|parasites|cockroaches|savages|scum|filth|a disease|a plague|not (?:even\s+)?human|less than human)\b`),
    weight: 0.85,
  },
  {
    // Demanding a server by origin: "someone born in this country", "a proper British agent", "not one of you lot",
    // "someone who was actually born here".
    // "Someone in the UK office" asks for a team, not an origin.
    id: 'origin-demand',
    regex: re(String.raw`\b(?:someone|somebody|anyone|anybody|a person|an agent)\s+(?:on\s+)?(?:who was\s+|who's\s+|who is\s+)?(?:actually\s+|really\s+)?(?:from|born in|born)\s+(?:this country|here|the (?:uk|us|usa|states))\b(?!\s+office)|\b(?:a|an|some)\s+(?:real|proper|true)\s+(?:american|british|english|brit|aussie|australian|canadian|irish|scottish)\b|\bnot (?:one of )?you (?:people|lot|foreigners)\b|\byou lot (?:overseas|abroad|over there)\b`),
    weight: 0.8,
  },
  {
    // Accent as the reason to refuse the agent: "I don't want anyone with an accent", "put a native speaker on",
    // "I'd rather talk to a native speaker".
    id: 'accent',
    regex: re(String.raw`\b(?:don't|do not|won't)\s+(?:want|talk|speak|deal)\b[^.?!]{0,25}?\bwith\s+(?:an?|that|your|this)\s+(?:\w+\s+)?accent\b|\byour accent is (?:disgusting|awful|horrible|ridiculous|a joke|unbearable)\b|\b(?:put|get|give|talk to|speak to|speak with|talk with|rather have|want|need)\s+(?:me\s+)?(?:a\s+)?native (?:english\s+)?speaker\b|\b(?:without|no more)\s+(?:an?\s+|your\s+)?(?:foreign\s+)?accents?\b`),
    weight: 0.75,
  },
  {
    // "You sound gay" as an insult.
    id: 'you-sound-gay',
    regex: re(String.raw`\byou(?:'re| are| sound)\s+(?:so\s+)?gay\b`),
    weight: 0.75,
  },
  {
    // Negative by nature: "you people aren't even human".
    id: 'not-human',
    regex: re(String.raw`\b${YOUR_KIND}\s+(?:aren't|are not|isn't)\s+(?:even\s+)?(?:human|people)\b|\b(?:your staff|your agents|you people|you lot|half (?:of )?your staff|half of you)\s+(?:can't|cannot|don't)\s+(?:even\s+)?speak\s+(?:the language|english|proper english)\b`),
    weight: 0.8,
  },
  {
    // Counting or placing people by origin: "so many foreigners in your call centre", "is everyone there from India?".
    id: 'origin-count',
    regex: re(String.raw`\b(?:so many|too many|all these|full of)\s+(?:foreigners|immigrants|migrants|indians|pakistanis|filipinos|asians|africans|mexicans)\b|\b(?:everyone|everybody|all of you|you all)\s+(?:there\s+)?from\s+(?:india|pakistan|the philippines|abroad|overseas|another country)\b`),
    weight: 0.75,
  },
  {
    // Negative by nature: "not another one who can't speak English properly".
    id: 'cant-speak-english',
    regex: re(String.raw`\b(?:one|someone|you|agents?|people|staff)\s+(?:who\s+)?(?:can't|cannot|don't|doesn't)\s+(?:even\s+)?speak\s+(?:english|the language)\s+(?:properly|right|correctly)\b`),
    weight: 0.75,
  },
];
