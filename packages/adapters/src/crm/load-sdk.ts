import { DeliveryFailure } from '../outbox/sink.js';

/**
 * Loads a CRM's SDK the first time a sink needs it. The SDKs are optional
 * peer dependencies: a process that never delivers to Salesforce neither
 * installs nor loads jsforce. Without the package the delivery is
 * dead-lettered with what to install (`delivery/sdk-missing`); retried once
 * it is installed and the process restarted.
 */
export async function loadSdk<T>(sink: string, pkg: string, version: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new DeliveryFailure('delivery/sdk-missing', `${sink}: the ${pkg} package is not installed; install ${pkg}@${version} beside CallGuard, restart, and retry`, 'dead');
    }
    throw e;
  }
}
