/**
 * The symbol tables of a policy merged with its bases, built once per file
 * and shared by every rule. Entries are syntax nodes, so a diagnostic about an
 * inherited definition points into the base's own file.
 */
import type { Acknowledgement, AssertDef, BehaviourDef, GroupDef, HeaderField, Name, PlaceholderDef, Policy, RecordExpiry, RestrictionDef, Rule, ScriptDef, Threshold } from '../ast.js';
import { ROLES } from '../vocabulary.js';

export type HeaderKind = HeaderField['field'];

/** Header fields a policy takes from its base when it does not set them. */
const INHERITED_HEADERS: readonly HeaderKind[] = ['effective', 'stance'];

export interface Scope {
  readonly name: string;
  /** Base policy names, nearest first. */
  readonly bases: readonly string[];
  readonly headers: ReadonlyMap<HeaderKind, HeaderField>;
  readonly scripts: ReadonlyMap<string, ScriptDef>;
  /** Placeholders declared with `placeholder`, by name; this policy's replace its base's. */
  readonly placeholders: ReadonlyMap<string, PlaceholderDef>;
  readonly groups: ReadonlyMap<string, GroupDef>;
  /** Declared behaviours, base's first; this policy's replace its base's of the same name, in their place. */
  readonly behaviours: ReadonlyMap<string, BehaviourDef>;
  readonly defaultThreshold: Threshold | undefined;
  /** Per-behaviour (or per-group) thresholds by the name written. */
  readonly thresholds: ReadonlyMap<string, Threshold>;
  /** `zero_tolerance` entries, first mention of each name. */
  readonly zeroTolerance: readonly Name[];
  /** Built-in roles, then declared ones (base first), each once. */
  readonly roles: readonly string[];
  /** Declared teams, base first, each once. */
  readonly teams: readonly string[];
  /** `record <kind> expires after D` by kind as written; this policy's replace its base's. */
  readonly records: ReadonlyMap<string, RecordExpiry>;
  /** `require callback_number` here or in a base. */
  readonly requireCallbackNumber: boolean;
  /** Restrictions by name; this policy's replace its base's of the same name. */
  readonly restrictions: ReadonlyMap<string, RestrictionDef>;
  /** Rules in priority order: base rules first, overrides in their base's place. */
  readonly rules: readonly Rule[];
  /** `assert`s, the bases' first: a policy keeps its bases' promises. */
  readonly asserts: readonly AssertDef[];
  /** `acknowledge`s, this policy's first, then its bases': a policy builds on its bases' reasons. */
  readonly acknowledgements: readonly Acknowledgement[];
}

/** A rule's id: its name, or for `on <event>` without a name of its own the event. */
export function ruleId(rule: Rule): string {
  return rule.name.value;
}

/** How the rule's head reads, for messages: `rule abuse`, `on silence` or `on silence ghost_call`. */
export function ruleForm(rule: Rule): string {
  if (!rule.on) return `rule ${rule.name.value}`;
  return rule.name === rule.on ? `on ${rule.on.value}` : `on ${rule.on.value} ${rule.name.value}`;
}

/** Merges a policy's own definitions over its base's; the first of duplicates wins. */
export function buildScope(policy: Policy, base: Scope | undefined): Scope {
  const headers = new Map<HeaderKind, HeaderField>();
  for (const kind of INHERITED_HEADERS) {
    const inherited = base?.headers.get(kind);
    if (inherited) headers.set(kind, inherited);
  }
  const own = new Set<HeaderKind>();
  const scripts = new Map(base?.scripts);
  const placeholders = new Map(base?.placeholders);
  const ownPlaceholders = new Set<string>();
  const groups = new Map(base?.groups);
  const behaviours = new Map(base?.behaviours);
  const ownBehaviours = new Set<string>();
  const thresholds = new Map(base?.thresholds);
  const zeroTolerance = [...(base?.zeroTolerance ?? [])];
  const roles = new Set<string>(base?.roles ?? ROLES);
  const teams = new Set<string>(base?.teams);
  const records = new Map(base?.records);
  const restrictions = new Map(base?.restrictions);
  const ownRecords = new Set<string>();
  const ownRestrictions = new Set<string>();
  let requireCallbackNumber = base?.requireCallbackNumber ?? false;
  const rules = [...(base?.rules ?? [])];
  const asserts = [...(base?.asserts ?? [])];
  const acknowledgements: Acknowledgement[] = [];
  const baseRuleCount = rules.length;
  const ownRules = new Set<string>();
  const ownScripts = new Set<string>();
  const ownGroups = new Set<string>();
  const ownThresholds = new Set<string>();
  let defaultThreshold = base?.defaultThreshold;
  let ownDefault = false;

  for (const item of policy.items) {
    switch (item.kind) {
      case 'HeaderField':
        if (!own.has(item.field)) headers.set(item.field, item);
        own.add(item.field);
        break;
      case 'ScriptDef':
        if (!ownScripts.has(item.name.value)) scripts.set(item.name.value, item);
        ownScripts.add(item.name.value);
        break;
      case 'PlaceholderDef':
        if (!ownPlaceholders.has(item.name.value)) placeholders.set(item.name.value, item);
        ownPlaceholders.add(item.name.value);
        break;
      case 'GroupDef':
        if (!ownGroups.has(item.name.value)) groups.set(item.name.value, item);
        ownGroups.add(item.name.value);
        break;
      case 'BehaviourDef': {
        const name = item.name.value;
        if (ownBehaviours.has(name)) break;
        ownBehaviours.add(name);
        behaviours.set(name, item);
        // The declaration's threshold is a threshold line of its own; a
        // redeclaration without one drops the base's with the base's declaration.
        if (ownThresholds.has(name)) break;
        if (item.threshold) {
          ownThresholds.add(name);
          thresholds.set(name, { kind: 'Threshold', behaviour: item.name, value: item.threshold, span: item.span });
        } else if (base?.behaviours.has(name)) thresholds.delete(name);
        break;
      }
      case 'Threshold':
        if (item.behaviour === undefined) {
          if (!ownDefault) defaultThreshold = item;
          ownDefault = true;
        } else {
          if (!ownThresholds.has(item.behaviour.value)) thresholds.set(item.behaviour.value, item);
          ownThresholds.add(item.behaviour.value);
        }
        break;
      case 'ZeroTolerance':
        for (const b of item.behaviours) {
          if (!zeroTolerance.some((z) => z.value === b.value)) zeroTolerance.push(b);
        }
        break;
      case 'RolesDecl':
        for (const n of item.names) roles.add(n.value);
        break;
      case 'TeamsDecl':
        for (const n of item.names) teams.add(n.value);
        break;
      case 'RecordExpiry':
        if (!ownRecords.has(item.record.value)) records.set(item.record.value, item);
        ownRecords.add(item.record.value);
        break;
      case 'Requirement':
        if (item.what.value === 'callback_number') requireCallbackNumber = true;
        break;
      case 'RestrictionDef':
        if (!ownRestrictions.has(item.name.value)) restrictions.set(item.name.value, item);
        ownRestrictions.add(item.name.value);
        break;
      case 'AssertDef':
        asserts.push(item);
        break;
      case 'Acknowledgement':
        acknowledgements.push(item);
        break;
      case 'Rule': {
        const id = ruleId(item);
        if (ownRules.has(id)) break;
        ownRules.add(id);
        const at = rules.findIndex((r, i) => i < baseRuleCount && ruleId(r) === id);
        if (at >= 0) rules[at] = item;
        else rules.push(item);
        break;
      }
    }
  }
  return {
    name: policy.name.value,
    bases: base ? [base.name, ...base.bases] : [],
    headers,
    scripts,
    placeholders,
    groups,
    behaviours,
    defaultThreshold,
    thresholds,
    zeroTolerance,
    roles: [...roles],
    teams: [...teams],
    records,
    requireCallbackNumber,
    restrictions,
    rules,
    asserts,
    acknowledgements: [...acknowledgements, ...(base?.acknowledgements ?? [])],
  };
}
