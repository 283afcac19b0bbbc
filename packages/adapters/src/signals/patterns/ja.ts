import { catalogue, re } from './pattern.js';

// Japanese. The text is read with katakana folded to hiragana ("クソ" reads
// "くそ"), so kana is written here in hiragana; kanji and kana spellings are
// both listed. Words are not spaced, so there are no word boundaries:
// patterns are phrases long enough to mean one thing. Verbs are matched in
// their threatening or commanding forms (殺す, 殺してやる, 殺すぞ); a negation
// after the verb (殺さない, 殴りません) is read by the context cues, and a
// quotation (「殺すぞ」と言われた) lowers the weight like reported speech.

/** Violent verbs, stem and the forms that state an intent ("ぶっ殺す", "殴ってやる", "刺すぞ"). */
const VIOLENT = String.raw`(?:ぶっ)?(?:殺|ころ)(?:す|して|される|されたい)|(?:ぶん)?(?:殴|なぐ)(?:る|って|られたい)|(?:刺|さ)(?:す|して|されたい)|(?:燃|も)や(?:す|して)|(?:爆破|放火)(?:する|して)|(?:火|ひ)を(?:つけ|付け)(?:る|て)|(?:痛|いた)い目に(?:あわせ|遭わせ)|ただじゃ(?:おかない|済まさない|すまさない|済まない|すまない)|ぼこぼこに(?:する|して)|(?:痛|いた)い目を(?:見せ|みせ)`;

/** The curated Japanese patterns of every behaviour. */
export const JA_PATTERNS = catalogue({
  threat: [
    {
      // "殺すぞ", "ぶっ殺してやる", "殴ってやる", "刺されたいのか", "燃やしてやる", "痛い目にあわせてやる".
      id: 'violent-intent',
      regex: re(`(?:${VIOLENT})(?:ぞ|ぜ|からな|てやる|てやっ|やる|のか|か|ぞ。|。|！|!|$)`),
      weight: 0.9,
      negatable: true,
    },
    {
      // "死ね", "死んでしまえ", "くたばれ": wishing death on the agent.
      id: 'die',
      regex: re(String.raw`(?:死|し)ね(?![ばる])|死んでしまえ|死んじまえ|くたばれ`),
      weight: 0.8,
      negatable: true,
    },
    {
      // "夜道に気をつけろ", "帰り道、気をつけたほうがいい", "家族がどうなっても知らない": veiled.
      id: 'veiled',
      regex: re(String.raw`(?:夜道|帰り道|帰り)[^。！？]{0,6}(?:気を(?:つけ|付け)|用心)|後ろに気を(?:つけ|付け)|覚えてろ|覚えとけ|無事(?:じゃ|では)(?:済まない|すまない|済まさない|いられない)|命が(?:惜しく|おしく)ない|待ち伏せ|(?:家族|子供|子ども|奥さん|嫁|娘|息子)(?:が|は|の)?[^。！？]{0,4}どうなっても|どうなるか(?:分|わ)かって`),
      weight: 0.8,
      negatable: true,
    },
    {
      // "包丁持って行く", "ナイフを持っていく": coming with a weapon.
      id: 'weapon',
      regex: re(String.raw`(?:包丁|ほうちょう|ないふ|刃物|ばっと|銃|拳銃)(?:を)?(?:持って|もって)(?:行|い|来|く)`),
      weight: 0.85,
      negatable: true,
    },
    {
      // "住所は分かってる", "家を知ってる": locating the agent.
      id: 'where-you-live',
      regex: re(String.raw`(?:住所|家|自宅)(?:は|も|を)?(?:分|わ|知)(?:かって|って)(?:る|いる|んだ)`),
      weight: 0.8,
    },
  ],

  profanity: [
    {
      // "くそ", "くそったれ", "くそ野郎", "くそが"; not "くそ暑い" (an intensifier on the weather).
      id: 'kuso',
      regex: re(String.raw`(?:くそ|糞)(?!暑|寒|高|安|まず|うま|忙|長|眠|重|難|多|つまらな)`),
      weight: 0.7,
      directedWeight: 0.9,
    },
    {
      // "てめえ", "この野郎", "ばか野郎", "ちくしょう", "ぼけが", "かすが".
      id: 'abuse-words',
      regex: re(String.raw`てめ(?:え|ぇ|ー)|(?:この|ばか|あほ)(?:野郎|やろう)|ちくしょう|畜生|ぼけが|(?:ぼけ|かす)(?:みたい|野郎|が[、。！!]|$)`),
      weight: 0.75,
      directedWeight: 0.9,
    },
  ],

  rudeness: [
    {
      // "ばかか", "頭悪いんですか", "あほか": insulting the agent's intelligence.
      id: 'stupid',
      regex: re(String.raw`(?:ばか|馬鹿|あほ|阿呆)(?:か|じゃない|なの|だろ|野郎|やろう|ですか)|頭(?:が)?(?:悪|わる)い(?:ん|の)|(?:お前|おまえ)は(?:ばか|あほ)`),
      weight: 0.8,
    },
    {
      // "無能", "使えない", "役立たず", "給料泥棒", "素人かよ", "話にならない".
      id: 'useless',
      regex: re(String.raw`(?:ろぼっと|機械|壁)(?:と|に)(?:話して|しゃべって)(?:る|いる)みたい|子供でも(?:わかる|分かる|できる)|頭(?:は)?大丈夫|役に立たな|最低(?:の|な)(?:会社|対応|さーびす|おぺれーたー|担当)|最悪(?:の|な)(?:会社|対応|おぺれーたー)|時間を返せ|時間の無駄|(?:説明|対応|仕事)が下手|無能|使えない(?:ね|な|やつ|おぺれーたー|担当)|役立たず|給料泥棒|素人かよ|話にならな|話にならん|ぼけが|かすが|こんなこともできない|仕事しろ`),
      weight: 0.75,
    },
    {
      // "くそ会社", "くそみたいな対応": the company or its service disparaged.
      id: 'kuso-company',
      regex: re(String.raw`(?:くそ|糞|かす)(?:みたいな|会社|対応|さーびす|野郎)`),
      weight: 0.75,
    },
    {
      // "死ね" is rude as well as a threat.
      id: 'die',
      regex: re(String.raw`(?:死|し)ね(?![ばる])|死んでしまえ|くたばれ`),
      weight: 0.75,
      negatable: true,
    },
  ],

  hate_speech: [
    {
      // "外国人は帰れ", "国に帰れ", "朝鮮人は出ていけ".
      id: 'go-home',
      regex: re(String.raw`(?:外国人|がいこくじん|朝鮮人|中国人|韓国人|在日)(?:は|なんか|が)?[^。！？]{0,4}(?:帰れ|出ていけ|出て行け|いらない|来るな)|国に帰れ`),
      weight: 0.85,
    },
    {
      // "日本人に代われ", "外国人とは話したくない", "日本人じゃないだろ": serving by origin.
      id: 'origin-demand',
      regex: re(String.raw`日本人(?:の)?(?:[^。！？]{0,8})?(?:に|と)(?:代わ|替わ|かわ)|外国人(?:と|とは|なんか)(?:話したくない|話さない|話にならない)|日本人じゃないだろ|日本人(?:を|の(?:人|担当者?)を)出せ|外国人(?:の)?(?:おぺれーたー|担当者?|人)(?:は|じゃ)?(?:やめ|嫌|いや|無理|だめ)|(?:中国人|韓国人|外国人|朝鮮人|在日)(?:は|なんか)(?:信用できない|信じられない|みんな|全員|これだから)`),
      weight: 0.8,
    },
    {
      // "女じゃ話にならない", "女のくせに", "男に代われ": serving by sex.
      id: 'sex-demand',
      regex: re(String.raw`女に何が(?:わか|分か)る|女(?:じゃ|では|なんか|に)(?:話にならない|分からない|わからない|無理)|女のくせに|男(?:の)?(?:担当者?|人|社員)?(?:に|と)(?:代わ|替わ|かわ)|男を出せ`),
      weight: 0.8,
    },
  ],

  sexual_harassment: [
    {
      // "かわいい声だね", "声かわいいね", "声がえろい".
      id: 'voice',
      regex: re(String.raw`(?:かわいい|可愛い|せくしーな|えろい)声|声(?:が)?(?:かわいい|可愛い|えろい|せくしー)`),
      weight: 0.75,
    },
    {
      // "彼氏いるの", "今度デートしよう", "今夜うちに来ない", "飲みに行こう".
      id: 'advance',
      regex: re(String.raw`二人(?:で|きりで)[^。？]{0,6}(?:飲みに|食事|会お|会わない|でーと)|彼女になって|俺の女に|会ってくれたら|会おうよ|彼氏(?:は)?いる|でーと(?:しよう|しない|して)|(?:今夜|今晩|仕事終わったら|仕事の後)[^。？]{0,10}(?:うちに来|家に来|飲みに行|ほてる)|ほてる(?:も)?(?:取|行)`),
      weight: 0.75,
    },
    {
      // "何色のパンツ", "下着", "胸大きい", "スリーサイズ", "エッチなこと".
      id: 'body',
      regex: re(String.raw`(?:ぱんつ|下着|ぶら)(?:は|を)?[^。？]{0,6}(?:はいて|つけて|着て|何色)|何色の(?:ぱんつ|下着)|胸(?:が)?(?:大きい|でかい)|すりーさいず|えっちな(?:こと|話)|(?:どんな|何の)服(?:を)?着て(?:る|いる)`),
      weight: 0.8,
    },
    {
      // "写真送って", "顔が見たい": asking the agent for pictures.
      id: 'photo',
      regex: re(String.raw`(?:写真|しゃしん)(?:を)?(?:送って|ちょうだい|見せて)|顔(?:が)?見たい`),
      weight: 0.7,
    },
  ],

  harassment: [
    {
      // "名前覚えたからな", "ネットに晒してやる", "SNSに書き込んでやる".
      id: 'expose',
      regex: re(String.raw`名前(?:は|を)?覚えた|(?:お前|おまえ|あんた)(?:の)?こと[^。！]{0,8}(?:調べ|探し)(?:て|上げ)|拡散(?:して|する|させ)|(?:ねっと|sns|ついったー|ゆーちゅーぶ)(?:に|で)[^。！]{0,6}(?:晒|さら|書き込|上げ|あげ|流)|晒してやる`),
      weight: 0.8,
    },
    {
      // "毎日電話してやる", "何十回でも電話する", "毎日クレーム入れてやる".
      id: 'keep-calling',
      regex: re(String.raw`(?:毎日|毎晩|毎朝|毎週|何回でも|何十回でも|何度でも)[^。！]{0,8}(?:電話|くれーむ|連絡)`),
      weight: 0.8,
    },
    {
      // "クビにさせてやる", "辞めさせてやる" as a campaign against the agent.
      id: 'get-fired',
      regex: re(String.raw`(?:お前|おまえ|あんた|あなた)を(?:くび|首)に`),
      weight: 0.8,
    },
  ],

  unreasonable_demand: [
    {
      // "土下座しろ", "土下座して謝れ": the demand for prostration that Japan's customer-harassment rules name.
      id: 'dogeza',
      regex: re(String.raw`土下座`),
      weight: 0.85,
      negatable: true,
    },
    {
      // "誠意を見せろ": a demand for money or favours without naming them.
      id: 'show-sincerity',
      regex: re(String.raw`誠意を(?:見せ|みせ)`),
      weight: 0.75,
    },
    {
      // "社長を出せ", "社長を電話口に出せ".
      id: 'top-boss',
      regex: re(String.raw`(?:社長|会長|役員)(?:を|に)[^。！]{0,8}(?:出せ|代われ|代わって|かわれ|謝罪させ|謝らせ|謝りに来させ)`),
      weight: 0.75,
    },
    {
      // "慰謝料百万円払え", "十倍払え", "一生無料にしろ".
      id: 'money',
      regex: re(String.raw`(?:慰謝料|賠償金)|(?:十|百|千)倍(?:払|返)|(?:百|千)万円|一生(?:無料|ただ|タダ)|(?:今後|これから)ずっと(?:無料|ただ)|永久に無料|(?:一年|1年|二年|何年|数年)分[^。！]{0,8}(?:返せ|返金|返して)`),
      weight: 0.75,
    },
    {
      // "家に来て謝れ", "担当者を辞めさせろ", "クビにしろ".
      id: 'personal',
      regex: re(String.raw`家に来て謝|(?:担当者?|あいつ|そいつ)を(?:辞めさせ|くびに|首に)|くびにしろ|首にしろ`),
      weight: 0.75,
    },
  ],

  uncooperative: [
    {
      // "名前なんか言わない", "答える必要ない", "確認なんてしない", "生年月日なんて言うわけない".
      id: 'refuse',
      regex: re(String.raw`(?:なんか|なんて)(?:言わない|答えない|しない|教えない|言うわけ)|答える必要(?:は)?ない|(?:再起動|確認)(?:なんか|なんて|は)?しない`),
      weight: 0.75,
    },
    {
      // "言い訳は聞きたくない", "聞く気はない", "説明はいらない".
      id: 'wont-listen',
      regex: re(String.raw`(?:言い訳|説明)(?:は|なんか)?(?:聞きたくない|いらない)|聞く気(?:は)?ない`),
      weight: 0.75,
    },
    {
      // "そっちで調べろ", "そっちで何とかして".
      id: 'your-problem',
      regex: re(String.raw`そっちで(?:調べ|何とか|なんとか|やれ)`),
      weight: 0.7,
    },
  ],

  aggression: [
    {
      // "黙れ", "うるさい", "ふざけるな", "なめてんのか", "いい加減にしろ", "口答えするな".
      id: 'commands',
      regex: re(String.raw`黙れ|だまれ|うるさい|うるせえ|ふざけ(?:るな|んな)|なめてん(?:の|じゃ)|いい加減にしろ|口答えするな|聞いてんのか|さっさとしろ`),
      weight: 0.8,
    },
  ],

  recording_staff: [
    {
      // "録音してるからな", "録画してる", "動画撮ってる"; not "記録のために録音しています".
      id: 'recording-you',
      regex: re(String.raw`(?<!記録のために[^。]{0,10})(?:録音|録画)(?:して(?:る|いる)|してねっと|して流)|動画(?:を)?撮って(?:る|いる)|録音(?:した|しといた|してある)から|(?:生配信|生放送|らいぶ配信|動画配信)中(?:だ|です)?(?:から|よ|な)|録音して(?:ねっと|sns|ゆーちゅーぶ)に(?:上げ|あげ|流)`),
      weight: 0.8,
    },
  ],
});
