// Every schema of the contract compiles in ajv's strict mode, and refers
// only to schemas the contract has.
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CONTRACT_SCHEMAS } from '../../packages/contract/src/index.js';
import { keyOrderProblems, validatorFor } from './validator.js';

describe('contract schemas', () => {
  it.each(CONTRACT_SCHEMAS.map((s) => [String(s['$id']), s] as const))('%s compiles in strict mode', (_id, schema) => {
    const ajv = new Ajv({ strict: true, discriminator: true });
    for (const other of CONTRACT_SCHEMAS) if (other !== schema) ajv.addSchema(other);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('reject what they do not describe', () => {
    expect(validatorFor('decision.schema.json')({ v: 1, action: 'hang_up' })).toBe(false);
    expect(validatorFor('event.schema.json')({ type: 'utterance', at: '2026-12-01T09:00:00Z', speaker: 'customer', signals: { repeated_request: 1 } })).toBe(false);
    expect(validatorFor('snapshot.schema.json')({ v: 2 })).toBe(false);
  });

  it('say the order of keys, at any depth', () => {
    const event = { seq: 1, at: '2026-12-01T09:00:00.000Z', type: 'tick', channel: 'phone' };
    expect(keyOrderProblems('decision.schema.json', { v: 1, action: 'continue', event })).toEqual([]);
    expect(keyOrderProblems('decision.schema.json', { action: 'continue', v: 1 })).toEqual(['/: keys action, v are not in the schema\'s order v, action']);
    expect(keyOrderProblems('decision.schema.json', { duties: [{ rule: 'r', kind: 'document' }] })).toEqual([
      '/duties/0: keys rule, kind are not in the schema\'s order kind, rule',
    ]);
  });
});
