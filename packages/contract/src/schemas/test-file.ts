import schema from './test-file.schema.json' with { type: 'json' };

/**
 * The JSON Schema of a policy test file (`*.test.yaml`), draft-07. Editors
 * can point at the JSON file itself; `@callguard/testing` validates with it
 * and words its errors for policy authors.
 */
export const testFileSchema = schema;
