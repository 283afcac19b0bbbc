// The schema is a JSON file (editors can use it as is), so its word lists
// and its duration pattern are copies of the language's: this keeps them
// from drifting.
import { testFileSchema as schema } from '@callguard/contract';
import { ACTIONS, BEHAVIOURS, CALLBACK_TARGETS, CHANNELS, END_MODES, RECORD_KINDS, SIGNAL_BEHAVIOURS, durationMs } from '@callguard/dsl';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const defs = schema.definitions;

describe('test-file.schema.json', () => {
  it('knows every behaviour an utterance can carry', () => {
    expect(Object.keys(defs.signals.properties)).toEqual([...SIGNAL_BEHAVIOURS]);
  });

  it('knows every action, for agent_action and expect', () => {
    expect(defs.event.properties.agent_action.enum).toEqual([...ACTIONS]);
    expect(defs.expectation.properties.action.enum).toEqual([...ACTIONS]);
    expect(defs.expectation.properties.allowed.items.enum).toEqual([...ACTIONS]);
    expect(defs.expect.then.enum).toEqual([...ACTIONS, 'rejected']);
  });

  it('knows every end mode and callback target, and none', () => {
    expect(defs.expectation.properties.mode.enum).toEqual([...END_MODES, 'none']);
    expect(defs.expectation.properties.callback_to.enum).toEqual([...CALLBACK_TARGETS, 'none']);
  });

  it('knows every channel and record kind, and takes any behaviour name as a record category or a signal', () => {
    expect(defs.call.properties.channel.enum).toEqual([...CHANNELS]);
    const record = defs.caller.properties.records.items.properties;
    expect(record.kind.enum).toEqual([...RECORD_KINDS]);
    const category = new RegExp(record.category.pattern, 'u');
    const signal = new RegExp(defs.signals.propertyNames.pattern, 'u');
    for (const b of [...BEHAVIOURS, 'insults_staff', '威圧']) expect(category.test(b), b).toBe(true);
    for (const b of [...BEHAVIOURS.filter((x) => x !== 'repeated_request'), 'insults_staff', '威圧']) expect(signal.test(b), b).toBe(true);
    for (const b of ['repeated_request', 'two words', '1st', '']) expect(signal.test(b), b).toBe(false);
  });

  it('reads durations and offsets exactly as policies do', () => {
    const duration = new RegExp(defs.caller.properties.talk_time_today.pattern, 'u');
    const time = new RegExp(defs.time.pattern, 'u');
    // Parts in any order, repeated or with a unit neither knows; counts kept small, as
    // only the engine's arithmetic (not a pattern) can refuse a duration too long to add up.
    const part = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.constantFrom('s', 'm', 'h', 'd', 'w', 'x'));
    const word = fc.oneof(
      fc.array(part, { maxLength: 4 }).map((parts) => parts.map(([n, unit]) => `${n}${unit}`).join('')),
      fc.constantFrom('5', '1.5h', 'm', '1mm', '01m'),
    );
    fc.assert(
      fc.property(word, (w) => {
        expect(duration.test(w), w).toBe(durationMs(w) !== undefined);
        expect(time.test(`+${w}`), w).toBe(durationMs(w) !== undefined);
      }),
      { numRuns: 2000 },
    );
  });
});
