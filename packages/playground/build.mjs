// Builds the playground into dist/: one bundled script (the dsl and the
// engine included, compiled from their TypeScript sources), the page and
// its stylesheet. A static site: serve dist/ from anywhere, or open
// dist/index.html from disk (a classic script, so file:// works too).
//   node packages/playground/build.mjs
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const src = new URL('./src/', import.meta.url);
const dist = new URL('./dist/', import.meta.url);
mkdirSync(dist, { recursive: true });
await build({
  entryPoints: [new URL('app/main.ts', src).pathname],
  outfile: new URL('playground.js', dist).pathname,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022'],
  conditions: ['source'],
  loader: { '.policy': 'text' },
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
for (const file of ['index.html', 'playground.css']) copyFileSync(new URL(file, src), new URL(file, dist));
