/**
 * Writes the contract's TypeScript from its JSON Schemas: the schemas as
 * constants (`schemas.generated.ts`) and the types they describe
 * (`types.generated.ts`). `generated.test.ts` fails when either file is stale
 * and rewrites both with `pnpm run generate`.
 *
 * It reads the small part of JSON Schema (draft-07) the contract uses and
 * refuses anything else, so a schema cannot silently mean more than its type:
 * `type` (object, array, string, number, integer, boolean), `properties`,
 * `required`, `additionalProperties` (false, true or a schema), `items`, `enum`,
 * `const`, `oneOf` and `$ref` (within a file or to another contract file).
 * Keywords that only narrow a value (`pattern`, `minimum`, ...) have no type
 * of their own. A schema whose `title` is a TypeScript name becomes an
 * exported type of that name, documented by its `description`; every other
 * schema is written inline where it is used. Every member is `readonly`:
 * decisions share frozen parts, and no reader should change what it was given.
 */

/** A JSON Schema as the generator reads it. */
type Schema = { readonly [keyword: string]: unknown };

/** One schema file of the contract. */
export interface SchemaFile {
  /** The file name, e.g. `event.schema.json`; `$ref`s between files use it. */
  readonly file: string;
  /** The name of its constant, e.g. `eventSchema`. */
  readonly constant: string;
  readonly schema: Schema;
}

const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
/** Keywords that narrow a value without changing its TypeScript type. */
const NARROWING = new Set(['pattern', 'propertyNames', 'minimum', 'maximum', 'minItems', 'maxItems', 'description', 'title', 'discriminator', '$schema', '$id', 'definitions']);
const HEADER = '// Generated from packages/contract/src/schemas/*.schema.json by `pnpm run generate`. Do not edit.';

/** A schema with the file it was found in, to resolve its `$ref`s. */
interface Located {
  readonly file: string;
  readonly schema: Schema;
}

class Generator {
  /** Named types in the order first met, with their declarations. */
  private readonly declarations = new Map<string, string>();
  private readonly byFile: ReadonlyMap<string, Schema>;

  constructor(files: readonly SchemaFile[]) {
    this.byFile = new Map(files.map((f) => [f.file, f.schema]));
  }

  /** Declares every titled schema reachable from the files, in file order. */
  run(files: readonly SchemaFile[]): string {
    for (const f of files) this.visit({ file: f.file, schema: f.schema });
    return [...this.declarations.values()].join('\n\n');
  }

  /** Declares the root (when titled) and each titled definition of a file. */
  private visit(at: Located): void {
    if (isTypeName(at.schema['title'])) this.name(at);
    const definitions = (at.schema['definitions'] ?? {}) as Record<string, Schema>;
    for (const d of Object.values(definitions)) if (isTypeName(d['title'])) this.name({ file: at.file, schema: d });
  }

  /** The name of a titled schema, declaring it the first time. */
  private name(at: Located): string {
    const name = at.schema['title'] as string;
    if (this.declarations.has(name)) return name;
    const description = at.schema['description'];
    if (typeof description !== 'string') throw new Error(`${at.file}: ${name} needs a description to document its type`);
    this.declarations.set(name, ''); // reserved first, so a type may refer to itself
    const body = at.schema['type'] === 'object' && at.schema['oneOf'] === undefined
      ? `export interface ${name} ${this.objectBody(at, '')}`
      : `export type ${name} = ${this.inline(at, '')};`;
    this.declarations.set(name, `${doc(description, '')}${body}`);
    return name;
  }

  /** The type of a schema where it is used: its name when titled, else written out. */
  private use(at: Located, indent: string): string {
    const ref = at.schema['$ref'];
    if (typeof ref === 'string') return this.use(this.resolve(at.file, ref), indent);
    if (isTypeName(at.schema['title'])) return this.name(at);
    return this.inline(at, indent);
  }

  private inline(at: Located, indent: string): string {
    const s = at.schema;
    for (const key of Object.keys(s)) {
      if (!NARROWING.has(key) && !['type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'oneOf', '$ref'].includes(key)) {
        throw new Error(`${at.file}: the keyword \`${key}\` is not one the generator knows`);
      }
    }
    if (s['oneOf'] !== undefined) {
      return (s['oneOf'] as Schema[]).map((branch) => this.use({ file: at.file, schema: branch }, indent)).join(' | ');
    }
    if (s['const'] !== undefined) return literal(s['const']);
    if (s['enum'] !== undefined) return (s['enum'] as unknown[]).map(literal).join(' | ');
    switch (s['type']) {
      case 'string':
        return 'string';
      case 'number':
      case 'integer':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'array': {
        const item = this.use({ file: at.file, schema: s['items'] as Schema }, indent);
        return item.includes(' ') ? `readonly (${item})[]` : `readonly ${item}[]`;
      }
      case 'object':
        return this.objectBody(at, indent);
      default:
        throw new Error(`${at.file}: cannot write a type for ${JSON.stringify(s).slice(0, 80)}`);
    }
  }

  private objectBody(at: Located, indent: string): string {
    const s = at.schema;
    const inner = `${indent}  `;
    const required = new Set((s['required'] ?? []) as string[]);
    const lines: string[] = [];
    for (const [key, property] of Object.entries((s['properties'] ?? {}) as Record<string, Schema>)) {
      const description = property['description'];
      // A titled schema written in place documents its own type; any other description is about this member.
      if (typeof description === 'string' && !isTypeName(property['title'])) lines.push(doc(description, inner).trimEnd());
      const optional = required.has(key) ? '' : '?';
      lines.push(`${inner}readonly ${key}${optional}: ${this.use({ file: at.file, schema: property }, inner)};`);
    }
    const extra = s['additionalProperties'];
    if (extra === undefined) throw new Error(`${at.file}: objects must say additionalProperties (false, true or a schema)`);
    if (extra === true) lines.push(`${inner}readonly [key: string]: unknown;`);
    else if (extra !== false) {
      // Optional members are `T | undefined` to a reader without exactOptionalPropertyTypes, so the index must allow it too.
      const open = [...Object.keys((s['properties'] ?? {}) as object)].some((k) => !required.has(k)) ? ' | undefined' : '';
      lines.push(`${inner}readonly [key: string]: ${this.use({ file: at.file, schema: extra as Schema }, inner)}${open};`);
    }
    return lines.length === 0 ? '{}' : `{\n${lines.join('\n')}\n${indent}}`;
  }

  /** The schema a `$ref` points to: `#/a/b` in the same file, or `other.schema.json#/a/b`. */
  private resolve(file: string, ref: string): Located {
    const [target = '', pointer = ''] = ref.split('#');
    const targetFile = target === '' ? file : target;
    let node: unknown = this.byFile.get(targetFile);
    if (node === undefined) throw new Error(`${file}: $ref ${ref} names no contract file`);
    for (const part of pointer.split('/').filter((p) => p !== '')) {
      node = (node as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
      if (node === undefined) throw new Error(`${file}: $ref ${ref} points at nothing`);
    }
    return { file: targetFile, schema: node as Schema };
  }
}

/** A literal type in the project's style (single-quoted strings). */
function literal(value: unknown): string {
  if (typeof value === 'string' && !/['\\\n]/.test(value)) return `'${value}'`;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  throw new Error(`cannot write ${JSON.stringify(value)} as a literal type`);
}

function isTypeName(title: unknown): title is string {
  return typeof title === 'string' && TYPE_NAME.test(title);
}

/** A doc comment, wrapped at about 100 columns. */
function doc(text: string, indent: string): string {
  const words = text.replaceAll('*/', '*\\/').split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && indent.length + 3 + line.length + 1 + word.length > 100) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  if (lines.length === 1) return `${indent}/** ${line} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`).join('\n')}\n${indent} */\n`;
}

/** `types.generated.ts`: every titled schema as a TypeScript type. */
export function generateTypes(files: readonly SchemaFile[]): string {
  return `${HEADER}\n\n${new Generator(files).run(files)}\n`;
}

/** `schemas.generated.ts`: each schema file as a constant, exactly as written. */
export function generateSchemas(files: readonly SchemaFile[]): string {
  const constants = files.map((f) => {
    const title = typeof f.schema['title'] === 'string' ? f.schema['title'] : f.file;
    return `/** The JSON Schema of ${title} (\`${f.file}\`). */\nexport const ${f.constant}: JsonSchema = ${JSON.stringify(f.schema, null, 2)};`;
  });
  return [HEADER, "import type { JsonSchema } from './json-schema.js';", ...constants, ''].join('\n\n');
}
