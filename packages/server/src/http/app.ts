/**
 * The HTTP face of the service (fastify): body parsing that keeps the raw
 * text for signatures, authentication, errors as problem details, request
 * timing, and the core routes. Adapters add their own routes.
 */
import { STATUS_CODES, createServer } from 'node:http';
import type { Duplex } from 'node:stream';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Auth } from '../config/types.js';
import { authenticator } from './auth.js';
import type { ServiceMetrics } from './metrics.js';
import { ServiceError } from './problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The body as received, for signature checks ('' when none). */
    rawBody: string;
    /** When the request arrived (process.hrtime.bigint). */
    startedAt: bigint;
  }
  interface FastifyContextConfig {
    /** `service`: the configured bearer token or HMAC; `none`: open; `twilio`: the route checks X-Twilio-Signature itself. */
    auth?: 'service' | 'none' | 'twilio';
  }
}

/** What {@link buildApp} needs. */
export interface AppOptions {
  readonly auth: Auth;
  readonly bodyLimitBytes: number;
  readonly requestTimeoutMs: number;
  readonly logLevel: string;
  /** Where logs go; standard output when absent. */
  readonly logStream?: { write(line: string): unknown };
  readonly metrics: ServiceMetrics;
  readonly now: () => number;
  /** True once shutdown has begun. */
  readonly closing: () => boolean;
}

/** Builds the fastify instance with parsing, auth, errors and timing; routes are added by the caller. */
export function buildApp(options: AppOptions): FastifyInstance {
  const app = Fastify({
    logger: options.logStream === undefined ? { level: options.logLevel } : { level: options.logLevel, stream: options.logStream },
    bodyLimit: options.bodyLimitBytes,
    // A slow client gets 408 once requestTimeoutMs has passed without its whole request;
    // Node checks for such clients every connectionsCheckingInterval.
    serverFactory: (handler) =>
      createServer(
        {
          requestTimeout: options.requestTimeoutMs,
          headersTimeout: options.requestTimeoutMs,
          connectionsCheckingInterval: Math.min(1000, Math.ceil(options.requestTimeoutMs / 2)),
        },
        handler,
      ),
    // Decisions are logged with their call; a line per request would double the log at no gain.
    logController: new LogController({ disableRequestLogging: true }),
    // Requests Node cannot read, or that arrive too slowly, never reach a route: answered here, in the same shape.
    clientErrorHandler: (error, socket) => answerClientError(error, socket, options.metrics),
    return503OnClosing: false,
    forceCloseConnections: 'idle',
  });
  app.decorateRequest('rawBody', '');
  app.decorateRequest('startedAt', 0n);

  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['application/json', 'application/problem+json'], { parseAs: 'string' }, (request, body, done) => {
    const text = String(body);
    request.rawBody = text;
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      done(new ServiceError('service/not-json', `the body is not JSON: ${(error as Error).message}`), undefined);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (request, body, done) => {
    request.rawBody = String(body);
    done(null, formFields(request.rawBody));
  });

  const check = authenticator(options.auth, options.now);
  // Callback-style hooks: an async one costs a promise on every request.
  app.addHook('onRequest', (request, _reply, done) => {
    request.startedAt = process.hrtime.bigint();
    done(options.closing() ? new ServiceError('service/shutting-down', 'the service is shutting down; retry on another instance') : undefined);
  });
  // A response during shutdown closes its connection, so a keep-alive client does not hold the shutdown up.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (options.closing()) reply.header('connection', 'close');
    done(null, payload);
  });
  app.addHook('preHandler', (request, _reply, done) => {
    try {
      if (!request.is404 && (request.routeOptions.config.auth ?? 'service') === 'service') check(request);
    } catch (error) {
      done(error as ServiceError);
      return;
    }
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    options.metrics.observe(route, Number(process.hrtime.bigint() - request.startedAt) / 1e9);
    if (reply.statusCode >= 500) request.log.warn({ route, status: reply.statusCode }, 'request failed');
    done();
  });

  app.setNotFoundHandler((request, reply) => {
    sendProblem(reply, new ServiceError('service/not-found', `no route ${request.method} ${request.url.split('?')[0]}`), options.metrics);
  });
  app.setErrorHandler((error, request, reply) => {
    sendProblem(reply, toServiceError(error, request), options.metrics);
  });
  return app;
}

/** Sends a problem-details response. */
export function sendProblem(reply: FastifyReply, error: ServiceError, metrics: ServiceMetrics): FastifyReply {
  metrics.rejected(error.code);
  return reply.code(error.status).type('application/problem+json').send(JSON.stringify(error.toProblem()));
}

/** Answers a request that failed below the routes (unreadable, too slow) with problem details, then closes its connection. */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex, metrics: ServiceMetrics): void {
  // A reset connection is gone: there is no one to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? new ServiceError('service/request-timeout', 'the whole request did not arrive in time; send it again without pausing')
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? new ServiceError('service/headers-too-large', 'the request headers are larger than the service reads')
        : new ServiceError('service/bad-request', `the request cannot be read as HTTP (${error.code ?? error.message})`);
  metrics.rejected(problem.code);
  if (socket.writable) {
    const body = JSON.stringify(problem.toProblem());
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Every failure as a {@link ServiceError}: fastify's own (body too large, media type) by their status. */
function toServiceError(error: unknown, request: FastifyRequest): ServiceError {
  if (error instanceof ServiceError) return error;
  const status = (error as { statusCode?: number }).statusCode;
  const message = (error as Error).message ?? String(error);
  if (status === 413) return new ServiceError('service/body-too-large', message);
  if (status === 415) return new ServiceError('service/unsupported-media-type', `${message}; send application/json (or form-encoded to the Twilio routes)`);
  if (status === 404) return new ServiceError('service/not-found', message);
  if (status === 405) return new ServiceError('service/method-not-allowed', message);
  if (status !== undefined && status >= 400 && status < 500) {
    return String(request.headers['content-type'] ?? '').includes('form') ? new ServiceError('service/bad-form', message) : new ServiceError('service/not-json', message);
  }
  request.log.error({ err: error }, 'unexpected failure');
  return new ServiceError('service/internal', 'the service failed on this request; the log has the details');
}

/** A form body as fields; a field sent more than once becomes a list, as Twilio's signature expects. */
export function formFields(body: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [key, value] of new URLSearchParams(body)) {
    const before = fields[key];
    fields[key] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
  }
  return fields;
}
