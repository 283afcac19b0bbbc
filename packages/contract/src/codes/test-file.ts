/** What is wrong in a policy test file (`*.test.yaml`). */
export const TEST_FILE_CODES = [
  /** The file is not valid YAML. */
  'test/yaml-syntax',
  /** A field the test file needs is missing. */
  'test/missing-field',
  /** A field the test file format does not have. */
  'test/unknown-field',
  /** A value of the wrong kind: text where a number goes, say. */
  'test/wrong-type',
  /** A value of the right kind that is not allowed: an unknown behaviour, a negative count. */
  'test/bad-value',
  /** Two cases share a name. */
  'test/duplicate-case',
  /** A `start` or `at` that is not a real date and time. */
  'test/bad-time',
  /** An event that does not say what happens. */
  'test/no-happening',
  /** An event that says two things happen. */
  'test/two-happenings',
  /** `text`, `request` or `rule` without the field it belongs to. */
  'test/misplaced-field',
  /** A duty the language does not have. */
  'test/unknown-duty',
  /** The `policy` field names no policy file. */
  'test/policy-not-found',
  /** The `policy` field names a file outside the working folder and the test file's folder. */
  'test/policy-outside',
  /** A rule name the tested policy does not have. */
  'test/unknown-rule',
  /** A script name the tested policy does not have. */
  'test/unknown-script',
  /** An utterance's signals name a behaviour the tested policy neither builds in nor declares. */
  'test/unknown-behaviour',
] as const;
