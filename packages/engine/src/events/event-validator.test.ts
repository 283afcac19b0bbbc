// The session validates events with code that ajv generates from the
// contract's event schema ahead of time (standalone mode), so there is no
// schema compile at start-up and no `new Function` at run time. This test
// keeps the generated module in step with the schema and rewrites it on
// request (`pnpm run generate`).
import { readFileSync, writeFileSync } from 'node:fs';
import { eventSchema, vocabularySchema } from '@callguard/contract';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { describe, expect, it } from 'vitest';

const generatedUrl = new URL('./event-validator.generated.ts', import.meta.url);

function generate(): string {
  const ajv = new Ajv({ discriminator: true, strict: true, code: { source: true, esm: true, lines: true } });
  ajv.addSchema(vocabularySchema);
  const code = standalone.default(ajv, ajv.compile(eventSchema)).replace('export default validate10;', '');
  return [
    '// @ts-nocheck',
    '// Generated from @callguard/contract\'s event.schema.json by `pnpm run generate`. Do not edit.',
    code,
    '',
  ].join('\n');
}

describe('event validator', () => {
  it('is generated from the contract\'s current event schema', () => {
    const fresh = generate();
    if (process.env['CALLGUARD_WRITE_GENERATED'] === '1') writeFileSync(generatedUrl, fresh);
    expect(readFileSync(generatedUrl, 'utf8'), 'stale: run pnpm run generate').toBe(fresh);
  });
});
