// The browser bundle of `@callguard/engine/runtime`: the engine that loads
// `callguard build` artefacts, bundled by esbuild for the browser from the
// TypeScript sources. Part of `pnpm bench` (its gzipped size, against the
// 40 kB budget); test/bundle/runtime-bundle.test.ts runs the bundle with no
// Node globals. On its own it writes the bundle for a page to load:
//   node test/bench/runtime-bundle.mjs --out callguard-runtime.js
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The gzipped size the runtime bundle must stay under, in bytes. */
export const RUNTIME_BUNDLE_BUDGET = 40_000;

const entry = fileURLToPath(new URL('../../packages/engine/src/runtime.ts', import.meta.url));

/**
 * Bundles the runtime, minified. `format` is `esm` for pages that import it
 * or `iife` for a script that defines the global `CallGuard`.
 */
export async function bundleRuntime(format = 'esm') {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format,
    globalName: format === 'iife' ? 'CallGuard' : undefined,
    target: 'es2022',
    minify: true,
    conditions: ['source'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return {
    code,
    bytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const bundle = await bundleRuntime();
  if (at > 0 && process.argv[at + 1]) writeFileSync(process.argv[at + 1], bundle.code);
  console.log(`runtime bundle: ${bundle.bytes} bytes, ${bundle.gzipBytes} gzipped (budget ${RUNTIME_BUNDLE_BUDGET})`);
}
