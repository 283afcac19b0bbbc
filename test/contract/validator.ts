/**
 * Validation against the contract's JSON Schemas, for tests: ajv in strict
 * mode with every schema added, as an integrator would set it up.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { CONTRACT_SCHEMAS, type JsonSchema } from '../../packages/contract/src/index.js';

const ajv = new Ajv({ strict: true, discriminator: true, allErrors: true, schemas: [...CONTRACT_SCHEMAS] });

/** The schema file a `$id` or `$ref` names, e.g. `decision.schema.json`. */
function fileOf(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

const byFile = new Map(CONTRACT_SCHEMAS.map((s) => [fileOf(String(s['$id'])), s]));

/** The compiled validator of a contract schema, by file name. */
export function validatorFor(file: string): ValidateFunction {
  const schema = byFile.get(file);
  if (schema === undefined) throw new Error(`no contract schema ${file}`);
  const validate = ajv.getSchema(String(schema['$id']));
  if (validate === undefined) throw new Error(`ajv did not compile ${file}`);
  return validate;
}

/** Why `value` does not meet the schema `file`, one line per error; empty when it does. */
export function problems(file: string, value: unknown): string[] {
  const validate = validatorFor(file);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** The schema a `$ref` points to, from the schema file `from`. */
function resolve(from: string, ref: string): { file: string; schema: JsonSchema } {
  const [target = '', pointer = ''] = ref.split('#');
  const file = target === '' ? from : target;
  let node: unknown = byFile.get(file);
  for (const part of pointer.split('/').filter((p) => p !== '')) node = (node as Record<string, unknown>)[part];
  if (node === undefined) throw new Error(`${from}: $ref ${ref} points at nothing`);
  return { file, schema: node as JsonSchema };
}

/**
 * Where `value`'s keys are out of the order its schema lists them (at any
 * depth): the contract's schemas are the one place key order is written.
 * Events are what callers write, in any order, so their keys are not checked.
 */
export function keyOrderProblems(file: string, value: unknown, at = '', schema: JsonSchema = byFile.get(file) ?? {}): string[] {
  if (file === 'event.schema.json') return [];
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const target = resolve(file, ref);
    return keyOrderProblems(target.file, value, at, target.schema);
  }
  if (Array.isArray(value)) {
    const items = schema['items'] as JsonSchema | undefined;
    return items === undefined ? [] : value.flatMap((v, i) => keyOrderProblems(file, v, `${at}/${i}`, items));
  }
  if (typeof value !== 'object' || value === null) return [];
  const branches = schema['oneOf'] as JsonSchema[] | undefined;
  if (branches !== undefined) {
    const branch = branches.find((b) => isBranchOf(b, value));
    return branch === undefined ? [] : keyOrderProblems(file, value, at, branch);
  }
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const order = Object.keys(properties);
  const keys = Object.keys(value);
  const listed = keys.filter((k) => order.includes(k));
  const sorted = [...listed].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const here = listed.join() === sorted.join() ? [] : [`${at || '/'}: keys ${listed.join(', ')} are not in the schema's order ${sorted.join(', ')}`];
  return [...here, ...keys.flatMap((k) => (properties[k] === undefined ? [] : keyOrderProblems(file, (value as Record<string, unknown>)[k], `${at}/${k}`, properties[k])))];
}

/** True when a oneOf branch's `type` const matches the value's (the contract's unions are tagged by `type`). */
function isBranchOf(branch: JsonSchema, value: object): boolean {
  const type = ((branch['properties'] ?? {}) as Record<string, JsonSchema>)['type']?.['const'];
  return type !== undefined && type === (value as Record<string, unknown>)['type'];
}
