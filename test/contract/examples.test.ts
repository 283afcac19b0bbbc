// Every JSON example in the docs and every example call on disk meets its
// schema. A fenced block marked ```json <schema> is checked against that
// schema; an unmarked ```json block is checked when it is recognisably an
// event or a decision. Example calls (examples/**/*.jsonl) are events.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../packages/contract/src/index.js';
import { keyOrderProblems, problems } from './validator.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SCHEMAS = ['event', 'decision', 'snapshot', 'restrictions', 'duties', 'appeals', 'explanation'];
const EVENT_TYPES = (eventSchema['properties'] as { type: { enum: string[] } }).type.enum;

/** Files under `dir` whose names end in `suffix`, skipping dependencies and generated docs. */
function files(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'api' ? [] : files(path, suffix);
    return entry.name.endsWith(suffix) ? [path] : [];
  });
}

interface Example {
  readonly where: string;
  readonly schema: string;
  readonly text: string;
}

/** The schema an unmarked block is, when it says so itself. */
function recognise(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v['type'] === 'string' && EVENT_TYPES.includes(v['type'])) return 'event';
  if ('action' in v && 'event' in v) return 'decision';
  return undefined;
}

function markdownExamples(path: string): Example[] {
  const out: Example[] = [];
  const fence = /^```json(?:[ \t]+(\S+))?[ \t]*\n([\s\S]*?)^```/gm;
  const text = readFileSync(path, 'utf8');
  for (const m of text.matchAll(fence)) {
    const line = text.slice(0, m.index).split('\n').length;
    const where = `${relative(ROOT, path)}:${line}`;
    const marked = (m[1] ?? '').trim();
    const body = m[2] ?? '';
    if (marked !== '') out.push({ where, schema: marked, text: body });
    else {
      const schema = recognise(JSON.parse(body));
      if (schema !== undefined) out.push({ where, schema, text: body });
    }
  }
  return out;
}

const docs = [...files(join(ROOT, 'docs'), '.md'), join(ROOT, 'README.md')].flatMap(markdownExamples);
const calls = files(join(ROOT, 'examples'), '.jsonl').flatMap((path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ where: `${relative(ROOT, path)}:${i + 1}`, schema: 'event', text: line }))
    .filter((e) => e.text.trim() !== ''),
);

describe('JSON examples meet the contract', () => {
  it('finds an example of every document in docs/wire-format.md', () => {
    const shown = new Set(docs.filter((d) => d.where.startsWith('docs/wire-format.md')).map((d) => d.schema));
    expect([...shown].sort()).toEqual([...SCHEMAS].sort());
  });

  it.each([...docs, ...calls].map((e) => [e.where, e] as const))('%s', (_where, example) => {
    expect(SCHEMAS, `unknown schema \`${example.schema}\``).toContain(example.schema);
    const file = `${example.schema}.schema.json`;
    const value: unknown = JSON.parse(example.text);
    expect([...problems(file, value), ...keyOrderProblems(file, value)]).toEqual([]);
  });
});
