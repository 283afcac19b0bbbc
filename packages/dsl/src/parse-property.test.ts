import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic.js';
import { parseProperty } from './parse-property.js';

const problems = (text: string, roles?: readonly string[]) =>
  parseProperty(text, roles).diagnostics.map((d) => [d.code, d.message, text.slice(d.span.start, d.span.end)]);

describe('parseProperty (verify --assert)', () => {
  it('reads every form, as an assert in a policy reads it', () => {
    const read = (text: string) => parseProperty(text).property;
    expect(read('never end_call unless warned at least 2 times')).toMatchObject({ kind: 'never', action: 'end_call', unless: 2, text: 'never end_call unless warned at least 2 times' });
    expect(read('never end_call unless warned 3 times')).toMatchObject({ unless: 3, text: 'never end_call unless warned 3 times' });
    expect(read('never end_call unless warned twice')).toMatchObject({ unless: 2 });
    expect(read('never end_call unless warned at least once')).toMatchObject({ unless: 1, text: 'never end_call unless warned at least once' });
    expect(read('never end_call unless escalated')).toMatchObject({ unless: 'escalated' });
    expect(read('never block_caller in the first 60s')).toMatchObject({ action: 'block_caller', firstMs: 60_000 });
    expect(read('never end_call when caller.vulnerable')).toMatchObject({ when: { kind: 'field', root: 'caller', member: 'vulnerable', op: '=', value: true } });
    expect(read('never end_call when caller.warnings >= 2 and not caller.vulnerable')?.kind).toBe('never');
    expect(read('block_caller always approved by a supervisor')).toMatchObject({ kind: 'approved', role: 'supervisor' });
    expect(read('end_call always owes document')).toMatchObject({ kind: 'owes', duty: 'document' });
  });

  it('says what it expected, at the word, with the policy language\'s codes', () => {
    expect(problems('never hang_up')).toEqual([['check/unknown-action', 'unknown action `hang_up`', 'hang_up']]);
    expect(problems('never end_call unles warned')).toEqual([['parse/syntax', 'unexpected `unles` in a `never` property', 'unles']]);
    expect(problems('never end_call when caller.mood')).toEqual([['check/unknown-field', 'unknown field `caller.mood`', 'caller.mood']]);
    expect(problems('never end_call when customer profanity')).toEqual([
      ['check/behaviour-in-assert', "an assert's `when` reads caller and call fields, not what was said", 'customer profanity'],
    ]);
    expect(problems('end_call always owes coffee')).toEqual([['check/unknown-duty', 'unknown duty `coffee`', 'coffee']]);
    expect(problems('block_caller always approved by auditor')).toEqual([['check/unknown-role', 'unknown role `auditor`', 'auditor']]);
    expect(problems('block_caller always approved by auditor', ['supervisor', 'auditor'])).toEqual([]);
    expect(problems('never end_call in the first 60')[0]?.slice(0, 2)).toEqual(['parse/syntax', 'expected a duration such as `60s` or `2m`, found `60`']);
    expect(problems('')[0]?.slice(0, 2)).toEqual(['parse/syntax', 'expected a property after `assert`']);
  });

  it('prints its diagnostics against the text given, with a code frame', () => {
    const [d] = parseProperty('never end_call unles warned').diagnostics;
    expect(formatDiagnostic(d!).split('\n').slice(0, 4)).toEqual([
      '--assert:1:16: error[parse/syntax]: unexpected `unles` in a `never` property',
      '  |',
      '1 | never end_call unles warned',
      '  |                ^^^^^',
    ]);
  });
});
