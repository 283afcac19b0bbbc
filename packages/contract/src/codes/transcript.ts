/** What is wrong in a plain call transcript (`[mm:ss] customer: text`). */
export const TRANSCRIPT_CODES = [
  /** A line that is neither a header, a comment nor `[mm:ss] ...`. */
  'transcript/bad-line',
  /** After the time comes neither `customer:`, `agent:` nor an event in parentheses. */
  'transcript/bad-utterance',
  /** A `# key: value` header with a key the format does not have. */
  'transcript/unknown-header',
  /** A header whose value is not what its key needs (a number, true or false, a time). */
  'transcript/bad-header-value',
] as const;
