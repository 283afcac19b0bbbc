/**
 * The checker's own thread: a mirror of the open documents, checked when
 * the main thread says a file changed. Checking a large policy takes tens of
 * milliseconds; here it never holds up an answer to a request.
 */
import { parentPort } from 'node:worker_threads';
import { diagnose } from './diagnostics.js';
import type { CheckerReply, CheckerRequest } from './checker-messages.js';
import { Workspace } from './workspace.js';

const port = parentPort;
if (!port) throw new Error('checker-thread runs only as a worker thread');

const workspace = new Workspace();
let docsRoot: string | undefined;

port.on('message', (message: CheckerRequest) => {
  switch (message.kind) {
    case 'configure':
      docsRoot = message.docsRoot;
      workspace.setRoots(message.roots);
      break;
    case 'open':
      workspace.open(message.uri, message.text, message.version);
      break;
    case 'close':
      workspace.close(message.uri);
      break;
    case 'changed':
      // Every open policy built on the changed file is checked again.
      for (const file of workspace.documents()) {
        if (!workspace.chain(file).some((f) => f.name === message.name)) continue;
        const reply: CheckerReply = { uri: file.uri, version: file.version, diagnostics: diagnose(workspace, file, docsRoot) };
        port.postMessage(reply);
      }
      break;
  }
});
