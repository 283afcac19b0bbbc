/** The example policies, parsed and checked, for the differential tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { check, hasErrors, parse, Source } from '../../packages/dsl/src/index.js';
import type { CheckedPolicy } from '../../packages/dsl/src/index.js';

const FOLDERS = ['../../examples/policies/', '../fixtures/'].map((f) => new URL(f, import.meta.url));

/**
 * Every `examples/policies/*.policy`, and the kitchen sink that uses every
 * construct, as `[file name, checked policy]`; `extends` resolves by policy name.
 */
export function examplePolicies(): [string, CheckedPolicy][] {
  const sources = FOLDERS.flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.policy'))
      .sort()
      .map((f) => new Source(readFileSync(new URL(f, folder), 'utf8'), f)),
  );
  const byName = new Map(sources.map((s) => [/policy\s+"([^"]*)"/.exec(s.body)?.[1], s]));
  const resolve = (ref: string) => {
    const source = byName.get(ref);
    return source === undefined ? { error: `no example policy named \`${ref}\`` } : { source };
  };
  return sources.map((source) => {
    const { policy, diagnostics } = check(parse(source).ast, { resolve });
    if (policy === undefined || hasErrors(diagnostics)) throw new Error(`${source.name} does not check: ${diagnostics.map((d) => d.message).join('; ')}`);
    return [source.name, policy];
  });
}
