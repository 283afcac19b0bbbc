/**
 * Checks the credentials of callers of `/v1/calls` and `/v1/connect`: a
 * bearer token, or an HMAC-SHA256 signature over the request with a
 * timestamp, each signature accepted once.
 *
 * The signed message is `<timestamp>\n<METHOD>\n<path and query>\n<body>`,
 * sent as `X-CallGuard-Timestamp: <unix seconds>` and
 * `X-CallGuard-Signature: v1=<hex>`.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Auth } from '../config/types.js';
import { ServiceError } from './problem.js';

/** The parts of a request the check reads. */
export interface SignedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The body exactly as received ('' when none). */
  readonly rawBody: string;
}

/** At most this many signatures are remembered to refuse replays; past it the oldest go first. */
const MAX_REMEMBERED = 200_000;

/** Equal strings in time that does not depend on where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** The `v1=` signature of a request, as a client computes it. */
export function hmacSignature(secret: string, timestamp: string, method: string, url: string, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}\n${method}\n${url}\n${body}`).digest('hex')}`;
}

/** Builds the check for `auth`; `now` gives ms since 1970. It throws a {@link ServiceError} for a refused request. */
export function authenticator(auth: Auth, now: () => number): (request: SignedRequest) => void {
  switch (auth.kind) {
    case 'none':
      return () => {};
    case 'bearer':
      return (request) => {
        const header = one(request.headers['authorization']);
        if (header === undefined) throw new ServiceError('service/unauthorized', 'send Authorization: Bearer <token>');
        const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
        if (match === null || !sameSecret(match[1] ?? '', auth.token)) throw new ServiceError('service/forbidden', 'the bearer token is not the one configured');
      };
    case 'hmac': {
      const seen = new Map<string, number>();
      return (request) => {
        const timestamp = one(request.headers['x-callguard-timestamp']);
        const signature = one(request.headers['x-callguard-signature']);
        if (timestamp === undefined || signature === undefined) {
          throw new ServiceError('service/unauthorized', 'send X-CallGuard-Timestamp and X-CallGuard-Signature (see docs/service.md)');
        }
        const expected = hmacSignature(auth.secret, timestamp, request.method, request.url, request.rawBody);
        if (!sameSecret(signature, expected)) throw new ServiceError('service/forbidden', 'the signature does not match the request');
        const at = Number(timestamp) * 1000;
        const ms = now();
        const window = auth.toleranceSeconds * 1000;
        if (!Number.isFinite(at) || Math.abs(ms - at) > window) {
          throw new ServiceError('service/stale-signature', `the timestamp is more than ${auth.toleranceSeconds} s from the service's clock`);
        }
        for (const [old, until] of seen) {
          if (until > ms && seen.size < MAX_REMEMBERED) break;
          seen.delete(old);
        }
        if (seen.has(signature)) throw new ServiceError('service/replayed-signature', 'this signature was already used; sign each request afresh');
        seen.set(signature, at + window);
      };
    }
  }
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
