/** The error the telephony adapters throw for a vendor payload they cannot read. */

/** What is wrong with a payload: a form or event missing a field, or Twilio's transcript JSON unreadable. */
export type PayloadErrorKind = 'bad-form' | 'bad-transcription-data' | 'bad-connect-event';

/** A vendor payload that is not shaped as the vendor documents it. */
export class PayloadError extends Error {
  /** The kind of mistake. */
  readonly kind: PayloadErrorKind;
  /** The field at fault, as the vendor names it (`CallSid`, `Details.ContactData.ContactId`). */
  readonly field: string;

  constructor(kind: PayloadErrorKind, field: string, message: string) {
    super(message);
    this.name = 'PayloadError';
    this.kind = kind;
    this.field = field;
  }
}
