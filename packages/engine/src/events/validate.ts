/**
 * Checks an event against event.schema.json and reads its time. The
 * validator is ajv's standalone output (see event-validator.test.ts), so a
 * check costs one call of plain generated code; `at` is parsed exactly once.
 */
import type { ErrorObject } from 'ajv';
import { parseAt } from '../time.js';
import { EventError } from './error.js';
import { validate } from './event-validator.generated.js';
import type { CallEvent } from './types.js';

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

function toEventError(error: ErrorObject): EventError {
  const base = error.instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
  const params = error.params as Record<string, unknown>;
  let path = base;
  let words: string;
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
      words = 'must be an ISO-8601 date-time with a time zone, e.g. 2026-12-01T09:30:05Z';
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
