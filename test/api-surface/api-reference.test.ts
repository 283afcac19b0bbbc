// The API reference's front page (docs/api-reference.md, typedoc's readme)
// introduces every entry point of every package, and typedoc documents each
// under its package name (an `@module` tag) with the entry's source
// resolved in tsconfig.docs.json, so types link across packages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, workspacePackages } from '../workspace/packages.js';

const entries = workspacePackages().flatMap((pkg) =>
  pkg.entries.map((entry) => {
    const source = (pkg.manifest['exports'] as Record<string, { source: string }>)[entry.subpath]!.source;
    return { name: entry.subpath === '.' ? pkg.name : `${pkg.name}/${entry.subpath.slice(2)}`, source: join(pkg.dir, source).slice(root.length + 1) };
  }),
);
const typedoc = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
const paths = (JSON.parse(readFileSync(join(root, 'tsconfig.docs.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths;
const front = readFileSync(join(root, 'docs/api-reference.md'), 'utf8');

describe('the API reference', () => {
  it.each(entries)('documents $name under its name, from its source, introduced on the front page', ({ name, source }) => {
    expect(typedoc.entryPoints).toContain(source);
    expect(readFileSync(join(root, source), 'utf8')).toMatch(new RegExp(`^ \\* @module ${name.replace(/[/.]/g, '\\$&')}$`, 'm'));
    expect(front).toContain(`{@link "${name}"! | ${name}}`);
    const mapped = paths[name] ?? paths['@callguard/*']?.map((p) => p.replace('*', name.slice('@callguard/'.length)));
    expect(mapped).toEqual([`./${source}`]);
  });
});
