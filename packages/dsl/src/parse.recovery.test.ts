/**
 * Pins how `parse` recovers from broken policies: which partial items are
 * kept, where their spans end, and which diagnostics are reported. Each
 * `packages/dsl/test/fixtures/recovery/<name>.policy` (a slice of an
 * example policy with one deliberate break, named for it) has a readable
 * outline of its parse result in `__snapshots__/<name>.txt` beside it.
 * After an intended change, review the diff of `vitest run <this file> -u`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from './ast.js';
import { parse } from './parse.js';
import type { ParseResult } from './parse.js';
import type { Span } from './span.js';
import { CHILD_KEYS } from './visit.js';

const folder = join(import.meta.dirname, '../test/fixtures/recovery');
const snapshots = join(folder, '__snapshots__');
const fixtures = readdirSync(folder).filter((f) => f.endsWith('.policy')).sort();

/** `line:col-line:col`, 1-based, columns in code points. */
function at(span: Span): string {
  const start = span.source.position(span.start);
  const end = span.source.position(span.end);
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

/**
 * One line per node: the key it hangs under, its kind, span and scalar
 * values (`value` and `raw` bare, true flags by name, others as key=value),
 * then its children, indented, in the formatter's order.
 */
function outline(node: Node, label: string, depth: number, out: string[]): void {
  const record = node as unknown as Record<string, unknown>;
  const childKeys: readonly string[] = CHILD_KEYS[node.kind];
  const scalars: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (key === 'kind' || key === 'span' || childKeys.includes(key) || value === undefined || value === false) continue;
    if (value === true) scalars.push(key);
    else if (key === 'value') scalars.push(JSON.stringify(value));
    else if (key === 'raw') {
      if (String(record['value']) !== value) scalars.push(JSON.stringify(value));
    } else if (typeof value === 'object') {
      // A rule's `on`: the same node as its name, so not a child.
      scalars.push(value === record['name'] ? key : `${key}=${JSON.stringify((value as { value?: unknown }).value)}`);
    } else scalars.push(`${key}=${JSON.stringify(value)}`);
  }
  out.push(`${'  '.repeat(depth)}${label}${node.kind} ${at(node.span)}${scalars.map((s) => ` ${s}`).join('')}`);
  for (const key of childKeys) {
    const value = record[key];
    for (const child of value === undefined ? [] : Array.isArray(value) ? value : [value]) {
      outline(child as Node, `${key}: `, depth + 1, out);
    }
  }
}

/** The diagnostics (code, severity, span, message, help), then the tree's outline. */
function render({ ast, diagnostics }: ParseResult): string {
  const out = [`diagnostics: ${diagnostics.length}`];
  for (const d of diagnostics) {
    out.push(`  ${d.code} ${d.severity} ${at(d.span)} ${d.message}`);
    if (d.help !== undefined) out.push(`    help: ${d.help}`);
    for (const r of d.related) out.push(`    related ${at(r.span)}: ${r.message}`);
  }
  out.push('tree:');
  outline(ast, '', 1, out);
  return `${out.join('\n')}\n`;
}

describe('parse recovery', () => {
  it.each(fixtures)('%s', async (file) => {
    const result = parse(readFileSync(join(folder, file), 'utf8'), { name: file });
    expect(result.diagnostics.map((d) => d.code)).not.toContain('parse/internal-error');
    await expect(render(result)).toMatchFileSnapshot(join(snapshots, file.replace(/\.policy$/, '.txt')));
  });

  // A missing snapshot fails above (under CI); a snapshot left behind by a removed fixture fails here.
  it('has no snapshot without a fixture', () => {
    expect(fixtures.length).toBeGreaterThan(40);
    const orphans = existsSync(snapshots)
      ? readdirSync(snapshots).filter((f) => !fixtures.includes(f.replace(/\.txt$/, '.policy')))
      : [];
    expect(orphans).toEqual([]);
  });
});
