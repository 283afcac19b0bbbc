/** Changes a live call with new TwiML over Twilio's REST API, through the official SDK. */
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient.js';

/** Settings of {@link TwilioLiveCalls}. */
export interface LiveCallSettings {
  readonly accountSid: string;
  readonly authToken: string;
  /**
   * Where the REST API is, when not Twilio's own (`https://api.twilio.com`):
   * a forward proxy, or a local test server. Every request the SDK makes is
   * sent there instead, unchanged otherwise.
   */
  readonly apiBaseUrl?: string | undefined;
  /** Milliseconds before a REST call is given up; 5000 by default. */
  readonly timeoutMs?: number;
}

const TWILIO_HOSTS = /^https:\/\/[a-z0-9.-]+\.twilio\.com/;

/** Sends the SDK's requests to another base URL, leaving everything else to the SDK's own HTTP client. */
class RedirectingClient extends twilio.RequestClient {
  constructor(
    private readonly base: string,
    timeout: number,
  ) {
    super({ timeout });
  }

  override request<T>(opts: RequestClient.RequestOptions<T>) {
    return super.request<T>({ ...opts, uri: opts.uri.replace(TWILIO_HOSTS, this.base.replace(/\/+$/, '')) });
  }
}

/** Updates live calls. */
export class TwilioLiveCalls {
  private readonly client: twilio.Twilio;

  constructor(settings: LiveCallSettings) {
    const timeout = settings.timeoutMs ?? 5000;
    const httpClient = settings.apiBaseUrl === undefined ? new twilio.RequestClient({ timeout }) : new RedirectingClient(settings.apiBaseUrl, timeout);
    this.client = twilio(settings.accountSid, settings.authToken, { httpClient });
  }

  /** Replaces what the call is doing with `twiml` (the Calls resource's `Twiml` parameter). */
  async update(callSid: string, twiml: string): Promise<void> {
    await this.client.calls(callSid).update({ twiml });
  }
}
