/** Requests the decision service (`callguard serve`) refuses; each goes out as a problem-details response. */
export const SERVICE_CODES = [
  /** No credentials: no `Authorization` header, or no HMAC signature headers. */
  'service/unauthorized',
  /** Credentials that do not match, or a Twilio webhook without a valid `X-Twilio-Signature`. */
  'service/forbidden',
  /** An HMAC-signed request whose timestamp is outside the allowed window. */
  'service/stale-signature',
  /** An HMAC signature already used: a replayed request. */
  'service/replayed-signature',
  /** No such route. */
  'service/not-found',
  /** The method is not served on this route. */
  'service/method-not-allowed',
  /** No call with this id: never started, or expired after it ended. */
  'service/unknown-call',
  /** A `call_started` for a call id other than the one in the path. */
  'service/wrong-call',
  /** The body is longer than `server.bodyLimitBytes`. */
  'service/body-too-large',
  /** The body is not valid JSON. */
  'service/not-json',
  /** A form-encoded body that cannot be read, or misses a field the route needs. */
  'service/bad-form',
  /** A body of a media type the route does not take. */
  'service/unsupported-media-type',
  /** Twilio's `TranscriptionData` is not the JSON object Twilio documents. */
  'service/bad-transcription-data',
  /** An Amazon Connect event that is not shaped as AWS documents it. */
  'service/bad-connect-event',
  /** The policy version the call started under is no longer loaded. */
  'service/policy-gone',
  /** The call was changed by other requests at the same time, too often to retry. */
  'service/conflict',
  /** The whole request did not arrive within `server.requestTimeoutMs`: a slow or stalled client. */
  'service/request-timeout',
  /** A request the HTTP parser cannot read: a malformed request line or header. */
  'service/bad-request',
  /** The request's headers are larger than the service reads. */
  'service/headers-too-large',
  /** The service is shutting down and takes no new work. */
  'service/shutting-down',
  /** A fault in the service itself; the log has the details. */
  'service/internal',
] as const;
