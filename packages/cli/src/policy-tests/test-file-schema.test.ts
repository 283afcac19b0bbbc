// The schema is a JSON file (editors can use it as is), so its word lists
// are copies of the language's vocabulary: this keeps them from drifting.
import { ACTIONS, BEHAVIOURS, DUTIES, ROLES } from '@callguard/dsl';
import { describe, expect, it } from 'vitest';
import schema from './test-file.schema.json' with { type: 'json' };

const defs = schema.definitions;

describe('test-file.schema.json', () => {
  it('knows every behaviour', () => {
    expect(Object.keys(defs.signals.properties)).toEqual([...BEHAVIOURS]);
  });

  it('knows every action, for agent_action and expect', () => {
    expect(defs.event.properties.agent_action.enum).toEqual([...ACTIONS]);
    expect(defs.expectation.properties.action.enum).toEqual([...ACTIONS]);
    expect(defs.event.properties.expect.then.enum).toEqual([...ACTIONS, 'rejected']);
  });

  it('knows every duty and every role a notify can name', () => {
    expect(defs.expectation.properties.duties.items.enum).toEqual([...DUTIES, ...ROLES.map((r) => `notify ${r}`)]);
    expect(defs.expectation.properties.to.enum).toEqual([...ROLES, 'none']);
  });
});
