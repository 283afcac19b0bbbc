// `readEvent` takes a hand-written fast path for the usual utterance and
// leaves everything else to ajv. These tests hold it to the contract that
// makes that safe: it accepts, rejects and times every event exactly as
// `validateEvent` + `eventTime` do, and the schema's utterance branch is
// still the one the fast path was written for.
import { eventSchema, vocabularySchema } from '@callguard/contract';
import { BEHAVIOURS, SIGNAL_BEHAVIOURS } from '@callguard/dsl';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventError } from './error.js';
import { eventTime, isUsualUtterance, readEvent, validateEvent } from './validate.js';
import type { EventTime } from './validate.js';

/** What the slow path makes of `event`: its time, or the error it throws. */
function slow(event: unknown): { ms: number; at: string } | { code: string; path: string; message: string } {
  try {
    validateEvent(event);
    const ms = eventTime(event.at);
    return { ms, at: new Date(ms).toISOString() };
  } catch (e) {
    if (!(e instanceof EventError)) throw e;
    return { code: e.code, path: e.path, message: e.message };
  }
}

function fast(event: unknown): ReturnType<typeof slow> {
  const time: EventTime = { ms: 0, at: '' };
  try {
    readEvent(event, time);
    return { ms: time.ms, at: time.at };
  } catch (e) {
    if (!(e instanceof EventError)) throw e;
    return { code: e.code, path: e.path, message: e.message };
  }
}

const canonicalAt = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms).toISOString());
const anyAt = fc.oneof(
  { weight: 6, arbitrary: canonicalAt },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2026-12-01T09:30:05Z',
      '2026-12-01T09:30:05.5Z',
      '2026-12-01T10:30:05.000+01:00',
      '2026-02-29T09:30:05.000Z',
      '2028-02-29T09:30:05.000Z',
      '2026-04-31T09:30:05.000Z',
      '2026-12-01T24:00:00.000Z',
      '2026-13-01T09:30:05.000Z',
      '2026-12-01 09:30:05.000Z',
      '2026-12-01T09:30:05.000z',
      '2026-12-0lT09:30:05.000Z',
      'yesterday',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, 0, {}) },
);
const confidence = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, -0, -0.01, 1.01, Number.NaN, Infinity, '0.5', null, undefined, true) },
);
const signalKey = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...BEHAVIOURS) }, { weight: 1, arbitrary: fc.constantFrom('profanityy', 'text', '') });
const request = fc.constantFrom('refund', '', 7, null, undefined);
const signals = fc.oneof(
  { weight: 8, arbitrary: fc.dictionary(signalKey, confidence, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, [], [0.5], 'threat', 1, undefined) },
);
/** Utterances, valid and nearly valid: every field of the schema's utterance branch, right or wrong. */
const utteranceLike = fc.record(
  {
    type: fc.oneof({ weight: 8, arbitrary: fc.constant('utterance') }, { weight: 1, arbitrary: fc.constantFrom('silence', 'Utterance', undefined) }),
    at: anyAt,
    speaker: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('customer', 'agent') }, { weight: 1, arbitrary: fc.constantFrom('bot', '', null, undefined) }),
    text: fc.constantFrom('hello', '', 1, null, undefined),
    signals,
    request,
    id: fc.constantFrom('calls-3-1041', '', 'x'.repeat(128), 'x'.repeat(129), 'with space', 'é', '\u001b[2J', 7, null, undefined),
    extra: fc.constantFrom(1, undefined),
  },
  { requiredKeys: ['type', 'at', 'speaker', 'signals'] },
);

describe('readEvent', () => {
  it('accepts, rejects and times every event as validateEvent and eventTime do', () => {
    const event = fc.oneof(
      { weight: 8, arbitrary: utteranceLike },
      { weight: 1, arbitrary: utteranceLike.map((u) => [u]) },
      { weight: 1, arbitrary: fc.anything() },
    );
    fc.assert(
      fc.property(event, (e) => {
        expect(fast(e)).toEqual(slow(e));
      }),
      { numRuns: 20_000 },
    );
  });

  it('rejects a day the calendar does not have, in either form of time', () => {
    for (const at of ['2027-02-31T09:00:00.000Z', '2027-02-31T09:00:00+01:00', '2027-04-31T09:00:00Z', '2027-02-29T00:00:00.000Z']) {
      const time: EventTime = { ms: 0, at: '' };
      const e = (() => {
        try {
          readEvent({ type: 'utterance', at, speaker: 'customer', text: 'hi', signals: {} }, time);
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      expect(e).toBeInstanceOf(EventError);
      expect((e as EventError).message).toBe('at is not a real date and time');
      expect(time).toEqual({ ms: 0, at: '' });
    }
  });

  it('takes the fast path for the usual utterance', () => {
    const usual = { type: 'utterance', at: '2026-12-01T09:30:05.000Z', speaker: 'customer', text: 'hi', signals: { threat: 0.9, rudeness: 0 } };
    expect(isUsualUtterance(usual)).toBe(true);
    expect(isUsualUtterance({ ...usual, text: undefined, signals: {} })).toBe(true);
    expect(isUsualUtterance({ ...usual, request: 'refund' })).toBe(true);
    expect(isUsualUtterance({ ...usual, id: 'orders-0-42' })).toBe(true);
    expect(isUsualUtterance({ ...usual, id: '' })).toBe(false);
    expect(isUsualUtterance({ ...usual, signals: { threat: 1.5 } })).toBe(false);
    expect(isUsualUtterance({ ...usual, signals: { repeated_request: 1 } })).toBe(false);
    expect(isUsualUtterance(Object.assign(Object.create({ inherited: 1 }) as object, usual))).toBe(false);
  });

  it('is written for the schema utterance branch as it stands', () => {
    // If this fails, the schema changed: update isUsualUtterance to match it first.
    const branch = (eventSchema['oneOf'] as { title: string }[]).find((b) => b.title === 'UtteranceEvent');
    const vocabulary = (name: string) => ({ $ref: `vocabulary.schema.json#/definitions/${name}` });
    expect(branch).toEqual({
      title: 'UtteranceEvent',
      description: expect.any(String),
      type: 'object',
      properties: {
        type: { const: 'utterance' },
        id: { ...vocabulary('event_id'), description: expect.any(String) },
        at: { ...vocabulary('at'), description: expect.any(String) },
        speaker: vocabulary('speaker'),
        text: { type: 'string', description: expect.any(String) },
        signals: {
          title: 'Signals',
          description: expect.any(String),
          type: 'object',
          properties: Object.fromEntries(SIGNAL_BEHAVIOURS.map((b) => [b, vocabulary('confidence')])),
          propertyNames: vocabulary('signal_name'),
          additionalProperties: vocabulary('confidence'),
        },
        request: { type: 'string', description: expect.any(String) },
      },
      required: ['type', 'at', 'speaker', 'signals'],
      additionalProperties: false,
    });
    const definitions = vocabularySchema['definitions'] as Record<string, unknown>;
    expect(definitions['at']).toEqual({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$', description: expect.any(String) });
    expect(definitions['event_id']).toEqual({ type: 'string', pattern: '^[!-~]{1,128}$', description: expect.any(String) });
    expect(definitions['confidence']).toEqual({ type: 'number', minimum: 0, maximum: 1 });
    expect(definitions['signal_name']).toEqual({ type: 'string', pattern: '^(?!repeated_request$)[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$', description: expect.any(String) });
    expect(definitions['speaker']).toEqual({ title: 'Speaker', description: expect.any(String), enum: ['customer', 'agent'] });
  });
});
