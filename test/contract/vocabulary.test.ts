// The contract's schemas sit below the language, so they cannot import its
// vocabulary; this test holds every list they share to @callguard/dsl's.
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as contract from '../../packages/contract/src/index.js';
import * as dsl from '../../packages/dsl/src/index.js';

const definitions = contract.vocabularySchema['definitions'] as Record<string, { enum?: readonly string[] }>;
const branches = contract.eventSchema['oneOf'] as { title: string; properties: Record<string, { properties?: Record<string, unknown> }> }[];

describe('the contract speaks the language’s vocabulary', () => {
  it.each([
    ['behaviour', dsl.BEHAVIOURS],
    ['action', dsl.ACTIONS],
    ['duty_kind', dsl.DUTIES],
    ['channel', dsl.CHANNELS],
    ['speaker', dsl.SPEAKERS],
    ['end_mode', dsl.END_MODES],
    ['record_kind', dsl.RECORD_KINDS],
    ['restriction_kind', dsl.RESTRICTION_KINDS],
    ['restriction_scope', dsl.RESTRICTION_SCOPES],
    ['callback_target', dsl.CALLBACK_TARGETS],
  ] as const)('%s lists the same words in the same order', (name, words) => {
    expect(definitions[name]?.enum).toEqual([...words]);
  });

  it('lets signals carry exactly the behaviours an utterance may report', () => {
    const utterance = branches.find((b) => b.title === 'UtteranceEvent');
    expect(Object.keys(utterance?.properties['signals']?.properties ?? {})).toEqual([...dsl.SIGNAL_BEHAVIOURS]);
  });

  it('has an event for every event an `on` rule can name', () => {
    const types = (contract.eventSchema['properties'] as { type: { enum: string[] } }).type.enum;
    for (const event of dsl.LINE_EVENTS) expect(types).toContain(event);
  });

  it('generates the same types the language declares', () => {
    expectTypeOf<contract.Action>().toEqualTypeOf<dsl.Action>();
    expectTypeOf<contract.Behaviour>().toEqualTypeOf<dsl.Behaviour>();
    expectTypeOf<contract.DutyKind>().toEqualTypeOf<dsl.DutyKind>();
    expectTypeOf<contract.Channel>().toEqualTypeOf<dsl.Channel>();
    expectTypeOf<contract.Speaker>().toEqualTypeOf<dsl.Speaker>();
    expectTypeOf<contract.EndMode>().toEqualTypeOf<dsl.EndMode>();
    expectTypeOf<contract.RecordKind>().toEqualTypeOf<dsl.RecordKind>();
    expectTypeOf<contract.RestrictionKind>().toEqualTypeOf<dsl.RestrictionKind>();
    expectTypeOf<contract.RestrictionScope>().toEqualTypeOf<dsl.RestrictionScope>();
    expectTypeOf<contract.CallbackTarget>().toEqualTypeOf<dsl.CallbackTarget>();
  });
});
