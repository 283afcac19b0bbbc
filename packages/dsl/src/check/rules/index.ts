/** Every rule of the checker, run in this order on each file. */
import type { CheckRule } from '../context.js';
import { acknowledgements } from './acknowledgements.js';
import { asserts } from './asserts.js';
import { builtinPlaceholders } from './builtin-placeholders.js';
import { closingWithoutCallbackNumber } from './callback-number.js';
import { counts } from './counts.js';
import { dates } from './dates.js';
import { declaredBehaviours } from './declared-behaviours.js';
import { duplicates } from './duplicates.js';
import { durations } from './durations.js';
import { extendsRule } from './extends.js';
import { fields } from './fields.js';
import { groups } from './groups.js';
import { headers } from './headers.js';
import { immediately } from './immediately.js';
import { invisibleCharacters } from './invisible-characters.js';
import { lineEvents } from './line-events.js';
import { missingTargets } from './missing-targets.js';
import { restrictionIncomplete } from './restriction-incomplete.js';
import { ruleShape } from './rule-shape.js';
import { scriptSets } from './script-sets.js';
import { semver } from './semver.js';
import { shadowedRules } from './shadowed-rules.js';
import { stanceEscalateFirst } from './stance-escalate-first.js';
import { stanceInheritance } from './stance-inheritance.js';
import { stanceNeverHangUp } from './stance-never-hang-up.js';
import { stanceWarnThenEnd } from './stance-warn-then-end.js';
import { stepModifiers } from './step-modifiers.js';
import { thresholds } from './thresholds.js';
import { timedFirstStep } from './timed-first-step.js';
import { times } from './times.js';
import { unknownActions } from './unknown-actions.js';
import { unknownBehaviours } from './unknown-behaviours.js';
import { unknownChannels } from './unknown-channels.js';
import { unknownDuties } from './unknown-duties.js';
import { unknownEndModes } from './unknown-end-modes.js';
import { unknownEvents } from './unknown-events.js';
import { unknownPlaceholders } from './unknown-placeholders.js';
import { unknownRecordKinds } from './unknown-record-kinds.js';
import { unknownRestrictionKinds } from './unknown-restriction-kinds.js';
import { unknownRestrictions } from './unknown-restrictions.js';
import { unknownRoles } from './unknown-roles.js';
import { unknownScopes } from './unknown-scopes.js';
import { unknownScripts } from './unknown-scripts.js';
import { unknownSpeakers } from './unknown-speakers.js';
import { unknownStance } from './unknown-stance.js';
import { unknownTeams } from './unknown-teams.js';
import { unknownWords } from './unknown-words.js';
import { unreachableSteps } from './unreachable-steps.js';
import { unusedGroups } from './unused-groups.js';
import { unusedPlaceholders } from './unused-placeholders.js';
import { unusedRestrictions } from './unused-restrictions.js';
import { unusedScripts } from './unused-scripts.js';
import { noVulnerableRule } from './vulnerable-customers.js';
import { zeroTolerance } from './zero-tolerance.js';

export const RULES: readonly CheckRule[] = [
  extendsRule,
  headers,
  duplicates,
  unknownStance,
  semver,
  dates,
  thresholds,
  groups,
  declaredBehaviours,
  unknownBehaviours,
  unknownSpeakers,
  fields,
  unknownActions,
  unknownScripts,
  scriptSets,
  unknownPlaceholders,
  builtinPlaceholders,
  unknownRoles,
  unknownDuties,
  unknownEvents,
  unknownTeams,
  unknownRestrictions,
  unknownChannels,
  unknownEndModes,
  unknownRecordKinds,
  unknownRestrictionKinds,
  unknownScopes,
  unknownWords,
  invisibleCharacters,
  durations,
  counts,
  times,
  ruleShape,
  restrictionIncomplete,
  missingTargets,
  lineEvents,
  stepModifiers,
  unreachableSteps,
  timedFirstStep,
  unusedScripts,
  unusedPlaceholders,
  unusedGroups,
  unusedRestrictions,
  closingWithoutCallbackNumber,
  noVulnerableRule,
  stanceInheritance,
  stanceNeverHangUp,
  stanceEscalateFirst,
  stanceWarnThenEnd,
  immediately,
  zeroTolerance,
  shadowedRules,
  asserts,
  acknowledgements,
];
