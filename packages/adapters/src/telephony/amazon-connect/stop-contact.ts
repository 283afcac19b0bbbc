/** Ends a contact over Amazon Connect's API (`StopContact`), through the official SDK. */
import { ConnectClient, StopContactCommand } from '@aws-sdk/client-connect';

/** Settings of {@link ConnectContacts}. */
export interface ConnectContactsSettings {
  readonly region: string;
  /** Another endpoint than the region's: a VPC endpoint, or a local test server. */
  readonly endpoint?: string | undefined;
  /** Fixed credentials; the SDK's default chain (environment, role) when absent. */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string } | undefined;
}

/** Stops contacts. */
export class ConnectContacts {
  private readonly client: ConnectClient;

  constructor(settings: ConnectContactsSettings) {
    this.client = new ConnectClient({
      region: settings.region,
      ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
      ...(settings.credentials === undefined ? {} : { credentials: { ...settings.credentials } }),
      maxAttempts: 2,
    });
  }

  /** Ends contact `contactId` of instance `instanceId`. */
  async stop(instanceId: string, contactId: string): Promise<void> {
    await this.client.send(new StopContactCommand({ InstanceId: instanceId, ContactId: contactId }));
  }

  /** Releases the SDK's connections. */
  close(): void {
    this.client.destroy();
  }
}
