/**
 * What every rule sees: this file's policy, its base, the merged symbol
 * tables, lookups built once, and a way to report. Rules never throw and
 * never stop the others: each reports what it finds.
 *
 * About forty rules read the same few facts of every rule (its atoms, the
 * choices of its ladder, its duties, its condition and normal form). The
 * context works each out once per rule, on first use, and hands every rule
 * the same read-only array: with 1,000 rules, walking them again in each
 * rule cost more than the rules' own work.
 */
import type { Comment, Duty, HeaderField, Policy, Rule, Step } from '../ast.js';
import { diagnostic } from '../diagnostic.js';
import type { Diagnostic, RelatedSpan } from '../diagnostic.js';
import type { Source } from '../source.js';
import type { Span } from '../span.js';
import { BEHAVIOURS, STANCES } from '../vocabulary.js';
import type { Stance } from '../vocabulary.js';
import type { CheckCode } from './codes.js';
import type { WarningCode } from './warnings.js';
import { atomsOf, canonicalBehaviours, convertCondition, toDnf } from './condition.js';
import type { Atom, Conjunct, Converted } from './condition.js';
import { allChoices, allDuties } from './ladder.js';
import type { Scope } from './scope.js';

/** The base policy as checked: its own syntax tree and merged scope. */
export interface BaseInfo {
  readonly policy: Policy;
  readonly scope: Scope;
}

/** Why the base could not be used, found while resolving `extends`. */
export interface BaseProblem {
  readonly code: 'check/extends-missing' | 'check/extends-cycle' | 'check/extends-too-deep';
  readonly message: string;
  readonly help?: string;
}

interface Extra {
  readonly help?: string;
  readonly related?: readonly RelatedSpan[];
}

export interface CheckContext {
  readonly source: Source;
  readonly policy: Policy;
  readonly comments: readonly Comment[];
  readonly base: BaseInfo | undefined;
  readonly baseProblem: BaseProblem | undefined;
  readonly scope: Scope;
  /** The policy's stance when it names a known one (possibly inherited). */
  readonly stance: { readonly value: Stance; readonly header: HeaderField } | undefined;
  /** This file's own rules, in order. */
  readonly ownRules: readonly Rule[];
  /** The built-in behaviours, then the ones the policy and its bases declare (no built-in name among them). */
  readonly vocabulary: readonly string[];
  /** A behaviour (built-in or declared), or a group's members expanded (cycles cut); undefined if unknown. */
  behavioursOf(name: string): readonly string[] | undefined;
  /** A rule's condition resolved against the merged scope (cached). */
  condition(rule: Rule): Converted;
  /**
   * The disjunctive normal form of a rule's condition (cached); undefined
   * when a name in it is unknown or the form is too large (see `toDnf`).
   */
  dnf(rule: Rule): readonly Conjunct[] | undefined;
  /** `atomsOf(rule.when)` (cached). */
  atoms(rule: Rule): readonly Atom[];
  /** `allChoices(rule)` (cached). */
  choices(rule: Rule): readonly Step[];
  /** `allDuties(rule)` (cached). */
  duties(rule: Rule): readonly Duty[];
  error(code: CheckCode, message: string, span: Span, extra?: Extra): void;
  warning(code: WarningCode, message: string, span: Span, extra?: Extra): void;
}

export function createContext(
  init: Pick<CheckContext, 'source' | 'policy' | 'comments' | 'base' | 'baseProblem' | 'scope'>,
  out: Diagnostic[],
): CheckContext {
  const { scope } = init;
  const vocabulary = [...BEHAVIOURS, ...[...scope.behaviours.keys()].filter((b) => !(BEHAVIOURS as readonly string[]).includes(b))];
  const known = new Set(vocabulary);
  const expanded = new Map<string, readonly string[]>();
  const expanding = new Set<string>();
  const behavioursOf = (name: string): readonly string[] | undefined => {
    if (known.has(name)) return [name];
    const group = scope.groups.get(name);
    if (!group) return undefined;
    const done = expanded.get(name);
    if (done) return done;
    if (expanding.has(name)) return [];
    expanding.add(name);
    const members = canonicalBehaviours(group.members.flatMap((m) => behavioursOf(m.value) ?? []), vocabulary);
    expanding.delete(name);
    expanded.set(name, members);
    return members;
  };
  const conditions = new Map<Rule, Converted>();
  const condition = (rule: Rule): Converted => {
    let c = conditions.get(rule);
    if (!c) {
      c = convertCondition(rule.when, behavioursOf);
      conditions.set(rule, c);
    }
    return c;
  };
  const dnfs = new Map<Rule, readonly Conjunct[] | undefined>();
  const atoms = new Map<Rule, readonly Atom[]>();
  const choices = new Map<Rule, readonly Step[]>();
  const duties = new Map<Rule, readonly Duty[]>();
  const header = scope.headers.get('stance');
  const stanceValue = header?.value.kind === 'Name' ? header.value.value : undefined;
  const stance =
    header && (STANCES as readonly string[]).includes(stanceValue ?? '')
      ? { value: stanceValue as Stance, header }
      : undefined;
  const report = (severity: 'error' | 'warning') => (code: CheckCode, message: string, span: Span, extra: Extra = {}) =>
    out.push(diagnostic(code, severity, message, span, extra.help === undefined ? { related: extra.related ?? [] } : { help: extra.help, related: extra.related ?? [] }));
  return {
    ...init,
    stance,
    ownRules: init.policy.items.filter((i): i is Rule => i.kind === 'Rule'),
    vocabulary,
    behavioursOf,
    condition,
    dnf(rule) {
      if (dnfs.has(rule)) return dnfs.get(rule);
      const { condition: c, known } = condition(rule);
      const dnf = known ? toDnf(c) : undefined;
      dnfs.set(rule, dnf);
      return dnf;
    },
    // Written out rather than through a helper taking a closure: these are
    // called some forty thousand times per 1,000 rules.
    atoms(rule) {
      let value = atoms.get(rule);
      if (value === undefined) atoms.set(rule, (value = atomsOf(rule.when)));
      return value;
    },
    choices(rule) {
      let value = choices.get(rule);
      if (value === undefined) choices.set(rule, (value = allChoices(rule)));
      return value;
    },
    duties(rule) {
      let value = duties.get(rule);
      if (value === undefined) duties.set(rule, (value = allDuties(rule)));
      return value;
    },
    error: report('error'),
    warning: report('warning'),
  };
}

/** A rule of the checker: one concern, reported through the context. */
export type CheckRule = (ctx: CheckContext) => void;
