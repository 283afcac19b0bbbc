/** Why a duty's delivery to a sink (a CRM, a webhook, the incident log) failed, as `callguard duties` shows it. */
export const DELIVERY_CODES = [
  /** The sink refused the delivery (a 4xx answer other than those below); not retried. */
  'delivery/rejected',
  /** The sink refused the credentials (401, 403, a failed login); not retried. */
  'delivery/unauthorized',
  /** The sink does not know the object the delivery names (404: a ticket, a contact, an object type); not retried. */
  'delivery/not-found',
  /** The sink asked to slow down (429); retried after its `Retry-After`. */
  'delivery/rate-limited',
  /** The sink failed (5xx) or could not be reached; retried with backoff. */
  'delivery/unavailable',
  /** The sink did not answer in time; retried with backoff. */
  'delivery/timeout',
  /** The sink answered with something other than the JSON it should; retried with backoff. */
  'delivery/not-json',
  /** Every attempt failed; dead-lettered until `callguard duties retry`. */
  'delivery/exhausted',
  /** The delivery is routed to a sink the configuration does not define. */
  'delivery/no-sink',
  /** A field the sink needs has no value for this duty (a contact id from a call without a caller id, say). */
  'delivery/unmapped',
  /** The CRM's SDK (an optional peer dependency) is not installed. */
  'delivery/sdk-missing',
  /** The delivery waits for another (a rule's CRM note) that is dead. */
  'delivery/waited-for-dead',
] as const;
