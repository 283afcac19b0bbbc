/** Reading Twilio's form-encoded webhook fields. */
import { PayloadError } from '../payload-error.js';

/** A webhook's fields as parsed from its form body; a repeated field is a list. */
export type TwilioForm = Readonly<Record<string, string | readonly string[] | undefined>>;

/** The field's value, or undefined when absent; a repeated field gives its first value. */
export function optionalField(form: TwilioForm, name: string): string | undefined {
  const value = form[name];
  return typeof value === 'string' ? value : value?.[0];
}

/** The field's value; a {@link PayloadError} when absent or empty. */
export function requiredField(form: TwilioForm, name: string): string {
  const value = optionalField(form, name);
  if (value === undefined || value === '') throw new PayloadError('bad-form', name, `the form has no ${name}`);
  return value;
}

/**
 * Twilio's `Timestamp` (ISO 8601 in transcription callbacks, RFC 2822 in
 * call status callbacks) as `toISOString()`; undefined when absent.
 */
export function timestampField(form: TwilioForm): string | undefined {
  const value = optionalField(form, 'Timestamp');
  if (value === undefined || value === '') return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new PayloadError('bad-form', 'Timestamp', `Timestamp \`${value}\` is not a date and time`);
  return new Date(ms).toISOString();
}
