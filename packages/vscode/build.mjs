// Builds the extension into this folder, ready for `vsce package`:
// dist/extension.cjs (the client, CommonJS as VS Code loads it),
// dist/server.mjs (the language server with the dsl, one file) and
// dist/checker-thread.js (its checker's thread), the policy
// test files' JSON Schema under schemas/, the diagnostics' pages under
// docs/diagnostics/ (the server links each diagnostic to its page here),
// and the licence.
//   node packages/vscode/build.mjs
import { copyFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const here = new URL('./', import.meta.url);
const root = new URL('../../', import.meta.url);
const path = (url) => url.pathname;


const common = { bundle: true, minify: true, platform: 'node', target: ['node20'], conditions: ['source'], sourcemap: true, logLevel: 'warning' };
await build({ ...common, entryPoints: [path(new URL('src/extension.ts', here))], outfile: path(new URL('dist/extension.cjs', here)), format: 'cjs', external: ['vscode'] });
// The server and its checker thread, which the server finds beside itself as `checker-thread.js`.
for (const [entry, out] of [
  ['bin.ts', 'server.mjs'],
  ['checker-thread.ts', 'checker-thread.js'],
]) {
  await build({
    ...common,
    entryPoints: [path(new URL(`packages/language-server/src/${entry}`, root))],
    outfile: path(new URL(`dist/${out}`, here)),
    format: 'esm',
    // vscode-languageserver is CommonJS and requires Node's modules.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
}

mkdirSync(new URL('schemas/', here), { recursive: true });
copyFileSync(new URL('packages/contract/src/schemas/test-file.schema.json', root), new URL('schemas/test-file.schema.json', here));
rmSync(new URL('docs/', here), { recursive: true, force: true });
cpSync(new URL('docs/diagnostics/', root), new URL('docs/diagnostics/', here), { recursive: true });
copyFileSync(new URL('LICENSE', root), new URL('LICENSE', here));
