/**
 * The one registry of error codes: every problem a user can cause has a
 * stable `family/name` code listed here, and a page at
 * `docs/diagnostics/<family>-<name>.md` (a meta-test keeps the two in step).
 * A code is added to its family's file; nothing else needs to change.
 */
import { ARTEFACT_CODES } from './artefact.js';
import { CALL_CODES } from './call.js';
import { CHECK_CODES } from './check.js';
import { CONFIG_CODES } from './config.js';
import { DELIVERY_CODES } from './delivery.js';
import { EVENT_CODES } from './event.js';
import { LOG_CODES } from './log.js';
import { MODEL_CODES } from './model.js';
import { PARSE_CODES } from './parse.js';
import { SERVICE_CODES } from './service.js';
import { SNAPSHOT_CODES } from './snapshot.js';
import { STORE_CODES } from './store.js';
import { TEST_FILE_CODES } from './test-file.js';
import { TRANSCRIPT_CODES } from './transcript.js';
import { USAGE_CODES } from './usage.js';

/** Every code, by family, in the order the families are listed. */
export const CODES = [
  ...PARSE_CODES,
  ...CHECK_CODES,
  ...EVENT_CODES,
  ...SNAPSHOT_CODES,
  ...ARTEFACT_CODES,
  ...STORE_CODES,
  ...LOG_CODES,
  ...TEST_FILE_CODES,
  ...TRANSCRIPT_CODES,
  ...CALL_CODES,
  ...MODEL_CODES,
  ...USAGE_CODES,
  ...SERVICE_CODES,
  ...CONFIG_CODES,
  ...DELIVERY_CODES,
] as const;

/** One of {@link CODES}. */
export type Code = (typeof CODES)[number];

/** The part of a code before the slash: what kind of input the problem is in. */
export type CodeFamily = Code extends `${infer F}/${string}` ? F : never;

/** The codes of one family, as a type: `CodeOf<'event'>` is `'event/invalid' | ...`. */
export type CodeOf<F extends CodeFamily> = Extract<Code, `${F}/${string}`>;

/** The families, each with what its codes are about. */
export const CODE_FAMILIES: Readonly<Record<CodeFamily, string>> = {
  parse: 'a policy file that cannot be read as CallGuard',
  check: 'a policy that parses but does not make sense',
  event: 'an event the engine rejects',
  snapshot: 'a saved session the engine cannot restore',
  artefact: 'a compiled policy artefact the engine cannot load, or an export it cannot make',
  store: 'the local store file, and changes it refuses',
  log: 'the tamper-evident decision log file and its signing key',
  test: 'a policy test file',
  transcript: 'a plain call transcript',
  call: 'a call given as JSONL events',
  model: "a customer's own classifier and its label map",
  usage: 'the command line',
  service: 'a request the decision service refuses',
  config: "the decision service's configuration",
  delivery: 'delivering a duty to a CRM, a webhook or the incident log',
};

const KNOWN: ReadonlySet<string> = new Set(CODES);

/** True when `code` is in the registry. */
export function isCode(code: string): code is Code {
  return KNOWN.has(code);
}

/** The docs page of a code, relative to the repository root. */
export function codeDocPath(code: Code): string {
  return `docs/diagnostics/${code.replace('/', '-')}.md`;
}
