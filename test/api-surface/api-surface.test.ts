// The public surface of every package: each export's declaration as the
// built .d.ts files give it, comments dropped, compared with the files beside
// this test. A change to what embedders can import shows up in review as a
// change to these files; update them on purpose with
// `npx vitest run test/api-surface -u` after `pnpm build`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { workspacePackages } from '../workspace/packages.js';

const printer = ts.createPrinter({ removeComments: true });

const entries = workspacePackages().flatMap((pkg) =>
  pkg.entries.map((entry) => ({
    label: entry.subpath === '.' ? pkg.name : `${pkg.name}/${entry.subpath.slice(2)}`,
    file: join(pkg.dir, entry.types),
  })),
);

// One program for every entry: the packages' declarations share most files.
const program = ts.createProgram(
  entries.map((e) => e.file).filter((f) => existsSync(f)),
  { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, skipLibCheck: true },
);
const checker = program.getTypeChecker();

/** Every declaration `file` exports, sorted by exported name, printed without comments. */
function surface(file: string): string {
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`${file} is not a module`);
  const blocks = checker
    .getExportsOfModule(module)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((exported) => {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = (target.declarations ?? []).map((d) => printer.printNode(ts.EmitHint.Unspecified, d, d.getSourceFile()));
      const renamed = target.name === exported.name ? '' : ` (declared as ${target.name})`;
      return `// ${exported.name}${renamed}\n${declarations.join('\n')}\n`;
    });
  return blocks.join('\n');
}

describe('the public API surface', () => {
  for (const { label, file } of entries) {
    it(label, async () => {
      expect(existsSync(file), `${file} is missing: run \`pnpm build\` first`).toBe(true);
      const name = label.replace('@callguard/', '').replace('/', '.');
      await expect(surface(file)).toMatchFileSnapshot(`./${name}.api.txt`);
    });
  }
});
