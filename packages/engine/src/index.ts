/**
 * `@callguard/engine`: compiles a checked CallGuard policy into sessions that
 * turn call events into decisions, synchronously and without I/O. The
 * contract is docs/semantics.md.
 *
 * ```ts
 * const policy = compile(checked);
 * const session = policy.open(callStarted);
 * console.log(explain(session.opening)); // what the `on call_started` rules say
 * const decision = session.handle(event);
 * console.log(explain(decision));
 * ```
 *
 * @module @callguard/engine
 */
export { compile } from './policy.js';
export type { CompiledPolicy, RestoreOptions } from './policy.js';
export type { Session } from './session.js';
export type { SnapshotKey } from './snapshot-mac.js';
export { SEEN_EVENTS } from './seen-events.js';
export { explain } from './explain.js';
/** Signals an utterance carried under the policy's thresholds, for `explain` and timelines. */
export { belowThreshold, describeBelowThreshold } from './below-threshold.js';
/** One signal under its threshold. */
export type { BelowThreshold } from './below-threshold.js';
export { replay } from './replay.js';
export type { ReplayOutcome } from './replay.js';
export { ArtefactError, createArtefact, loadArtefact } from './artefact.js';
export type { ArtefactManifest, PolicyArtefact } from './artefact.js';
export { ENGINE_VERSION } from './version.js';
export { EventError } from './events/error.js';
export { validateEvent } from './events/validate.js';
export type { EventErrorCode } from './events/error.js';
/** The wire contract the engine takes and returns, from `@callguard/contract`. */
export type {
  AgentActionEvent,
  CallEndedEvent,
  CallEvent,
  CallInfo,
  CallStartedEvent,
  CallWindow,
  CallerInfo,
  CallerRecord,
  CallerRestriction,
  Decision,
  Duty,
  EventRef,
  EventType,
  JsonSchema,
  LineDroppedEvent,
  Match,
  PolicyRef,
  PoorLineEvent,
  ProposedRestriction,
  RuleRef,
  ScriptRef,
  SeenEvent,
  SessionSnapshot,
  Signals,
  SilenceEvent,
  StepRef,
  TickEvent,
  UtteranceEvent,
} from '@callguard/contract';
export { eventSchema } from '@callguard/contract';
