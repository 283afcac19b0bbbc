/**
 * The language server: answers the protocol's requests for policy files
 * from a {@link Workspace}. Diagnostics come from a checker on its own
 * thread a moment after the last edit, so neither typing nor any request
 * waits for the checker; every request is answered from the document as it
 * is now.
 */
import { existsSync } from 'node:fs';
import { hasErrors, print } from '@callguard/dsl';
import { TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import type { Connection, InitializeResult, TextDocumentPositionParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { quickFixes } from './code-actions.js';
import { BackgroundChecker } from './background-checker.js';
import { completionsAt } from './completion.js';
import { definitionAt } from './definitions.js';
import { hoverAt } from './hover.js';
import type { ParsedFile } from './parsed-file.js';
import { prepareRenameAt, renameAt } from './rename.js';
import { documentSymbols } from './symbols.js';
import { uriToName, Workspace } from './workspace.js';

/** How long after the last edit a document is checked. */
const DIAGNOSTICS_DELAY_MS = 150;

/** What a client may pass as `initializationOptions`. */
export interface ServerOptions {
  /**
   * The URL the `docs/diagnostics/<code>.md` pages are relative to, for the
   * link on each diagnostic. By default, the project folder this server was
   * built in, when its docs are there.
   */
  readonly docsRoot?: string;
}

/** The project folder holding `docs/diagnostics`, found upwards from this module. */
function defaultDocsRoot(): string | undefined {
  for (let url = new URL('./', import.meta.url); url.pathname !== '/'; url = new URL('../', url)) {
    if (existsSync(new URL('docs/diagnostics/', url))) return url.href;
  }
  return undefined;
}

/** Serves policy files over `connection` until it closes. */
export function startServer(connection: Connection): void {
  const workspace = new Workspace();
  const documents = new TextDocuments(TextDocument);
  /** Checks waiting for edits to settle, by the name of the file edited. */
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  const parsed = (uri: string): ParsedFile | undefined => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const known = workspace.document(uri);
    return known && known.version === doc.version ? known : workspace.open(uri, doc.getText(), doc.version);
  };
  const at = <T>(params: TextDocumentPositionParams, answer: (file: ParsedFile, offset: number) => T): T | undefined => {
    const file = parsed(params.textDocument.uri);
    return file && answer(file, file.offset(params.position));
  };
  const checker = new BackgroundChecker(
    () => documents.all().map((doc) => ({ uri: doc.uri, text: doc.getText(), version: doc.version })),
    ({ uri, version, diagnostics }) => {
      // A reply for an older version is dropped: the check of the newer one follows.
      if (documents.get(uri)?.version === version) void connection.sendDiagnostics({ uri, version, diagnostics });
    },
    (reason) => connection.console.error(`the policy checker stopped (${reason}); it restarts with the next edit`),
  );
  /** `name` changed: a moment after the last change, check it again and every open policy built on it. */
  const changed = (name: string): void => {
    clearTimeout(pending.get(name));
    pending.set(
      name,
      setTimeout(() => {
        pending.delete(name);
        checker.changed(name);
      }, DIAGNOSTICS_DELAY_MS),
    );
  };

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as ServerOptions;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const roots = folders.filter((u) => u.startsWith('file:')).map(uriToName);
    workspace.setRoots(roots);
    checker.configure(options.docsRoot ?? defaultDocsRoot(), roots);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        completionProvider: { triggerCharacters: ['.'] },
        documentFormattingProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'callguard-language-server' },
    };
  });

  documents.onDidChangeContent(({ document }) => {
    const file = workspace.open(document.uri, document.getText(), document.version);
    checker.open({ uri: document.uri, text: file.text, version: document.version });
    changed(file.name);
  });
  documents.onDidClose(({ document }) => {
    const name = workspace.document(document.uri)?.name;
    workspace.close(document.uri);
    checker.close(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    // Policies built on it now read it from disk.
    if (name !== undefined) changed(name);
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) changed(uriToName(change.uri));
  });

  connection.onHover((params) => at(params, (file, offset) => hoverAt(workspace, file, offset)) ?? null);
  connection.onDefinition((params) => at(params, (file, offset) => definitionAt(workspace, file, offset)) ?? null);
  connection.onCompletion((params) => at(params, (file, offset) => completionsAt(workspace, file, offset)) ?? []);
  connection.onPrepareRename((params) => at(params, (file, offset) => prepareRenameAt(workspace, file, offset)) ?? null);
  connection.onRenameRequest((params) => at(params, (file, offset) => renameAt(workspace, file, offset, params.newName)) ?? null);
  connection.onDocumentSymbol(({ textDocument }) => {
    const file = parsed(textDocument.uri);
    return file ? documentSymbols(file) : [];
  });
  connection.onDocumentFormatting(({ textDocument }) => {
    const file = parsed(textDocument.uri);
    // Broken input is never reformatted.
    const text = file && !hasErrors(file.parseDiagnostics) ? print(file.ast) : undefined;
    if (!file || text === undefined || text === file.text) return [];
    return [{ range: { start: { line: 0, character: 0 }, end: file.document.positionAt(file.text.length) }, newText: text }];
  });
  connection.onCodeAction(({ textDocument, context }) => quickFixes(textDocument.uri, context.diagnostics));

  connection.onExit(() => checker.stop());

  documents.listen(connection);
  connection.listen();
}
