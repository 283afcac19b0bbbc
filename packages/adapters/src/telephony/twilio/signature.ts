/** Every Twilio webhook is signed: `X-Twilio-Signature`, checked with the SDK against the public URL Twilio called. */
import twilio from 'twilio';
import type { TwilioForm } from './form.js';

/**
 * True when `signature` is Twilio's signature of a request to `url` (the
 * full public URL with its query, as configured in Twilio) with these form
 * fields, under `authToken`. A missing signature is never valid.
 */
export function isTwilioRequest(authToken: string, signature: string | undefined, url: string, form: TwilioForm): boolean {
  if (signature === undefined || signature === '' || authToken === '') return false;
  return twilio.validateRequest(authToken, signature, url, form as Record<string, unknown>);
}
