/** Meta-tests: codes, docs pages and the code's own diagnostics stay in step. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/policy-files.js';
import { checkText } from './check.js';
import { DIAGNOSTIC_CODES, diagnosticDocPath } from './codes.js';

const pages = readdirSync(join(ROOT, 'docs/diagnostics')).filter((f) => f.endsWith('.md'));
const page = (code: string) => readFileSync(join(ROOT, diagnosticDocPath(code)), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

describe('diagnostic codes', () => {
  it('every code has a docs page and every page a code', () => {
    expect(pages.map((p) => `docs/diagnostics/${p}`).sort()).toEqual(DIAGNOSTIC_CODES.map(diagnosticDocPath).sort());
  });

  it('every code the parser or checker writes is listed', () => {
    const written = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'packages/dsl/src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'((?:parse|check)\/[a-z-]+)'/g)) written.add(m[1]!);
    }
    expect([...written].filter((c) => !(DIAGNOSTIC_CODES as readonly string[]).includes(c))).toEqual([]);
  });

  it.each(DIAGNOSTIC_CODES.filter((c) => page(c).includes('```policy')))('the example on the page of %s triggers it', (code) => {
    const text = page(code);
    const example = /```policy\n([\s\S]*?)```/.exec(text)![1]!;
    const severity = /Severity: \*\*(\w+)\*\*/.exec(text)?.[1];
    const { diagnostics } = checkText(example, 'example.policy');
    expect(diagnostics.map((d) => `${d.code} ${d.severity}`)).toContain(`${code} ${severity}`);
  });
});
