/** Turns an adapter's {@link PayloadError} into the service's refusal. */
import { PayloadError } from '@callguard/adapters';
import { ServiceError } from './problem.js';

/** Runs `read`, refusing the request with the payload's own code and field when the adapter cannot read it. */
export function readPayload<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PayloadError) throw new ServiceError(`service/${error.kind}`, error.message, error.field);
    throw error;
  }
}

/** The latest event time of a call, so adapter events never go back in time (vendors' clocks and orders differ slightly). */
export function notBefore(lastMs: number): (at: string) => string {
  let floor = lastMs;
  return (at) => {
    const ms = Math.max(Date.parse(at), floor);
    floor = ms;
    return new Date(ms).toISOString();
  };
}
