import { describe, expect, it } from 'vitest';
import { DeliveryFailure } from '../outbox/sink.js';
import { loadSdk } from './load-sdk.js';

describe('loading a CRM SDK', () => {
  it('dead-letters with what to install when the package is missing', async () => {
    const e = await loadSdk('salesforce', 'jsforce', '3.10.16', () => import('callguard-no-such-sdk' as string)).catch((error: unknown) => error);
    expect(e).toBeInstanceOf(DeliveryFailure);
    expect(e).toMatchObject({ code: 'delivery/sdk-missing', disposition: 'dead', message: 'salesforce: the jsforce package is not installed; install jsforce@3.10.16 beside CallGuard, restart, and retry' });
  });

  it('loads an installed one', async () => {
    expect(typeof (await loadSdk('zendesk', 'node-zendesk', '6', () => import('node-zendesk'))).createClient).toBe('function');
  });
});
