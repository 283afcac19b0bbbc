/**
 * `@callguard/engine/runtime`: the engine without the compiler's front end.
 * It loads a policy artefact written by `callguard build` and runs calls
 * against it; it imports neither the parser nor the checker, so it is what a
 * browser or an edge function bundles (see docs/embedding.md).
 *
 * ```ts
 * const policy = loadArtefact(JSON.parse(artefactText));
 * const session = policy.open(callStarted);
 * console.log(explain(session.handle(event)));
 * ```
 *
 * @module @callguard/engine/runtime
 */
export { ArtefactError, loadArtefact } from './artefact.js';
export type { ArtefactManifest, PolicyArtefact } from './artefact.js';
export { ENGINE_VERSION } from './version.js';
export type { CompiledPolicy, RestoreOptions } from './policy.js';
export type { Session } from './session.js';
export type { SnapshotKey } from './snapshot-mac.js';
export type { Decision, SeenEvent, SessionSnapshot } from '@callguard/contract';
export { explain } from './explain.js';
export { EventError } from './events/error.js';
