/**
 * `@callguard/contract`: the one source for what crosses a process boundary
 * (events, decisions, snapshots) and for every error code a user can meet. It
 * sits below every other package and does no I/O.
 *
 * The JSON Schemas in `src/schemas/` are the contract; the types here are
 * generated from them (`pnpm run generate`), and docs/wire-format.md
 * describes each with an example.
 *
 * @module @callguard/contract
 */
export { CODES, CODE_FAMILIES, codeDocPath, isCode } from './codes/registry.js';
export type { Code, CodeFamily, CodeOf } from './codes/registry.js';
export { CallGuardError } from './codes/coded-error.js';
export { testFileSchema } from './schemas/test-file.js';
export type { JsonSchema } from './json-schema.js';
export { appealsSchema, decisionSchema, dutiesSchema, eventSchema, explanationSchema, restrictionsSchema, snapshotSchema, vocabularySchema } from './schemas.generated.js';
export { CONTRACT_SCHEMAS } from './schemas.js';
export type {
  Action,
  AgentActionEvent,
  AppealList,
  AppealRecord,
  Behaviour,
  BehaviourName,
  CallbackTarget,
  CallEndedEvent,
  CallerInfo,
  CallerRecord,
  CallerRestriction,
  CallEvent,
  CallInfo,
  CallStartedEvent,
  CallWindow,
  Channel,
  Decision,
  Duty,
  DutyKind,
  DutyList,
  DutyRecord,
  EndMode,
  EventRef,
  EventType,
  ExplainedDecision,
  LineDroppedEvent,
  Match,
  PolicyRef,
  PoorLineEvent,
  ProposedRestriction,
  RecordKind,
  RestrictionList,
  RestrictionApprovalRecord,
  RestrictionRecord,
  RestrictionKind,
  RestrictionScope,
  RuleRef,
  ScriptRef,
  ScriptSetRef,
  SeenEvent,
  SessionSnapshot,
  Signals,
  SilenceEvent,
  Speaker,
  StepRef,
  TickEvent,
  UtteranceEvent,
} from './types.generated.js';
