/**
 * The CallGuard extension: starts the language server (bundled beside this
 * file) for `.policy` files, and adds "CallGuard: Run Policy Tests", which
 * runs `callguard test` on the open test file, or on every test file in the
 * workspace that names the open policy.
 */
import { basename, dirname } from 'node:path';
import { commands, ShellExecution, Task, tasks, TaskScope, window, workspace } from 'vscode';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { testFilesFor } from './test-files.js';

let client: LanguageClient | undefined;

/** Called by VS Code when a policy file is opened or the command is run. */
export async function activate(context: ExtensionContext): Promise<void> {
  const server = context.asAbsolutePath('dist/server.mjs');
  client = new LanguageClient(
    'callguard',
    'CallGuard policies',
    { module: server, transport: TransportKind.stdio },
    {
      documentSelector: [{ language: 'callguard-policy' }],
      // Bases read from disk are checked again when they change.
      synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.policy') },
    },
  );
  context.subscriptions.push(commands.registerCommand('callguard.runTests', runTests));
  await client.start();
}

/** Called by VS Code on shutdown. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}

async function runTests(): Promise<void> {
  const document = window.activeTextEditor?.document;
  const file = document?.uri.scheme === 'file' ? document.uri.fsPath : undefined;
  if (!document || !file || !(file.endsWith('.policy') || file.endsWith('.test.yaml'))) {
    void window.showErrorMessage('Open a .policy file or a .test.yaml file to run its policy tests.');
    return;
  }
  let files = [file];
  if (file.endsWith('.policy')) {
    const found = await workspace.findFiles('**/*.test.yaml', '**/node_modules/**');
    const candidates = await Promise.all(found.map(async (uri) => ({ path: uri.fsPath, text: new TextDecoder().decode(await workspace.fs.readFile(uri)) })));
    files = testFilesFor(file, candidates);
    if (files.length === 0) {
      void window.showInformationMessage(`No .test.yaml file in the workspace names ${basename(file)} as its policy.`);
      return;
    }
  }
  await document.save();
  const command = workspace.getConfiguration('callguard').get<string>('command') ?? 'callguard';
  const line = [command, 'test', '--coverage', ...files.map((f) => JSON.stringify(f))].join(' ');
  const folder = workspace.getWorkspaceFolder(document.uri);
  const task = new Task({ type: 'callguard', files }, folder ?? TaskScope.Workspace, `test ${basename(file)}`, 'callguard', new ShellExecution(line, { cwd: folder?.uri.fsPath ?? dirname(file) }));
  await tasks.executeTask(task);
}
