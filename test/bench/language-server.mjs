// Response times of the language server on the generated 1,000-rule policy
// (issue: every response within 50 ms), measured as an editor sees them:
// requests over stdio to the BUILT server, timed from send to answer.
// `run.mjs` runs this in a process of its own; on its own:
//   npx tsc -b packages/cli packages/language-server && node test/bench/language-server.mjs [--json]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { positionOf, startClient } from '../../packages/language-server/test/lsp-client.mjs';
import { loadGenerator } from './compile.mjs';

const RUNS = 30;
const WARMUP = 5;
const TARGET_MS = 50;
/** The server checks a document this long after the last edit (server.ts). */
const DIAGNOSTICS_DELAY_MS = 150;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x * 10) / 10;

async function timed(fn) {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Median and maximum milliseconds of each request, and the machine's load while measuring. */
export async function measureLanguageServer() {
  const { generatePolicy } = await loadGenerator();
  const text = generatePolicy(1000);
  const dir = mkdtempSync(join(tmpdir(), 'callguard-lsp-bench-'));
  const file = join(dir, 'generated-1000.policy');
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const client = await startClient(pathToFileURL(dir).href);
  const { connection } = client;
  let version = 1;
  const first = client.diagnostics(uri);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'callguard-policy', version, text } });
  const errors = (await first).filter((d) => d.severity === 1);
  if (errors.length > 0) throw new Error(`the generated policy has errors: ${errors[0].message}`);

  // The last rule's script, behaviour and name: far from the start of the file.
  const doc = { textDocument: { uri } };
  const last = (needle, delta) => ({ ...doc, position: positionOf(text, needle, delta, text.split(needle).length - 2) });
  const edit = () => ({ textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: positionOf(text, 'r500 '), end: positionOf(text, 'r500 ') }, text: '' }] });
  const requests = {
    hover: () => connection.sendRequest('textDocument/hover', last('customer ', 10)),
    definition: () => connection.sendRequest('textDocument/definition', last('with warn_abuse', 6)),
    completion: () => connection.sendRequest('textDocument/completion', last('with warn_abuse', 5)),
    'completion after an edit': async () => {
      await connection.sendNotification('textDocument/didChange', edit());
      return connection.sendRequest('textDocument/completion', last('with warn_abuse', 5));
    },
    'document symbols': () => connection.sendRequest('textDocument/documentSymbol', doc),
    formatting: () => connection.sendRequest('textDocument/formatting', { ...doc, options: { tabSize: 2, insertSpaces: true } }),
    'rename (600 uses)': () => connection.sendRequest('textDocument/rename', { ...last('with warn_abuse', 6), newName: 'warning_words' }),
    'diagnostics after an edit': async () => {
      const published = client.diagnostics(uri, version + 1);
      await connection.sendNotification('textDocument/didChange', edit());
      await published;
    },
  };
  const results = {};
  for (const [name, fn] of Object.entries(requests)) {
    const times = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const ms = await timed(fn);
      if (i >= WARMUP) times.push(name.startsWith('diagnostics') ? ms - DIAGNOSTICS_DELAY_MS : ms);
    }
    results[name] = { median_ms: round(median(times)), max_ms: round(Math.max(...times)) };
  }
  await client.stop();
  rmSync(dir, { recursive: true, force: true });

  return { language_server_1000_rules: results, language_server_kb: Math.round(text.length / 1024), language_server_load_average: round(loadavg()[0]) };
}

/** The figures of {@link measureLanguageServer} as a table. */
export function printLanguageServer(figures, log = console.log) {
  log(`language server, generated 1,000-rule policy (${figures.language_server_kb} KB), ${RUNS} runs after ${WARMUP} warm-up, over stdio (load average ${figures.language_server_load_average}):`);
  for (const [name, r] of Object.entries(figures.language_server_1000_rules)) {
    const met = r.max_ms < TARGET_MS ? 'yes' : r.median_ms < TARGET_MS ? 'median only' : 'no';
    log(`  ${name.padEnd(28)} median ${String(r.median_ms).padStart(6)} ms   max ${String(r.max_ms).padStart(6)} ms   < ${TARGET_MS} ms: ${met}`);
  }
  log(`  (diagnostics: time to publish less the server's ${DIAGNOSTICS_DELAY_MS} ms wait after the last edit)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measureLanguageServer();
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
  else printLanguageServer(figures);
}
