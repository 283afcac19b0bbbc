import { DeliveryFailure } from '../outbox/sink.js';

/** The longest a sink's error text is kept: enough for the vendor's message, not a whole HTML page. */
const MAX_MESSAGE = 300;

/**
 * Classifies an HTTP answer that is not a success: 429 is retried after its
 * `Retry-After`, 408 and 5xx are retried with backoff, 401/403 and 404 are
 * credentials and unknown objects, any other 4xx is refused for good. The
 * vendor's own message is kept, shortened.
 */
export function httpFailure(sink: string, status: number, vendorMessage: string, retryAfter: string | null | undefined, now: Date): DeliveryFailure {
  const said = `${sink} answered ${status}${vendorMessage === '' ? '' : `: ${shorten(vendorMessage)}`}`;
  if (status === 429) return new DeliveryFailure('delivery/rate-limited', said, 'retry', retryAfterMs(retryAfter, now));
  if (status === 408 || status >= 500) return new DeliveryFailure('delivery/unavailable', said, 'retry');
  if (status === 401 || status === 403) return new DeliveryFailure('delivery/unauthorized', `${said} (check the sink's credentials)`, 'dead');
  if (status === 404) return new DeliveryFailure('delivery/not-found', `${said} (check the object and id the sink's mapping names)`, 'dead');
  return new DeliveryFailure('delivery/rejected', said, 'dead');
}

/** A failure to reach the sink at all (refused connection, reset, DNS). */
export function networkFailure(sink: string, error: unknown): DeliveryFailure {
  return new DeliveryFailure('delivery/unavailable', `${sink} could not be reached: ${shorten(messageOf(error))}`, 'retry');
}

/** A success status with a body that is not the JSON the vendor documents. */
export function notJsonFailure(sink: string, status: number, body: string): DeliveryFailure {
  return new DeliveryFailure('delivery/not-json', `${sink} answered ${status} with something that is not JSON: ${shorten(body) || '(empty)'}`, 'retry');
}

/** `Retry-After` as ms from `now`: delay-seconds, or an HTTP date. Undefined when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now: Date): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** The message of a vendor's JSON error body (the shapes Salesforce, Zendesk and HubSpot use), or the text itself. */
export function vendorMessage(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    const first = Array.isArray(parsed) ? parsed[0] : parsed;
    if (typeof first === 'object' && first !== null) {
      const o = first as Record<string, unknown>;
      const found = [o['message'], o['description'], o['error_description'], (o['error'] as Record<string, unknown> | undefined)?.['message'], o['error'], o['errorCode']].find(
        (v) => typeof v === 'string' && v !== '',
      );
      if (typeof found === 'string') return found;
    }
  } catch {
    // not JSON: the text is the message
  }
  return body.trim();
}

/** An error's message, whatever was thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error && cause.message !== '' ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}

function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= MAX_MESSAGE ? one : `${one.slice(0, MAX_MESSAGE)}…`;
}
