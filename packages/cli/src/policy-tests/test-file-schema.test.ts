// The schema is a JSON file (editors can use it as is), so its word lists
// are copies of the language's vocabulary: this keeps them from drifting.
import { ACTIONS, BEHAVIOURS, CHANNELS, RECORD_KINDS, SIGNAL_BEHAVIOURS } from '@callguard/dsl';
import { describe, expect, it } from 'vitest';
import schema from './test-file.schema.json' with { type: 'json' };

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

  it('knows every channel, record kind and record category', () => {
    expect(defs.call.properties.channel.enum).toEqual([...CHANNELS]);
    const record = defs.caller.properties.records.items.properties;
    expect(record.kind.enum).toEqual([...RECORD_KINDS]);
    expect(record.category.enum).toEqual([...BEHAVIOURS]);
  });
});
