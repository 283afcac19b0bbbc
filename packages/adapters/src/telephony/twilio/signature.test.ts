import { describe, expect, it } from 'vitest';
import { isTwilioRequest } from './signature.js';

// Twilio's own published example of request validation: auth token 12345,
// this URL and these POST parameters give this signature.
const TOKEN = '12345';
const URL = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const PARAMS = { CallSid: 'CA1234567890ABCDE', Caller: '+14158675309', Digits: '1234', From: '+14158675309', To: '+18005551212' };
const SIGNATURE = 'RSOYDt4T1cUTdK1PDd93/VVr8B8=';

describe('X-Twilio-Signature', () => {
  it("accepts Twilio's published example", () => {
    expect(isTwilioRequest(TOKEN, SIGNATURE, URL, PARAMS)).toBe(true);
  });

  it('refuses it when any part changes: a field, the URL, the token, the signature', () => {
    expect(isTwilioRequest(TOKEN, SIGNATURE, URL, { ...PARAMS, Digits: '9999' })).toBe(false);
    expect(isTwilioRequest(TOKEN, SIGNATURE, `${URL}&baz=3`, PARAMS)).toBe(false);
    expect(isTwilioRequest(TOKEN, SIGNATURE, 'https://proxy.internal/myapp.php?foo=1&bar=2', PARAMS)).toBe(false);
    expect(isTwilioRequest('54321', SIGNATURE, URL, PARAMS)).toBe(false);
    expect(isTwilioRequest(TOKEN, 'RSOYDt4T1cUTdK1PDd93/VVr8B8', URL, PARAMS)).toBe(false);
  });

  it('refuses a request without a signature, and any request when no token is configured', () => {
    expect(isTwilioRequest(TOKEN, undefined, URL, PARAMS)).toBe(false);
    expect(isTwilioRequest(TOKEN, '', URL, PARAMS)).toBe(false);
    expect(isTwilioRequest('', SIGNATURE, URL, PARAMS)).toBe(false);
  });
});
