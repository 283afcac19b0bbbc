/** Mistakes on the command line: the command, its options, the files it names. */
export const USAGE_CODES = [
  /** A command the CLI does not have. */
  'usage/unknown-command',
  /** An option the command does not have. */
  'usage/unknown-option',
  /** A required argument or option is missing. */
  'usage/missing-argument',
  /** More arguments than the command takes. */
  'usage/too-many-arguments',
  /** An option's value is not what it needs (a date, a number, one of a list). */
  'usage/bad-option-value',
  /** A file or folder named on the command line does not exist. */
  'usage/file-not-found',
  /** A file named on the command line cannot be read (a folder, no permission). */
  'usage/unreadable-file',
  /** `callguard test` found no `*.test.yaml` files. */
  'usage/no-test-files',
  /** `callguard test --run` matched no case. */
  'usage/no-matching-case',
  /** `callguard explain --at N` names an event the call does not have. */
  'usage/no-such-event',
] as const;
