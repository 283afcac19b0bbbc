import { catalogue, re } from './pattern.js';

// Korean. Words are spaced, but particles and endings are glued to them
// ("죽여버릴 거야", "너를"), so there are no word boundaries: patterns are
// stems with the endings that make them a threat, an insult or a command.
// "안" or "못" before a verb and "-지 않" after it are read as negation by
// the context cues; "…라고 했다" after a match as reported speech.

/** The curated Korean patterns of every behaviour. */
export const KO_PATTERNS = catalogue({
  threat: [
    {
      // "죽여버릴 거야", "죽여 버린다", "때려죽일", "패버릴", "찔러버릴", "불태워 버린다".
      id: 'violent-intent',
      regex: re(String.raw`(?:죽여|때려|패|찔러|불태워|태워|불 질러|불질러|밟아)\s?(?:버릴|버린다|버리겠|줄까|준다|줄게|버려|죽일|죽인다)|때려죽일|죽여버리|죽인다`),
      weight: 0.9,
      negatable: true,
    },
    {
      // "너 진짜 죽는다", "죽고 싶냐", "뒤질래", "맞아볼래", "맞고 싶어": menacing questions.
      id: 'menace',
      regex: re(String.raw`(?:너|니|넌)\s?(?:진짜\s?|정말\s?)?죽는다|죽고\s?싶(?:냐|어|니)|뒤질래|뒤지고\s?싶|맞아\s?볼래|맞고\s?싶(?:냐|어|니)|가만\s?안\s?(?:둬|둔다|둘|놔)`),
      weight: 0.85,
    },
    {
      // "칼 들고 간다", "흉기 가지고 갈게".
      id: 'weapon',
      regex: re(String.raw`(?:칼|흉기|망치|야구방망이|총)\s?(?:들고|가지고|갖고)\s?(?:간다|갈게|갈 거|찾아)`),
      weight: 0.85,
      negatable: true,
    },
    {
      // "퇴근길 조심해", "밤길 조심해라", "너희 애들 어떻게 될지", "가족 어떻게 되는지 두고 봐".
      id: 'veiled',
      regex: re(String.raw`(?:퇴근길|밤길|길)\s?조심|(?:애들|가족|아이들|자식)\s?(?:이|가)?\s?어떻게\s?(?:될지|되는지|되나)`),
      weight: 0.8,
    },
    {
      // "주소 다 알아냈다", "집 어딘지 안다": locating the agent.
      id: 'where-you-live',
      regex: re(String.raw`(?:주소|집)\s?(?:다\s?)?(?:알아냈|알고 있|어딘지 (?:알|안다))`),
      weight: 0.8,
    },
  ],

  profanity: [
    {
      // Spellings the list lacks: "시발", "ㅅㅂ", "ㅆㅂ", "존나", "좆같", "지랄", "미친놈", "새끼야".
      id: 'swearing',
      regex: re(String.raw`시발|ㅅㅂ|ㅆㅂ|ㅈㄴ|존나|졸라|좆같|지랄|미친\s?(?:놈|년|새끼)|새끼야|이 새끼`),
      weight: 0.75,
      directedWeight: 0.95,
    },
  ],

  rudeness: [
    {
      // "바보야", "멍청하네", "머리가 있긴 해", "한심하다".
      id: 'stupid',
      regex: re(String.raw`바보(?:야|냐|같)|멍청(?:하|한|이)|머리가\s?(?:있긴|나쁘|없)|한심(?:하|한)|무능(?:하|한)`),
      weight: 0.75,
    },
    {
      // "일을 이따위로 해", "이것도 못 하냐", "왜 여기서 일해".
      id: 'cant-do-job',
      regex: re(String.raw`이따위|이것도\s?못\s?하(?:냐|니|나)|왜\s?여기서\s?일(?:해|하)|일\s?똑바로`),
      weight: 0.75,
    },
    {
      // "쓰레기 같은 회사", "개새끼", "미친놈아", "병신": insults aimed at the agent.
      id: 'insult',
      regex: re(String.raw`쓰레기\s?같은|미친\s?(?:놈|년|새끼)아?|이 새끼|새끼야|쪽바리 같은|때려죽일 놈|(?:개새끼|개자식|병신|씹새끼|미친새끼|또라이)(?:야|아|\s?같은|[.!?]|$)`),
      weight: 0.75,
    },
  ],

  hate_speech: [
    {
      // "한국 사람 바꿔", "외국인 말고 한국인", "외국인이랑 말 안 해", "너희 나라로 돌아가".
      id: 'origin',
      regex: re(String.raw`(?:한국\s?사람|한국인)\s?(?:으로\s?|로\s?)?바꿔|외국인\s?(?:말고|이랑은?|하고는?|이랑)\s?(?:한국|말\s?안|얘기\s?안|대화\s?안)|(?:너희|너네|니네)\s?나라로|조선족이지|동남아\s?사람은\s?안`),
      weight: 0.85,
    },
    {
      // "여자라서 뭘 모르네", "여자는 이런 거 몰라", "여자가 뭘 안다고", "남자 바꿔".
      id: 'sex',
      regex: re(String.raw`여자(?:라서|는|가)\s?(?:뭘|이런|몰라|모르)|남자\s?(?:로\s?)?바꿔`),
      weight: 0.8,
    },
  ],

  sexual_harassment: [
    {
      // "목소리 예쁘네", "목소리 섹시하네".
      id: 'voice',
      regex: re(String.raw`목소리\s?(?:예쁘|이쁘|섹시|야하)`),
      weight: 0.75,
    },
    {
      // "남자친구 있어", "애인 있어", "데이트하자", "오늘 밤에 만날래", "모텔 가자".
      id: 'advance',
      regex: re(String.raw`(?:남자친구|남친|애인)\s?있(?:어|냐|니|나요)|데이트\s?(?:하자|할래)|(?:오늘\s?밤|퇴근\s?(?:하고|후))[^.?!]{0,10}(?:만날래|만나자|모텔|술\s?한잔)|모텔\s?가자`),
      weight: 0.75,
    },
    {
      // "무슨 옷 입고 있어", "속옷 무슨 색", "가슴 커", "몸매 좋을 것 같은데".
      id: 'body',
      regex: re(String.raw`무슨\s?옷\s?입고|속옷|가슴\s?(?:커|크|작)|몸매`),
      weight: 0.8,
    },
    {
      // "사진 보내봐", "사진 좀 보내줘"; not "사진 찍어서 보내 드릴까요".
      id: 'photo',
      regex: re(String.raw`사진\s?(?:좀\s?)?보내\s?(?:봐|줘|라)`),
      weight: 0.7,
    },
  ],

  harassment: [
    {
      // "인터넷에 다 올릴 거야", "이름 기억했다", "퍼뜨릴 거야", "SNS 찾아낼 거야", "찍어서 올린다".
      id: 'expose',
      regex: re(String.raw`찍어서\s?올|(?:인터넷|유튜브|sns|커뮤니티)\s?(?:에|에다)?[^.?!]{0,10}(?:올릴|올린다|퍼뜨|뿌릴)|이름\s?(?:기억했|외웠)|퍼뜨릴\s?거|(?:sns|인스타|페북)\s?찾아`),
      weight: 0.8,
    },
    {
      // "매일 전화할 거야", "받을 때까지 전화", "매일 민원 넣을 거야".
      id: 'keep-calling',
      regex: re(String.raw`(?:매일|계속|받을\s?때까지)[^.?!]{0,8}(?:전화|민원)`),
      weight: 0.8,
    },
    {
      // "너 잘리게 만들 거야".
      id: 'get-fired',
      regex: re(String.raw`잘리게\s?(?:만들|해)`),
      weight: 0.8,
    },
  ],

  unreasonable_demand: [
    {
      // "무릎 꿇어", "무릎 꿇고 사과해": the kneeling demand named in customer-harassment guidance.
      id: 'kneel',
      regex: re(String.raw`무릎\s?(?:꿇|끓)`),
      weight: 0.85,
      negatable: true,
    },
    {
      // "사장 바꿔", "사장 나오라고 해", "회장 불러".
      id: 'top-boss',
      regex: re(String.raw`(?:사장|회장|대표)\s?(?:바꿔|나오라|불러|나와|데려와)`),
      weight: 0.75,
    },
    {
      // "위자료 백만 원", "천만 원 내놔", "열 배로 보상", "평생 무료".
      id: 'money',
      regex: re(String.raw`위자료|(?:백|천)만\s?원|(?:열|백)\s?배로|평생\s?(?:무료|공짜)`),
      weight: 0.75,
    },
    {
      // "그 직원 잘라", "당장 해고해", "집으로 와서 사과해".
      id: 'personal',
      regex: re(String.raw`(?:직원|기사|상담원|그\s?사람)\s?(?:당장\s?)?(?:잘라|해고해)|집으로\s?와서\s?사과`),
      weight: 0.75,
    },
  ],

  uncooperative: [
    {
      // "이름 안 알려줄 거야", "대답 안 해", "확인 같은 거 안 해", "절대 안 알려줘", "재부팅 안 해".
      id: 'refuse',
      regex: re(String.raw`(?:안|절대\s?안)\s?(?:알려줄|알려줘|알려 줄|가르쳐)|(?:대답|확인|재부팅|인증)\s?(?:같은\s?거\s?)?안\s?(?:해|할)`),
      weight: 0.75,
    },
    {
      // "변명 듣기 싫어", "안 들을 거야", "설명 필요 없어".
      id: 'wont-listen',
      regex: re(String.raw`(?:변명|설명)\s?(?:듣기\s?싫|필요\s?없)|안\s?들을\s?거`),
      weight: 0.75,
    },
    {
      // "네가 알아서 해", "그쪽에서 알아서 해".
      id: 'your-problem',
      regex: re(String.raw`(?:네가|니가|그쪽에서|그쪽이)\s?알아서\s?해`),
      weight: 0.7,
    },
  ],

  aggression: [
    {
      // "닥쳐", "시끄러워", "꺼져", "조용히 해", "내 말 들어", "장난해", "말대꾸하지 마".
      id: 'commands',
      regex: re(String.raw`닥쳐|시끄러워|꺼져|조용히\s?해|내\s?말\s?(?:들어|안\s?들려)|듣고\s?있냐|장난(?:해|하냐|치냐)|말대꾸\s?하지\s?마|지랄하지\s?마`),
      weight: 0.8,
    },
  ],

  recording_staff: [
    {
      // "녹음하고 있다", "영상 찍고 있어", "다 찍어서 올린다"; not "기록용으로 녹음하고 있어요".
      id: 'recording-you',
      regex: re(String.raw`(?<!기록용으로\s?(?:통화\s?)?)녹음\s?(?:하고\s?있|해서\s?(?:올|유튜브))|영상\s?찍고\s?있|찍어서\s?올`),
      weight: 0.8,
    },
  ],
});
