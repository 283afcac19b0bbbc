/** What the parser reports about a policy file it cannot read as CallGuard. */
export const PARSE_CODES = [
  'parse/empty',
  'parse/internal-error',
  'parse/invalid-escape',
  'parse/syntax',
  'parse/too-deep',
  'parse/too-large',
  'parse/too-many-errors',
  'parse/unknown-character',
  'parse/unterminated-string',
  'parse/wrong-quotes',
] as const;
