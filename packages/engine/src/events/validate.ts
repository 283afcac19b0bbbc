/**
 * Checks an event against event.schema.json and reads its time. The
 * validator is ajv's standalone output (see event-validator.test.ts), so a
 * check costs one call of plain generated code; `at` is parsed exactly once.
 * Sessions go through `readEvent`, which first tries a hand-written check of
 * the usual utterance (see `isUsualUtterance`) and leaves every other event
 * to ajv.
 */
import type { ErrorObject } from 'ajv';
import { SIGNAL_BEHAVIOURS } from '@callguard/dsl/ir';
import { canonicalTime, isoAt, parseAt } from '../time.js';
import { EventError } from './error.js';
import { validate } from './event-validator.generated.js';
import type { CallEvent, UtteranceEvent } from '@callguard/contract';

const check = validate as unknown as { (data: unknown): boolean; errors: ErrorObject[] | null };

/** Narrows to a schema-valid event, or throws `event/invalid` naming the first field at fault. */
export function validateEvent(event: unknown): asserts event is CallEvent {
  if (check(event)) return;
  const error = check.errors?.[0];
  throw error === undefined ? new EventError('event/invalid', '', 'the event is not valid') : toEventError(error);
}

/** Parses a schema-valid `at`; a well-formed but impossible date is rejected. */
export function eventTime(at: string, path = 'at'): number {
  const ms = parseAt(at);
  if (Number.isNaN(ms)) throw new EventError('event/invalid', path, `${path} is not a real date and time`);
  return ms;
}

/** Where `readEvent` leaves an accepted event's time; a session keeps one and reuses it. */
export interface EventTime {
  /** Epoch ms. */
  ms: number;
  /** The time as `toISOString` writes it, as decisions report it. */
  at: string;
}

/**
 * `validateEvent` and `eventTime` in one, for the hot path: narrows to a
 * schema-valid event or throws exactly as they do, and writes the event's
 * time to `time`. Most events are utterances of the usual shape with an `at`
 * in canonical form; those are accepted here without ajv, and their `at` is
 * reused rather than formatted again. Anything else goes through ajv, so
 * every rejection and its message come from the generated validator.
 */
export function readEvent(event: unknown, time: EventTime): asserts event is CallEvent {
  if (isUsualUtterance(event)) {
    // A canonical `at` matches the schema's pattern: with the rest checked, the event is valid.
    const ms = canonicalTime(event.at);
    if (!Number.isNaN(ms)) {
      time.ms = ms;
      time.at = event.at;
      return;
    }
  }
  validateEvent(event);
  const ms = canonicalTime(event.at);
  if (Number.isNaN(ms)) {
    time.ms = eventTime(event.at);
    time.at = isoAt(time.ms);
  } else {
    time.ms = ms;
    time.at = event.at;
  }
}

const SIGNAL_KEYS: ReadonlySet<string> = new Set(SIGNAL_BEHAVIOURS);
/** The schema's `signal_name`: a name as the language writes it, but not the derived `repeated_request`. */
const SIGNAL_NAME = /^(?!repeated_request$)[\p{L}_][\p{L}\p{M}\p{Nd}_]*$/u;
/** The schema's `event_id`: 1 to 128 visible ASCII characters. */
const EVENT_ID = /^[!-~]{1,128}$/;

/**
 * True only for an utterance that meets every rule of the schema's utterance
 * branch except the pattern of `at` (which `canonicalTime` checks), read the
 * way ajv's generated code reads them: `for...in` for extra keys, a property
 * set to `undefined` counting as absent, confidences finite numbers in
 * [0, 1]. False sends the event to ajv, so false is always safe; true must
 * never be said of an event ajv would reject (validate.test.ts checks both,
 * and that the schema's utterance branch is still the one written for here).
 * @internal Exported for validate.test.ts.
 */
export function isUsualUtterance(event: unknown): event is UtteranceEvent & Record<string, unknown> {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return false;
  const e = event as Record<string, unknown>;
  if (e['type'] !== 'utterance' || (e['speaker'] !== 'customer' && e['speaker'] !== 'agent')) return false;
  const text = e['text'];
  if (text !== undefined && typeof text !== 'string') return false;
  const request = e['request'];
  if (request !== undefined && typeof request !== 'string') return false;
  const id = e['id'];
  if (id !== undefined && !(typeof id === 'string' && EVENT_ID.test(id))) return false;
  const signals = e['signals'];
  if (typeof signals !== 'object' || signals === null || Array.isArray(signals)) return false;
  for (const key in e) if (!isUtteranceKey(key)) return false;
  for (const key in signals) {
    const confidence = (signals as Record<string, unknown>)[key];
    // Built-in names first: a set lookup is cheaper than the pattern a declared behaviour's name needs.
    // ajv reads a built-in key set to `undefined` as absent, but checks any other key's value.
    if (!SIGNAL_KEYS.has(key) && (confidence === undefined || !SIGNAL_NAME.test(key))) return false;
    // `>= 0 && <= 1` is false for NaN, so this also rules out non-finite numbers.
    if (confidence !== undefined && !(typeof confidence === 'number' && confidence >= 0 && confidence <= 1)) return false;
  }
  return true;
}

/**
 * A property of the schema's utterance branch. Compared one by one, as in
 * ajv's code: it costs half as much as a `Set` lookup, on every key of every
 * utterance.
 */
function isUtteranceKey(key: string): boolean {
  return key === 'type' || key === 'at' || key === 'speaker' || key === 'text' || key === 'signals' || key === 'request' || key === 'id';
}

function toEventError(error: ErrorObject): EventError {
  const base = error.instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
  const params = error.params as Record<string, unknown>;
  let path = base;
  let words: string;
  // `propertyNames` reports a bad key of `signals` as a pattern the key failed.
  if (error.propertyName !== undefined) {
    path = join(base, error.propertyName);
    words =
      error.propertyName === 'repeated_request'
        ? 'is worked out by the engine from `request`, so signals cannot carry it'
        : 'is not a behaviour name: letters, digits and `_`, starting with a letter or `_`';
    return new EventError('event/invalid', path, `${path} ${words}`);
  }
  switch (error.keyword) {
    case 'required':
      path = join(base, String(params['missingProperty']));
      words = 'is required';
      break;
    case 'additionalProperties':
      path = join(base, String(params['additionalProperty']));
      words = base === 'signals' ? 'is not a known behaviour' : 'is not a known field';
      break;
    case 'maximum':
      words = `must be at most ${String(params['limit'])}`;
      break;
    case 'minimum':
      words = `must be at least ${String(params['limit'])}`;
      break;
    case 'type':
      words = `must be ${article(String(params['type']))}`;
      break;
    case 'enum':
      words = `must be one of ${(params['allowedValues'] as unknown[]).map(String).join(', ')}`;
      break;
    case 'const':
      words = `must be ${String(params['allowedValue'])}`;
      break;
    case 'pattern':
      words = path === 'id' ? 'must be 1 to 128 visible ASCII characters, without spaces' : 'must be an ISO-8601 date-time with a time zone, e.g. 2026-12-01T09:30:05Z';
      break;
    default:
      words = error.message ?? 'is not valid';
  }
  return new EventError('event/invalid', path, `${path === '' ? 'the event' : path} ${words}`);
}

function join(base: string, key: string): string {
  return base === '' ? key : `${base}.${key}`;
}

function article(type: string): string {
  if (type === 'integer') return 'a whole number';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
