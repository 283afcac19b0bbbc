/**
 * "Did you mean" suggestions: a synonym table for words policy authors
 * naturally reach for, then the nearest known name by edit distance
 * (graphql-js's threshold: 40% of the word's length, plus one).
 */

/** Words authors use for things the language names differently. */
const SYNONYMS: Readonly<Record<string, string>> = {
  // behaviours
  swearing: 'profanity',
  swear: 'profanity',
  cursing: 'profanity',
  curse: 'profanity',
  cussing: 'profanity',
  obscenity: 'profanity',
  profane: 'profanity',
  yelling: 'profanity',
  threatening: 'threat',
  threats: 'threat',
  violence: 'threat',
  racism: 'slur',
  racist: 'slur',
  racial_slur: 'slur',
  hate: 'hate_speech',
  sexism: 'hate_speech',
  homophobia: 'hate_speech',
  sexual: 'sexual_harassment',
  harassing: 'harassment',
  stalking: 'harassment',
  rude: 'rudeness',
  impolite: 'rudeness',
  demanding: 'unreasonable_demand',
  demands: 'unreasonable_demand',
  interrupting: 'uncooperative',
  aggressive: 'aggression',
  shouting: 'aggression',
  hostile: 'aggression',
  // actions
  hang_up: 'end_call',
  hangup: 'end_call',
  end: 'end_call',
  disconnect: 'end_call',
  terminate: 'end_call',
  block: 'block_caller',
  ban: 'block_caller',
  transfer: 'escalate',
  warning: 'warn',
  caution: 'warn',
  de_escalate: 'deescalate',
  calm: 'deescalate',
  call_back: 'callback',
  // duties
  log: 'document',
  record: 'document',
  apologise: 'follow_up',
  apologize: 'follow_up',
  followup: 'follow_up',
  support: 'support_agent',
  // roles
  team_lead: 'supervisor',
  lead: 'supervisor',
  boss: 'supervisor',
  // events
  dropped: 'line_dropped',
  disconnected: 'line_dropped',
  dead_air: 'silence',
  bad_line: 'poor_line',
  // speakers
  caller: 'customer',
  client: 'customer',
  staff: 'agent',
  // channels
  telephone: 'phone',
  voice: 'phone',
  webchat: 'chat',
  live_chat: 'chat',
  mail: 'email',
  face_to_face: 'in_person',
  counter: 'in_person',
  // restriction scopes and kinds
  organization: 'organisation',
  company: 'organisation',
  department: 'team',
  letters_only: 'written_only',
  writing_only: 'written_only',
  // end modes
  message: 'recorded_message',
  bot: 'bot_close',
  // other fixed words
  business_days: 'working_days',
  all: 'all_numbers',
  primary: 'primary_number',
};

/** Levenshtein distance, with a transposition counting as one edit. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The known name the author most likely meant, if any is close enough. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const known = [...candidates];
  const lower = word.toLowerCase();
  const synonym = SYNONYMS[lower];
  if (synonym !== undefined && known.includes(synonym)) return synonym;
  const threshold = Math.floor(lower.length * 0.4) + 1;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const c = candidate.toLowerCase();
    // `incidents` for `incidents_30d`: a clear prefix is as good as a near miss.
    const distance = lower.length >= 3 && c.startsWith(lower) ? 1 : editDistance(lower, c);
    if (distance <= threshold && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The one "did you mean" of CallGuard: ``did you mean `x`?`` for the name
 * the author most likely meant, or undefined when none is close. Every
 * message that suggests a name (policies, test files, transcripts, the
 * command line) says it this way.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const near = suggest(word, candidates);
  return near === undefined ? undefined : `did you mean \`${near}\`?`;
}

/** ``did you mean `x`?``, or a list of the valid names when nothing is close. */
export function suggestionHelp(word: string, candidates: Iterable<string>, what: string): string {
  const known = [...candidates];
  const near = didYouMean(word, known);
  if (near !== undefined) return near;
  if (known.length === 0) return `this policy defines no ${what}`;
  return `the ${what} are ${known.map((k) => `\`${k}\``).join(', ')}`;
}
