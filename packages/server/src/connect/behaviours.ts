/**
 * The behaviours `connect.rules` maps Contact Lens rules onto, held to the
 * policies the service serves: a behaviour one of them neither builds in
 * nor declares would have every match of that rule rejected
 * (`event/unknown-behaviour`), so the service says so when it loads them.
 */
import type { CompiledPolicy } from '@callguard/engine';
import type { PolicyGeneration } from '../policies/policy-set.js';

/** One sentence per (rule, policy) whose behaviour the policy does not know. */
export function unknownConnectBehaviours(rules: Readonly<Record<string, { readonly behaviour: string }>>, generation: PolicyGeneration): string[] {
  const served: [string, CompiledPolicy][] = [['the default policy', generation.default], ...[...generation.queues].map(([q, p]): [string, CompiledPolicy] => [`queue ${q}'s policy`, p])];
  const out: string[] = [];
  for (const [rule, { behaviour }] of Object.entries(rules)) {
    for (const [which, policy] of served) {
      if (!policy.behaviours.includes(behaviour)) {
        out.push(`connect.rules.${rule} maps to \`${behaviour}\`, which ${which} (${policy.name} ${policy.version}) neither builds in nor declares: its matches will be rejected`);
      }
    }
  }
  return out;
}
