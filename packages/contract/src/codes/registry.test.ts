/**
 * Meta-tests: the registry, the docs pages and the code that reports
 * problems stay in step, for every family.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES, CODE_FAMILIES, codeDocPath, isCode } from './registry.js';

const ROOT = resolve(import.meta.dirname, '../../../..');
const pages = readdirSync(join(ROOT, 'docs/diagnostics')).filter((f) => f.endsWith('.md'));

/** Every non-test TypeScript file of every package. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : sourceFiles(join(dir, e.name));
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.generated.ts') ? [join(dir, e.name)] : [];
  });
}

describe('the code registry', () => {
  it('lists each code once, as family/name in lowercase words', () => {
    expect(new Set(CODES).size).toBe(CODES.length);
    for (const code of CODES) expect(code).toMatch(/^[a-z]+\/[a-z]+(-[a-z]+)*$/);
  });

  it('has a docs page for every code and a code for every page', () => {
    expect(pages.map((p) => `docs/diagnostics/${p}`).sort()).toEqual(CODES.map(codeDocPath).sort());
  });

  it('covers every family with codes and pages', () => {
    const families = new Set(CODES.map((c) => c.split('/')[0]));
    expect([...families].sort()).toEqual(Object.keys(CODE_FAMILIES).sort());
    for (const family of families) expect(pages.some((p) => p.startsWith(`${family}-`)), family).toBe(true);
  });

  it('names each page after its code, in its title', () => {
    for (const code of CODES) {
      const title = readFileSync(join(ROOT, codeDocPath(code)), 'utf8').split('\n')[0];
      expect(title, code).toMatch(new RegExp(`^# \`${code}\`: \\S`));
    }
  });

  it('knows every code the packages write', () => {
    const families = Object.keys(CODE_FAMILIES).join('|');
    const written = new RegExp(`'((?:${families})/[a-z]+(?:-[a-z]+)*)'`, 'g');
    const unknown = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'packages'))) {
      if (file.includes(join('contract', 'src', 'codes'))) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(written)) if (!isCode(m[1]!)) unknown.add(`${m[1]} (${file.slice(ROOT.length + 1)})`);
    }
    expect([...unknown]).toEqual([]);
  });
});
