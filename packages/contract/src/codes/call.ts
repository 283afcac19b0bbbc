/** What is wrong in a call given as JSONL events (one JSON event a line). */
export const CALL_CODES = [
  /** A line that is not JSON. */
  'call/not-json',
  /** A file with no events at all. */
  'call/empty',
] as const;
