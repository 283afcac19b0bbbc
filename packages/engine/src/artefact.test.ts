// Policy artefacts: a JSON round trip decides exactly as the policy compiled
// from source, and anything but an intact artefact of this engine is refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, hasErrors, parse, Source, type CheckedPolicy } from '@callguard/dsl';
import { ArtefactError, createArtefact, loadArtefact } from './artefact.js';
import { compile } from './policy.js';
import { ENGINE_VERSION } from './version.js';

const root = new URL('../../../', import.meta.url);

function checked(file: string): CheckedPolicy {
  const source = new Source(readFileSync(new URL(file, root), 'utf8'), file);
  const { policy, diagnostics } = check(parse(source).ast, { resolve: () => ({ error: 'no bases in this test' }) });
  if (policy === undefined || hasErrors(diagnostics)) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return policy;
}

const policy = checked('examples/policies/warn-then-end.policy');
const artefact = createArtefact(policy, 'examples/policies/warn-then-end.policy');
/** The artefact as a file holds it. */
const json = (): Record<string, unknown> => JSON.parse(JSON.stringify(artefact)) as Record<string, unknown>;
const events = readFileSync(new URL('examples/calls/keeps-swearing.jsonl', root), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as unknown);

function decisions(compiled: ReturnType<typeof compile>): string[] {
  const [start, ...rest] = events;
  const session = compiled.open(start);
  return [session.opening, ...rest.map((e) => session.handle(e))].map((d) => JSON.stringify(d));
}

function refusal(value: unknown): { code: string; message: string } {
  try {
    loadArtefact(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ArtefactError);
    return { code: (error as ArtefactError).code, message: (error as ArtefactError).message };
  }
  throw new Error('the artefact was loaded');
}

describe('policy artefacts', () => {
  it('name the policy, its hash and the engine that built them', () => {
    expect(artefact.manifest).toEqual({
      name: 'acme-standard',
      version: '3.2.0',
      hash: policy.hash,
      engine: ENGINE_VERSION,
      source: 'examples/policies/warn-then-end.policy',
      rules: policy.rules.length,
    });
  });

  it('decide byte for byte as the policy compiled from source, after a JSON round trip', () => {
    const loaded = loadArtefact(json());
    expect(loaded.hash).toBe(policy.hash);
    expect(decisions(loaded)).toEqual(decisions(compile(policy)));
  });

  it('are refused when the policy was changed after the build', () => {
    const changed = json();
    const inner = changed.policy as { defaultThreshold: number };
    inner.defaultThreshold = 0.99;
    expect(refusal(changed)).toMatchObject({ code: 'artefact/tampered' });
    const rehashed = json();
    (rehashed.manifest as { hash: string }).hash = '0'.repeat(64);
    expect(refusal(rehashed).code).toBe('artefact/tampered');
  });

  it('are refused when built by another engine version', () => {
    const other = json();
    (other.manifest as { engine: string }).engine = '0.0.9';
    expect(refusal(other)).toEqual({ code: 'artefact/engine-mismatch', message: `the artefact was built by engine 0.0.9; this is engine ${ENGINE_VERSION}` });
  });

  it('are refused when they are not artefacts or have lost a part', () => {
    expect(refusal(policy).code).toBe('artefact/invalid');
    expect(refusal(null).code).toBe('artefact/invalid');
    expect(refusal({ ...json(), format_version: 2 }).code).toBe('artefact/invalid');
    expect(refusal({ ...json(), policy: { hash: policy.hash } }).code).toBe('artefact/invalid');
  });
});

it('the engine version is the package version', () => {
  const manifest = JSON.parse(readFileSync(new URL('packages/engine/package.json', root), 'utf8')) as { version: string };
  expect(ENGINE_VERSION).toBe(manifest.version);
});
