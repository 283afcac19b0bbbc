/**
 * Runs the checker on a thread of its own (`checker-thread.ts`) and keeps
 * it in step with the editor's documents, so that diagnostics never delay
 * hover, completion or formatting. A checker thread that dies is started
 * again with the documents as they are now.
 */
import { Worker } from 'node:worker_threads';
import type { CheckerReply, CheckerRequest } from './checker-messages.js';

/** What the checker is told about the editor's open documents. */
export interface OpenDocument {
  readonly uri: string;
  readonly text: string;
  readonly version: number;
}

export class BackgroundChecker {
  #worker: Worker | undefined;
  #configuration: CheckerRequest = { kind: 'configure', docsRoot: undefined, roots: [] };
  #stopped = false;

  /**
   * `documents` lists the open documents (to fill a restarted thread);
   * `publish` receives each document's diagnostics; `failed` hears why a
   * thread died.
   */
  constructor(
    private readonly documents: () => Iterable<OpenDocument>,
    private readonly publish: (reply: CheckerReply) => void,
    private readonly failed: (reason: string) => void,
  ) {}

  configure(docsRoot: string | undefined, roots: readonly string[]): void {
    this.#configuration = { kind: 'configure', docsRoot, roots };
    this.#post(this.#configuration);
  }

  open(document: OpenDocument): void {
    this.#post({ kind: 'open', uri: document.uri, text: document.text, version: document.version });
  }

  close(uri: string): void {
    this.#post({ kind: 'close', uri });
  }

  /** Checks again every open document built on the file `name`. */
  changed(name: string): void {
    this.#post({ kind: 'changed', name });
  }

  /** Ends the thread; nothing is checked afterwards. */
  stop(): void {
    this.#stopped = true;
    void this.#worker?.terminate();
    this.#worker = undefined;
  }

  #post(message: CheckerRequest): void {
    if (this.#stopped) return;
    this.#thread().postMessage(message);
  }

  /** The running thread, started (and told the current state) when there is none. */
  #thread(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./checker-thread.js', import.meta.url));
    // The server process ends when the editor's connection does, whatever the thread is doing.
    worker.unref();
    worker.on('message', (reply: CheckerReply) => this.publish(reply));
    worker.on('error', (error) => this.failed(error.message));
    worker.on('exit', () => {
      if (this.#worker === worker) this.#worker = undefined;
    });
    this.#worker = worker;
    worker.postMessage(this.#configuration);
    for (const document of this.documents()) worker.postMessage({ kind: 'open', uri: document.uri, text: document.text, version: document.version } satisfies CheckerRequest);
    return worker;
  }
}
