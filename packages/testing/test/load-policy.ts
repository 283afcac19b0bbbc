/**
 * Test support: the policy loader a run needs, as the CLI gives it, reduced
 * to what the fixtures use (`extends` names a policy declared in a file
 * beside the one that extends it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Source, check, hasErrors, parse, type Diagnostic } from '@callguard/dsl';
import type { LoadedPolicy } from '../src/run.js';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** Reads, parses and checks policy files shown relative to `cwd`. */
export function policyLoader(cwd: string): (file: string) => LoadedPolicy {
  return (file) => {
    const source = new Source(readFileSync(resolve(cwd, file), 'utf8'), file);
    const parsed = parse(source);
    if (hasErrors(parsed.diagnostics)) return { policy: undefined, diagnostics: parsed.diagnostics };
    const dir = dirname(resolve(cwd, file));
    const checked = check(parsed.ast, {
      resolve: (ref) => {
        for (const name of readdirSync(dir).filter((n) => n.endsWith('.policy'))) {
          const body = readFileSync(join(dir, name), 'utf8');
          if (new RegExp(`^\\s*policy\\s+"${ref}"`, 'm').test(body)) return { source: new Source(body, name) };
        }
        return { error: `no policy \`${ref}\` beside ${file}` };
      },
    });
    return { policy: checked.policy, diagnostics: [...parsed.diagnostics, ...checked.diagnostics] };
  };
}

/** A diagnostic on one line, for tests: `file:line:col: message (help)`. */
export function brief(d: Diagnostic): string {
  const at = d.span.source.position(d.span.start);
  return `${d.span.source.name}:${at.line}:${at.column}: ${d.message}${d.help ? ` (${d.help})` : ''}`;
}
