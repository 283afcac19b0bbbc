/**
 * A loopback HTTP server standing in for a CRM or a webhook receiver: it
 * records every request, answers as the test's handler says (or never, to
 * test timeouts), and counts what it accepted by idempotency key.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server received it. */
export interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** The body parsed as JSON, or undefined. */
  readonly json: any;
}

/** What to answer: a status and body (an object is sent as JSON), or `hang` to never answer. */
export type Answer = { readonly status: number; readonly body?: unknown; readonly headers?: Record<string, string> } | 'hang';

/** A running fake API. */
export interface FakeApi {
  readonly url: string;
  readonly received: Received[];
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 with `handler` answering each request. */
export async function fakeApi(handler: (request: Received) => Answer): Promise<FakeApi> {
  const received: Received[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = body === '' ? undefined : JSON.parse(body);
      } catch {
        json = undefined;
      }
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, json };
      received.push(request);
      const answer = handler(request);
      if (answer === 'hang') {
        hanging.add(res);
        return;
      }
      const text = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      const type = typeof answer.body === 'string' ? 'text/html' : 'application/json';
      res.writeHead(answer.status, { 'content-type': type, ...answer.headers }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers in turn from `script`, then `rest` for every later request. */
export function scripted(script: readonly Answer[], rest: Answer): () => Answer {
  let i = 0;
  return () => script[i++] ?? rest;
}
