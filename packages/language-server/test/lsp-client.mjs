// A protocol client for the tests and the benchmark: starts the BUILT
// server (`dist/bin.js --stdio`) as a child process and talks to it over
// its stdin and stdout, as an editor does. Plain JavaScript so the
// benchmark (which runs on built code) can use it too.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

/** The built server's entry point. */
export const SERVER_BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/**
 * @typedef {object} LspClient
 * @property {import('vscode-languageserver-protocol/node').ProtocolConnection} connection
 * @property {(uri: string, version?: number) => Promise<import('vscode-languageserver-protocol/node').Diagnostic[]>} diagnostics
 *   resolves with the next diagnostics published for `uri` (at `version`, when given)
 * @property {() => Promise<void>} stop shuts the server down and waits for it to exit
 */

/**
 * Starts the built server (or the one at `bin`) and initializes it with `rootUri`.
 * @param {string} rootUri
 * @param {string} [bin]
 * @returns {Promise<LspClient>}
 */
export async function startClient(rootUri, bin = SERVER_BIN) {
  const child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  /** @type {{ uri: string, version: number | undefined, resolve: (d: import('vscode-languageserver-protocol/node').Diagnostic[]) => void }[]} */
  const waiting = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const i = waiting.findIndex((w) => w.uri === params.uri && (w.version === undefined || w.version === params.version));
    if (i >= 0) waiting.splice(i, 1)[0].resolve(params.diagnostics);
  });
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri, capabilities: {} });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    diagnostics: (uri, version) => new Promise((resolve) => waiting.push({ uri, version, resolve })),
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
}

/**
 * The position of the `nth` occurrence of `needle` in `text`, plus `delta` characters.
 * @param {string} text
 * @param {string} needle
 * @returns {import('vscode-languageserver-protocol/node').Position}
 */
export function positionOf(text, needle, delta = 0, nth = 0) {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`\`${needle}\` not found`);
  }
  const before = text.slice(0, offset + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}
