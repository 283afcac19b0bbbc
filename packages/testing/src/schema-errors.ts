/**
 * Turns ajv's errors into sentences a policy author can act on, each with
 * the place in the YAML it is about.
 */
import type { ErrorObject } from 'ajv';
import type { CodeOf } from '@callguard/contract';
import { didYouMean } from '@callguard/dsl';
import type { YamlPath } from './model.js';

/** One mistake in a test file: where (the value, or the key when `key`), which code, what and what to do. */
export interface Mistake {
  readonly code: CodeOf<'test'>;
  readonly path: YamlPath;
  /** Point at the key rather than its value (an unknown field). */
  readonly key: boolean;
  readonly message: string;
  readonly help: string | undefined;
}

/** The code of a schema error: what kind of mistake the keyword catches. */
function codeOf(keyword: string): CodeOf<'test'> {
  switch (keyword) {
    case 'required':
      return 'test/missing-field';
    case 'additionalProperties':
      return 'test/unknown-field';
    case 'type':
      return 'test/wrong-type';
    default:
      return 'test/bad-value';
  }
}

/** Why a field a test file lacks is needed, said once here rather than in every message. */
const NEEDED_FOR: Readonly<Record<string, string>> = {
  policy: 'the policy file to test, such as ../policies/my.policy',
  cases: 'the list of cases to run',
  name: 'what the case shows, in words',
  events: 'what happens during the call',
  at: 'when it happens, such as +10s',
};

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'yes or no',
  object: 'a set of fields (name: value)',
  array: 'a list (lines starting with -)',
  null: 'empty',
};

/** Decodes an ajv `instancePath` (a JSON pointer) into path segments. */
function toPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `"expect"`, `item 2 of "duties"`, or `this case` for whole items of a list. */
function subjectOf(path: readonly (string | number)[]): string {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === undefined) return 'the test file';
  if (typeof last === 'string') return `"${last}"`;
  if (parent === 'cases') return 'this case';
  if (parent === 'events') return 'this event';
  return `item ${last + 1} of "${String(parent)}"`;
}

/** A value as the author wrote it, for `found ...`. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  return String(value);
}

function allowedWords(values: readonly unknown[]): string {
  const set = new Set(values);
  if (set.size === 4 && [true, false, 'yes', 'no'].every((v) => set.has(v))) return 'yes or no';
  return `one of ${values.map(String).join(', ')}`;
}

function sentence(error: ErrorObject, path: readonly (string | number)[]): { message: string; help?: string | undefined } {
  const what = subjectOf(path);
  const found = `found ${shown(error.data)}`;
  const params = error.params as Record<string, unknown>;
  const schema = error.parentSchema as { description?: string; properties?: Record<string, unknown> } | undefined;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params['missingProperty']);
      const why = NEEDED_FOR[missing];
      return { message: `${what} needs "${missing}"${why ? `: ${why}` : ''}` };
    }
    case 'additionalProperties': {
      const extra = String(params['additionalProperty']);
      const known = Object.keys(schema?.properties ?? {});
      const hint = didYouMean(extra, known);
      return { message: `unknown field "${extra}"${hint || known.length === 0 ? '' : ` (expected ${known.join(', ')})`}`, help: hint };
    }
    case 'type': {
      const types = ([] as string[]).concat(error.schema as string | string[]);
      if (path.length === 0) return { message: 'a test file is a set of fields, starting with "policy:" and "cases:"' };
      return { message: `${what} must be ${schema?.description ?? types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')} — ${found}` };
    }
    case 'enum': {
      const values = params['allowedValues'] as readonly unknown[];
      const words = allowedWords(values);
      // "did you mean false" for "maybe" would only confuse.
      const hint = typeof error.data === 'string' && words !== 'yes or no' ? didYouMean(error.data, values.map(String)) : undefined;
      return { message: `${what} must be ${words} — ${found}`, help: hint };
    }
    case 'pattern':
      return { message: `${what} must be ${schema?.description ?? `text matching ${String(params['pattern'])}`} — ${found}` };
    case 'minimum':
      return { message: `${what} must be at least ${String(params['limit'])} — ${found}` };
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return { message: `${what} must not be empty` };
    case 'uniqueItems':
      return { message: `${what} lists ${shown((error.data as unknown[])[Number(params['j'])])} twice` };
    default:
      return { message: `${what} ${error.message ?? 'is not valid'}` };
  }
}

/**
 * The mistakes behind ajv's errors, without the noise: `if` errors only
 * repeat their `then`'s, and once a value has the wrong type, other
 * complaints about the same value say nothing new.
 */
export function schemaMistakes(errors: readonly ErrorObject[]): Mistake[] {
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const seen = new Set<string>();
  const typed = new Set<string>();
  const mistakes: Mistake[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (wrongType.has(error.instancePath)) {
      // `expect: 3` fails both `string or object` and the `else` branch's `object`.
      if (error.keyword !== 'type' || typed.has(error.instancePath)) continue;
      typed.add(error.instancePath);
    }
    const path = toPath(error.instancePath);
    const key = error.keyword === 'additionalProperties';
    const fullPath = key ? [...path, String((error.params as Record<string, unknown>)['additionalProperty'])] : path;
    const { message, help } = sentence(error, path);
    const id = `${fullPath.join('/')}\0${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    mistakes.push({ code: codeOf(error.keyword), path: fullPath, key, message, help });
  }
  return mistakes;
}
