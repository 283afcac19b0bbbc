/**
 * Export of a policy's per-event conditions as json-rules-engine rules, so a
 * team already running json-rules-engine can adopt CallGuard gradually. The
 * output is plain JSON: this package does not depend on json-rules-engine.
 *
 * json-rules-engine has no memory between runs, so what CallGuard keeps per
 * call is passed in as facts (see "Export to json-rules-engine" in
 * docs/semantics.md):
 *
 * | fact | value |
 * | --- | --- |
 * | `event.type` | the event's `type` (`call_started` for the opening) |
 * | `utterance.speaker` | `customer` or `agent`; `""` on other events |
 * | `signal.<behaviour>` | the utterance's confidence, 0 when absent or not an utterance; `repeated_request` derived from `request` labels |
 * | `caller.<field>` | from `call_started`: absent numbers 0, booleans false; record counts, restrictions, talk time and tenure as docs/semantics.md says |
 * | `caller.<records>.<behaviour>`, `caller.restrictions.<name>`, `call.staffed.<role>` | keyed fields, likewise |
 * | `call.duration` | ms since `call_started` |
 * | `call.peak_hours`, `call.queue`, `call.channel` | from `call_started` (false, `""`, `phone` when absent) |
 * | `silence.duration` | a silence event's `seconds` in ms, else 0 |
 * | `call.customer_spoken` | true once some utterance of the call, this one included, was the customer's |
 * | `step.<rule>` | the rule's current ladder step, 1-based (the last step once reached) |
 * | `count.<rule>.<k>` | detections for the rule's k-th count condition (0-based, left to right) within its window, this event included |
 *
 * Each CallGuard rule becomes one json-rules-engine rule per ladder step,
 * guarded by `step.<rule>`, the events that try it and its channels.
 * Priorities are distinct and follow the engine's choice of winner (most
 * severe step, then the rule declared first), so the first event
 * json-rules-engine returns is the winner. Each event's params carry what a
 * caller needs to keep the facts up to date: the step, its alternatives and
 * its ladder length, the definition of every count fact of the rule, and the
 * policy's record expiry when the rule reads record counts. A `may` step
 * (a menu) prescribes `continue` and lists what it offers. Steps written
 * `after` or `at once` are refused (`artefact/not-exportable`):
 * json-rules-engine keeps no time between runs and fires a rule once per run.
 *
 * @module @callguard/engine/json-rules-engine
 */
import { CallGuardError } from '@callguard/contract';
import { ACTION_SEVERITY } from '@callguard/dsl/ir';
import type {
  Action,
  CheckedCondition,
  CheckedDuty,
  CheckedFieldCondition,
  CheckedPolicy,
  CheckedRule,
  CheckedStep,
  RecordKind,
  Speaker,
} from '@callguard/dsl';

/** A json-rules-engine operator used by the export. */
export type JreOperator = 'equal' | 'notEqual' | 'lessThan' | 'lessThanInclusive' | 'greaterThan' | 'greaterThanInclusive' | 'in';

/** A json-rules-engine condition: a fact comparison or a boolean combination. */
export type JreCondition =
  | { readonly all: readonly JreCondition[] }
  | { readonly any: readonly JreCondition[] }
  | { readonly not: JreCondition }
  | { readonly fact: string; readonly operator: JreOperator; readonly value: number | boolean | string | readonly string[] };

/** A duty in an exported rule's params: the checked duty's fields that are set, snake_case. */
export interface JreDuty {
  readonly kind: string;
  readonly target?: string;
  readonly script?: string;
  readonly owner?: string;
  readonly subject?: 'agent';
  readonly restriction?: string;
  readonly sanction?: string;
  readonly for_ms?: number;
  readonly within_ms?: number;
  readonly callback_to?: string;
  readonly window?: { readonly from: string; readonly to: string };
  readonly daily_cap?: number;
}

/** How to keep a `count.<rule>.<k>` fact: detections by `speaker` of any behaviour at its threshold. */
export interface JreCountFact {
  readonly fact: string;
  readonly speaker: Speaker;
  readonly thresholds: Readonly<Partial<Record<string, number>>>;
  readonly within_ms: number;
}

/** The params of an exported rule's event: the step it prescribes, and how to keep its facts. */
export interface JreParams {
  readonly rule: string;
  readonly title: string;
  readonly step: { readonly n: number; readonly of: number };
  readonly script?: { readonly name: string; readonly text: string };
  /** `with any N of (...)`: the step holds its ladder until the agent reports using `at_least` of `scripts`. */
  readonly script_set?: { readonly at_least: number; readonly scripts: readonly string[] };
  readonly to?: string;
  readonly by?: string;
  readonly mode?: string;
  readonly team?: string;
  readonly approved_by?: readonly string[];
  readonly for_ms?: number;
  readonly within_ms?: number;
  readonly callback_to?: string;
  readonly window?: { readonly from: string; readonly to: string };
  readonly daily_cap?: number;
  /** The actions of the step's alternatives, which an `agent_action` can deliver too; a menu's choices, all of them. */
  readonly alternatives: readonly Action[];
  /** The script each alternative names (`""` for none), when one names any: an `agent_action` naming a script takes an alternative only with its own. */
  readonly alternative_scripts?: readonly string[];
  /** A `may` step: the actions it offers, least to most severe (the event's type is then `continue`). */
  readonly offered?: readonly Action[];
  readonly required: readonly JreDuty[];
  readonly duties: readonly JreDuty[];
  readonly counts: readonly JreCountFact[];
  /** The policy's record expiry in ms per kind, on rules that read record counts. */
  readonly record_expiry?: Readonly<Partial<Record<RecordKind, number>>>;
}

/** One json-rules-engine rule, as `new Engine(rules)` accepts it. */
export interface JreRule {
  /** `<rule id>#<step n>`. */
  readonly name: string;
  readonly priority: number;
  readonly conditions: { readonly all: readonly JreCondition[] };
  readonly event: { readonly type: Action; readonly params: JreParams };
}

const OPERATORS: Readonly<Record<CheckedFieldCondition['op'], JreOperator>> = {
  '=': 'equal',
  '!=': 'notEqual',
  '<': 'lessThan',
  '<=': 'lessThanInclusive',
  '>': 'greaterThan',
  '>=': 'greaterThanInclusive',
};

/**
 * The policy's rules as json-rules-engine rules, one per ladder step. Throws
 * `artefact/not-exportable` for a step written `after` or `at once`.
 */
export function toJsonRulesEngine(policy: CheckedPolicy): JreRule[] {
  refuseTimedSteps(policy);
  const threshold = (b: string): number => policy.thresholds[b] ?? policy.defaultThreshold;
  const slots = policy.rules.length;
  return policy.rules.flatMap((rule, index) => {
    const counts: JreCountFact[] = [];
    const condition = rule.condition === undefined ? undefined : toCondition(rule, rule.condition, threshold, counts);
    // Utterance rules are tried on ticks too.
    const events = rule.trigger.kind === 'utterance' ? ['utterance', 'tick'] : [rule.trigger.event];
    const expiry = readsRecords(rule.condition) && Object.keys(policy.recordExpiry).length > 0 ? policy.recordExpiry : undefined;
    return rule.ladder.map(
      (step): JreRule => ({
        name: `${rule.id}#${step.n}`,
        // Severity first, then declaration order; distinct and at least 1, as json-rules-engine requires.
        priority: ACTION_SEVERITY[prescribed(step)] * slots + (slots - index),
        conditions: {
          all: [
            { fact: 'event.type', operator: 'in', value: events },
            { fact: `step.${rule.id}`, operator: 'equal', value: step.n },
            ...(rule.channels.length === 0 ? [] : [{ fact: 'call.channel', operator: 'in' as const, value: rule.channels }]),
            ...(condition === undefined ? [] : [condition]),
          ],
        },
        event: { type: prescribed(step), params: params(rule, step, counts, expiry) },
      }),
    );
  });
}

/** What a step prescribes: its action, or `continue` for a menu. */
function prescribed(step: CheckedStep): Action {
  return step.may ? 'continue' : step.action;
}

/** A step that waits or follows at once needs time and a second firing in one run, which json-rules-engine has not. */
function refuseTimedSteps(policy: CheckedPolicy): void {
  for (const rule of policy.rules) {
    const step = rule.ladder.find((s) => s.afterMs !== undefined || s.atOnce);
    if (step === undefined) continue;
    const how = step.atOnce ? '`at once`' : '`after`';
    throw new CallGuardError('artefact/not-exportable', `rule \`${rule.id}\` step ${step.n} is written ${how}, which json-rules-engine cannot express`, {
      help: 'json-rules-engine keeps no time between runs and fires a rule once per run; run this policy with the CallGuard engine, or export a version without `after` and `at once`',
    });
  }
}

/** Whether a condition reads a record count (`caller.warnings`, `caller.strikes.threat`, ...). */
function readsRecords(c: CheckedCondition | undefined): boolean {
  if (c === undefined) return false;
  switch (c.kind) {
    case 'and':
    case 'or':
      return c.items.some(readsRecords);
    case 'not':
      return readsRecords(c.operand);
    case 'field':
      return c.root === 'caller' && ['warnings', 'strikes', 'incidents'].includes(c.member);
    case 'behaviour':
      return false;
  }
}

function toCondition(
  rule: CheckedRule,
  c: CheckedCondition,
  threshold: (b: string) => number,
  counts: JreCountFact[],
): JreCondition {
  switch (c.kind) {
    case 'and':
      return { all: c.items.map((i) => toCondition(rule, i, threshold, counts)) };
    case 'or':
      return { any: c.items.map((i) => toCondition(rule, i, threshold, counts)) };
    case 'not':
      return { not: toCondition(rule, c.operand, threshold, counts) };
    case 'field':
      return { fact: c.key === undefined ? `${c.root}.${c.member}` : `${c.root}.${c.member}.${c.key}`, operator: OPERATORS[c.op], value: c.value };
    case 'behaviour': {
      const detected: JreCondition[] = [
        { fact: 'utterance.speaker', operator: 'equal', value: c.speaker },
        {
          any: c.behaviours.map(
            (b): JreCondition => ({ fact: `signal.${b}`, operator: 'greaterThanInclusive', value: threshold(b) }),
          ),
        },
      ];
      if (c.count === undefined) return { all: detected };
      const fact = `count.${rule.id}.${counts.length}`;
      counts.push({
        fact,
        speaker: c.speaker,
        thresholds: Object.fromEntries(c.behaviours.map((b) => [b, threshold(b)])),
        within_ms: c.count.withinMs,
      });
      return { all: [...detected, { fact, operator: 'greaterThanInclusive', value: c.count.times }] };
    }
  }
}

function params(
  rule: CheckedRule,
  step: CheckedStep,
  counts: readonly JreCountFact[],
  expiry: Readonly<Partial<Record<RecordKind, number>>> | undefined,
): JreParams {
  // What an agent's action can take besides the step itself: its alternatives, or every choice of a menu.
  const choices = step.may ? [step, ...step.alternatives] : step.alternatives;
  return {
    rule: rule.id,
    title: rule.title,
    step: { n: step.n, of: rule.ladder.length },
    ...(step.may ? {} : details(step)),
    alternatives: choices.map((a) => a.action),
    ...(choices.some((a) => a.script !== undefined) ? { alternative_scripts: choices.map((a) => a.script?.name ?? '') } : {}),
    ...(step.may ? { offered: [...new Set([step, ...step.alternatives].map((a) => a.action))].sort((a, b) => ACTION_SEVERITY[a] - ACTION_SEVERITY[b]) } : {}),
    required: rule.must.map(duty),
    duties: rule.duties.map(duty),
    counts,
    ...(expiry === undefined ? {} : { record_expiry: { ...expiry } }),
  };
}

/** A step's own details, as the decision would give them. */
function details(step: CheckedStep): Partial<JreParams> {
  return {
    ...(step.script === undefined ? {} : { script: { name: step.script.name, text: step.script.text } }),
    ...(step.scriptSet === undefined ? {} : { script_set: { at_least: step.scriptSet.atLeast, scripts: step.scriptSet.scripts.map((s) => s.name) } }),
    ...(step.to === undefined ? {} : { to: step.to }),
    ...(step.by === undefined ? {} : { by: step.by }),
    ...(step.mode === undefined ? {} : { mode: step.mode }),
    ...(step.team === undefined ? {} : { team: step.team }),
    ...(step.approvedBy.length === 0 ? {} : { approved_by: [...step.approvedBy] }),
    ...(step.forMs === undefined ? {} : { for_ms: step.forMs }),
    ...(step.withinMs === undefined ? {} : { within_ms: step.withinMs }),
    ...(step.callbackTo === undefined ? {} : { callback_to: step.callbackTo }),
    ...(step.window === undefined ? {} : { window: { from: step.window.from, to: step.window.to } }),
    ...(step.dailyCap === undefined ? {} : { daily_cap: step.dailyCap }),
  };
}

function duty(d: CheckedDuty): JreDuty {
  return {
    kind: d.kind,
    ...(d.target === undefined ? {} : { target: d.target }),
    ...(d.script === undefined ? {} : { script: d.script.name }),
    ...(d.owner === undefined ? {} : { owner: d.owner }),
    ...(d.subject === 'agent' ? { subject: 'agent' as const } : {}),
    ...(d.restriction === undefined ? {} : { restriction: d.restriction }),
    ...(d.sanction === undefined ? {} : { sanction: d.sanction }),
    ...(d.forMs === undefined ? {} : { for_ms: d.forMs }),
    ...(d.withinMs === undefined ? {} : { within_ms: d.withinMs }),
    ...(d.callbackTo === undefined ? {} : { callback_to: d.callbackTo }),
    ...(d.window === undefined ? {} : { window: { from: d.window.from, to: d.window.to } }),
    ...(d.dailyCap === undefined ? {} : { daily_cap: d.dailyCap }),
  };
}
