// The contract's TypeScript is written from its JSON Schemas by
// test/generate.ts. This test fails when the generated files are stale, and
// rewrites them when run with CALLGUARD_WRITE_GENERATED=1 (`pnpm run generate`).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchemas, generateTypes, type SchemaFile } from '../test/generate.js';

/** The contract's schema files, lowest first: later ones refer to earlier ones. */
const FILES = [
  ['vocabulary', 'vocabularySchema'],
  ['event', 'eventSchema'],
  ['decision', 'decisionSchema'],
  ['snapshot', 'snapshotSchema'],
  ['restrictions', 'restrictionsSchema'],
  ['duties', 'dutiesSchema'],
  ['appeals', 'appealsSchema'],
  ['explanation', 'explanationSchema'],
] as const;

const schemaFiles: SchemaFile[] = FILES.map(([name, constant]) => ({
  file: `${name}.schema.json`,
  constant,
  schema: JSON.parse(readFileSync(new URL(`./schemas/${name}.schema.json`, import.meta.url), 'utf8')) as Record<string, unknown>,
}));

function fresh(target: string, text: string): void {
  const url = new URL(target, import.meta.url);
  if (process.env['CALLGUARD_WRITE_GENERATED'] === '1') writeFileSync(url, text);
  expect(readFileSync(url, 'utf8'), `${target} is stale: run pnpm run generate`).toBe(text);
}

describe('generated contract', () => {
  it('types.generated.ts is written from the current schemas', () => {
    fresh('./types.generated.ts', generateTypes(schemaFiles));
  });

  it('schemas.generated.ts holds the current schemas', () => {
    fresh('./schemas.generated.ts', generateSchemas(schemaFiles));
  });
});
