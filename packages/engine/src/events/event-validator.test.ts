// The session validates events with code that ajv generates from
// event.schema.json ahead of time (standalone mode), so there is no schema
// compile at start-up and no `new Function` at run time. This test keeps the
// generated module in step with the schema and rewrites it on request.
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { describe, expect, it } from 'vitest';
import { eventSchema } from './schema.js';

const REGENERATE =
  'CALLGUARD_WRITE_GENERATED=1 npx vitest run packages/engine/src/events/event-validator.test.ts';
const schemaUrl = new URL('./event.schema.json', import.meta.url);
const generatedUrl = new URL('./event-validator.generated.ts', import.meta.url);

function generate(schemaText: string): string {
  const ajv = new Ajv({ discriminator: true, strict: true, code: { source: true, esm: true, lines: true } });
  const code = standalone.default(ajv, ajv.compile(JSON.parse(schemaText) as object)).replace('export default validate10;', '');
  return [
    '// @ts-nocheck',
    `// Generated from event.schema.json by \`${REGENERATE}\`. Do not edit.`,
    code,
    `/** The JSON Schema of every event (event.schema.json). */`,
    `export const eventSchema = ${schemaText.trim()};`,
    '',
  ].join('\n');
}

describe('event validator', () => {
  it('is generated from the current event.schema.json', () => {
    const fresh = generate(readFileSync(schemaUrl, 'utf8'));
    if (process.env['CALLGUARD_WRITE_GENERATED'] === '1') writeFileSync(generatedUrl, fresh);
    expect(readFileSync(generatedUrl, 'utf8'), `stale: run ${REGENERATE}`).toBe(fresh);
  });

  it('exports the schema exactly as event.schema.json', () => {
    expect(eventSchema).toEqual(JSON.parse(readFileSync(schemaUrl, 'utf8')));
  });
});
