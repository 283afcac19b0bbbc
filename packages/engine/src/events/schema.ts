import { eventSchema as generated } from './event-validator.generated.js';

/** A JSON Schema document, as plain JSON. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * The JSON Schema (draft-07) of every event a session takes: the contents of
 * `event.schema.json`, which `handle` validates against.
 */
export const eventSchema: JsonSchema = generated;
