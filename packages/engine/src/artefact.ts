/**
 * A compiled policy artefact: the checked policy (the engine's input, names
 * resolved and ladders expanded) as JSON with a manifest, written by
 * `callguard build` and loaded by runtimes that carry no parser or checker.
 * Loading re-derives the policy's hash from its content, so an artefact
 * edited after the build is refused, and one built by another engine version
 * is refused rather than read by rules it was not written for.
 */
import { CallGuardError, type CodeOf } from '@callguard/contract';
import type { CheckedPolicy } from '@callguard/dsl';
import { policyHash } from '@callguard/dsl/ir';
import { compile, type CompiledPolicy } from './policy.js';
import { ENGINE_VERSION } from './version.js';

/** The `format` of every artefact. */
const FORMAT = 'callguard-policy';
/** The artefact layout this engine reads and writes. */
const FORMAT_VERSION = 1;

/** What an artefact says about itself, readable without compiling it. */
export interface ArtefactManifest {
  /** The policy's name. */
  readonly name: string;
  /** The policy's version. */
  readonly version: string;
  /** The policy's hash, as decisions carry it. */
  readonly hash: string;
  /** The engine version that built it; only that version loads it. */
  readonly engine: string;
  /** The policy file it was built from, as given to `callguard build`. */
  readonly source: string;
  /** How many rules the policy has. */
  readonly rules: number;
}

/** A compiled policy artefact, as JSON. */
export interface PolicyArtefact {
  readonly format: typeof FORMAT;
  readonly format_version: typeof FORMAT_VERSION;
  readonly manifest: ArtefactManifest;
  /** The checked policy the engine compiles. */
  readonly policy: CheckedPolicy;
}

/** Why an artefact was refused to load. */
export class ArtefactError extends CallGuardError<CodeOf<'artefact'>> {
  constructor(code: CodeOf<'artefact'>, message: string, help: string) {
    super(code, message, { help });
    this.name = 'ArtefactError';
  }
}

/** The artefact of a checked policy; `source` names the file it came from. Same policy, same bytes. */
export function createArtefact(policy: CheckedPolicy, source: string): PolicyArtefact {
  const manifest = { name: policy.name, version: policy.version, hash: policy.hash, engine: ENGINE_VERSION, source, rules: policy.rules.length };
  return { format: FORMAT, format_version: FORMAT_VERSION, manifest, policy };
}

const REBUILD = 'build it again from the policy file with `callguard build`';

/**
 * Compiles an artefact (parsed JSON) for this engine. Throws
 * {@link ArtefactError}: `artefact/invalid` for anything that is not an intact
 * artefact, `artefact/engine-mismatch` for one built by another engine
 * version, `artefact/tampered` when the policy does not match its hash.
 */
export function loadArtefact(value: unknown): CompiledPolicy {
  if (!isRecord(value) || value.format !== FORMAT) {
    throw new ArtefactError('artefact/invalid', 'this is not a CallGuard policy artefact', 'give the JSON file that `callguard build` wrote');
  }
  const { manifest, policy } = value;
  if (value.format_version !== FORMAT_VERSION || !isRecord(manifest) || typeof manifest.engine !== 'string') {
    throw new ArtefactError('artefact/invalid', 'the artefact has no manifest this engine can read', REBUILD);
  }
  if (manifest.engine !== ENGINE_VERSION) {
    throw new ArtefactError('artefact/engine-mismatch', `the artefact was built by engine ${manifest.engine}; this is engine ${ENGINE_VERSION}`, REBUILD);
  }
  if (!isRecord(policy) || !Array.isArray(policy.rules) || typeof policy.hash !== 'string') {
    throw new ArtefactError('artefact/invalid', 'the artefact holds no policy', REBUILD);
  }
  const { hash, ...meaning } = policy as unknown as CheckedPolicy;
  const actual = policyHash(meaning);
  if (actual !== hash || manifest.hash !== hash) {
    throw new ArtefactError('artefact/tampered', `the policy in the artefact does not match its hash ${String(manifest.hash).slice(0, 12)}: it was changed after the build`, REBUILD);
  }
  try {
    return compile(policy as unknown as CheckedPolicy);
  } catch (error) {
    // Only a damaged policy gets here: an intact one compiled when it was built.
    throw new ArtefactError('artefact/invalid', `the policy in the artefact cannot be compiled: ${(error as Error).message}`, REBUILD);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
