// Slow (about 10 s): builds the extension and packs it with vsce, as .ci/run
// does, then checks what the .vsix holds and that its bundled language
// server answers over stdio on its own, its diagnostics linking to the
// pages packed beside it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClient } from '../../language-server/test/lsp-client.mjs';

const here = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'callguard-vsix-'));
const vsix = join(work, 'callguard-policies.vsix');

beforeAll(() => {
  execFileSync(process.execPath, ['build.mjs'], { cwd: here });
  const vsce = join(here, 'node_modules/@vscode/vsce/vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], { cwd: here, encoding: 'utf8' });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed extension', () => {
  it('holds the client, the server, the grammar, the schema and the docs pages, and no sources', () => {
    // A zip names each file in plain text in its headers.
    const names = readFileSync(vsix).toString('latin1');
    for (const file of [
      'extension/package.json',
      'extension/dist/extension.cjs',
      'extension/dist/server.mjs',
      'extension/dist/checker-thread.js',
      'extension/syntaxes/callguard-policy.tmLanguage.json',
      'extension/language-configuration.json',
      'extension/schemas/test-file.schema.json',
      'extension/docs/diagnostics/check-unknown-behaviour.md',
      'extension/LICENSE',
    ]) {
      expect(names, file).toContain(file);
    }
    expect(names).not.toContain('extension/src/');
    expect(names).not.toContain('extension/node_modules/');
  });

  it('runs its bundled language server over stdio', async () => {
    const client = await startClient(pathToFileURL(work).href, join(here, 'dist/server.mjs'));
    try {
      const uri = pathToFileURL(join(work, 'typed.policy')).href;
      writeFileSync(fileURLToPath(uri), '');
      const published = client.diagnostics(uri);
      const text = 'policy "p" {\n  version "1.0.0"\n  stance warn_then_end\n  rule r "R" {\n    when customer swearing\n    do warn\n  }\n}\n';
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'callguard-policy', version: 1, text } });
      const [d] = await published;
      expect(d?.code).toBe('check/unknown-behaviour');
      expect(d?.codeDescription?.href).toBe(pathToFileURL(join(here, 'docs/diagnostics/check-unknown-behaviour.md')).href);
    } finally {
      await client.stop();
    }
  });
});
