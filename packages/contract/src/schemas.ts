import type { JsonSchema } from './json-schema.js';
import { appealsSchema, decisionSchema, dutiesSchema, eventSchema, explanationSchema, restrictionsSchema, snapshotSchema, vocabularySchema } from './schemas.generated.js';

/**
 * Every schema of the contract, lowest first. They refer to each other by
 * file name (`vocabulary.schema.json#/definitions/action`), so a validator
 * needs them all: with ajv, `new Ajv({ schemas: CONTRACT_SCHEMAS })`, then
 * `ajv.getSchema(decisionSchema.$id)`.
 */
export const CONTRACT_SCHEMAS: readonly JsonSchema[] = [vocabularySchema, eventSchema, decisionSchema, snapshotSchema, restrictionsSchema, dutiesSchema, appealsSchema, explanationSchema];
