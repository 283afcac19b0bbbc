/**
 * `@callguard/dsl`: the policy language. `parse` turns text into a syntax
 * tree with diagnostics, `check` resolves and checks it into the policy the
 * engine compiles (`checkText` does both), `format` prints it in the
 * canonical layout, and `formatDiagnostic` shows a problem with its code
 * frame. The language is described in docs/language.md.
 *
 * @module @callguard/dsl
 */
export { parse, MAX_DEPTH, MAX_DIAGNOSTICS } from './parse.js';
export { durationMs } from './duration.js';
export { placeholderSpans, placeholdersIn } from './placeholders.js';
export type { PlaceholderUse } from './placeholders.js';
export type { ParseResult } from './parse.js';
export { format, print, printProperty } from './print.js';
export { parseProperty } from './parse-property.js';
export type { PropertyResult } from './parse-property.js';
export type { FormatResult } from './print.js';
export { Source } from './source.js';
export type { Position } from './source.js';
export { joinSpans, lineSpan } from './span.js';
export type { Span } from './span.js';
export {
  diagnostic,
  diagnosticPosition,
  diagnosticToJson,
  errorDiagnostic,
  printable,
  formatDiagnostic,
  hasErrors,
  sortDiagnostics,
  wholeFileDiagnostic,
} from './diagnostic.js';
export type { Diagnostic, DiagnosticJson, RelatedSpan, Severity } from './diagnostic.js';
export { BREAK, CHILD_KEYS, childrenOf, visit } from './visit.js';
export type { KindVisitor, NodeKind, NodeOfKind, Visitor, VisitFn } from './visit.js';
export type {
  Acknowledgement,
  AndCondition,
  AlwaysProperty,
  Appeal,
  AssertDef,
  BehaviourCondition,
  BehaviourDef,
  Comment,
  ComparisonOp,
  Condition,
  Count,
  DailyCap,
  DateLiteral,
  DurationLiteral,
  Duty,
  FieldCondition,
  FieldPath,
  GroupDef,
  HeaderField,
  Ladder,
  Name,
  NeverProperty,
  Node,
  NotCondition,
  NumberLiteral,
  OrCondition,
  PlaceholderDef,
  Policy,
  PolicyFile,
  PolicyItem,
  Property,
  RecordExpiry,
  Requirement,
  RestrictionDef,
  Review,
  ScriptSet,
  RolesDecl,
  Rule,
  ScriptDef,
  Step,
  TeamsDecl,
  Text,
  Threshold,
  TimeLiteral,
  Window,
  ZeroTolerance,
} from './ast.js';
export {
  ACTIONS,
  ACTION_SEVERITY,
  AGENT_DUTIES,
  BASELINE_ACTIONS,
  BEHAVIOURS,
  BUILTIN_PLACEHOLDERS,
  CALLBACK_TARGETS,
  CHANNELS,
  DEFAULT_THRESHOLD,
  DISCONNECT_EVENTS,
  DUTIES,
  END_MODES,
  ENDING_ACTIONS,
  FIELDS,
  KEYED_FIELDS,
  LINE_EVENTS,
  PLACEHOLDER_SOURCES,
  RECORD_KINDS,
  RESTRICTION_KINDS,
  RESTRICTION_SCOPES,
  ROLES,
  SIGNAL_BEHAVIOURS,
  SPEAKERS,
  STANCES,
} from './vocabulary.js';
export type {
  Action,
  Behaviour,
  BuiltinPlaceholder,
  CallbackTarget,
  Channel,
  DutyKind,
  EndMode,
  FieldType,
  LineEvent,
  PlaceholderSource,
  RecordKind,
  RestrictionKind,
  RestrictionScope,
  Role,
  Speaker,
  Stance,
} from './vocabulary.js';
export { policyBehaviours, signalBehaviours } from './policy-behaviours.js';
export type {
  CheckedAcknowledgement,
  CheckedAlternative,
  CheckedAssert,
  CheckedBehaviour,
  CheckedBehaviourCondition,
  CheckedCondition,
  CheckedDuty,
  CheckedPlaceholder,
  CheckedScriptSet,
  CheckedFieldCondition,
  CheckedPolicy,
  CheckedProperty,
  CheckedRestriction,
  RecordAppeal,
  CheckedRule,
  CheckedScript,
  CheckedStep,
  CheckedTrigger,
  CheckedWindow,
  Origin,
} from './checked.js';
export { check, checkText } from './check/check.js';
export type { Acknowledged, CheckOptions, CheckResult } from './check/check.js';
export { WARNINGS } from './check/warnings.js';
export type { WarningCode } from './check/warnings.js';
export { didYouMean, suggest } from './check/suggest.js';
/** JSON with object keys sorted: the form the policy hash and signed snapshots are computed over. */
export { canonicalJson } from './check/hash.js';
