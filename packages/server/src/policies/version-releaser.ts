/** Lets old policy versions go once no open call needs them (see {@link versionReleaser}). */
import type { FastifyBaseLogger } from 'fastify';
import type { CallService } from '../calls/call-service.js';
import type { CallStore } from '../store/call-store.js';
import type { PolicySet } from './policy-set.js';

/**
 * Releases the policy versions that serve no new call and that no open call
 * uses, after a reload and whenever a call ends while old versions are
 * loaded. Requests in flight finish first: one may have started a call
 * under a version just retired. Runs one at a time; a run asked for
 * meanwhile follows it.
 */
export function versionReleaser(policies: PolicySet, calls: CallService, store: CallStore, log: FastifyBaseLogger): { run(): void } {
  let running = false;
  let again = false;
  const once = async () => {
    const retired = policies.retired();
    if (retired.length === 0) return;
    await calls.settled();
    const inUse = await store.policiesInUse();
    policies.release(retired.filter((h) => !inUse.has(h)));
  };
  return {
    run() {
      if (running) {
        again = true;
        return;
      }
      running = true;
      void (async () => {
        do {
          again = false;
          await once().catch((error: unknown) => log.warn({ err: error }, 'could not release old policy versions; they stay loaded'));
        } while (again);
        running = false;
      })();
    },
  };
}
