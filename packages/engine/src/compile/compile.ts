/**
 * `compile(policy)`: resolves every name, folds thresholds into constants,
 * prebuilds ladders, duties and decision parts, and indexes rules by the
 * event and channel that try them, once per policy.
 */
import { ACTIONS, ACTION_SEVERITY, BASELINE_ACTIONS, CHANNELS } from '@callguard/dsl/ir';
import type { Action, Channel, CheckedPolicy, CheckedRestriction, CheckedRule } from '@callguard/dsl';
import type { Duty, ScriptRef } from '@callguard/contract';
import { compileCondition } from './condition.js';
import type { ConditionEnv } from './condition.js';
import { detectionBit, detections } from './detections.js';
import { compileDuties, DutyKeys, type RecordAppeals } from './duties.js';
import { FieldSlots, TEXT_SLOTS } from './fields.js';
import { compileLadder, timedLadder } from './ladder.js';
import { ScriptTable } from './scripts.js';
import type { CountPlan, Dispatch, DutyPlan, PolicyPlan, RulePlan } from './plan.js';

/** Compiles a checked policy into its plan. Throws only on a policy `check` would have refused. */
export function compilePlan(policy: CheckedPolicy): PolicyPlan {
  const detected = detections(policy);
  const counts: CountPlan[] = [];
  const fields = new FieldSlots({ roles: policy.roles, restrictions: policy.restrictions, vocabulary: detected.vocabulary });
  const env: ConditionEnv = {
    detections: detected,
    addCount: (count) => counts.push(count) - 1,
    fields,
  };
  const scripts = new ScriptTable();
  // Every script, used or not, so that an agent's action may name any of the policy's.
  for (const [name, text] of Object.entries(policy.scripts)) scripts.ref(name, text);
  const keys = new DutyKeys(detected.vocabulary);
  const sets = { count: 0 };
  const context: RuleContext = {
    env,
    keys,
    scripts,
    sets,
    restrictions: policy.restrictions,
    recordAppeals: policy.recordAppeals ?? {},
    vocabulary: detected.vocabulary,
    neverHangUp: policy.stance === 'never_hang_up',
  };
  const rules = policy.rules.map((rule, index) => compileRule(rule, index, context));
  const ids = new Map<string, RulePlan>();
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new Error(`rule \`${rule.id}\` is declared twice`);
    ids.set(rule.id, rule);
  }
  const limited = policy.rules.some((r) => r.channels.length > 0);
  const everywhere = dispatch(policy.rules, rules, undefined);
  const byChannel = Object.fromEntries(
    CHANNELS.map((channel) => [channel, limited ? dispatch(policy.rules, rules, channel) : everywhere]),
  ) as Record<Channel, Dispatch>;
  const allowedFor = allowedLists();
  // The engine derives `repeated_request` for the customer only.
  const repeatedRequest = detectionBit(detected, 'customer', 'repeated_request');
  return {
    ref: Object.freeze({ name: policy.name, version: policy.version, hash: policy.hash }),
    rules,
    ruleIndex: ids,
    dispatch: byChannel,
    counts,
    vocabulary: detected.vocabulary,
    thresholds: detected.thresholds,
    customerBits: detected.customer,
    agentBits: detected.agent,
    thresholdOfBit: detected.thresholdOfBit,
    behaviourOfBit: detected.behaviourOfBit,
    signalNames: detected.signalNames,
    alwaysCustomer: always(detected.customer, detected.thresholdOfBit),
    alwaysAgent: always(detected.agent, detected.thresholdOfBit),
    dutyKeys: keys.size,
    numberSlots: fields.numberSlots,
    keyedFields: fields.keyedFields,
    readsTalkTime: fields.readsTalkTime,
    readsSpoken: fields.readsSpoken,
    tracksRequests: repeatedRequest !== 0,
    timed: rules.some((r) => r.timed),
    repeatedRequestBit: repeatedRequest !== 0 && 1 >= (detected.thresholdOfBit[31 - Math.clz32(repeatedRequest)] ?? 0) ? repeatedRequest : 0,
    // A copy: the caller may change its checked policy after compiling.
    recordExpiry: { ...policy.recordExpiry },
    allowedFor,
    baselineAllowed: allowedFor(0),
    scripts: scripts.byName(),
    templates: scripts.templates,
    placeholders: { ...policy.placeholders },
    fresh: {
      ladders: filled(rules.length, 0),
      used: filled(sets.count, 0),
      counted: filled(counts.length, 0),
      listed: filled(keys.size, -1),
      numbers: filled(fields.numberSlots, 0),
      texts: filled(TEXT_SLOTS, ''),
    },
  };
}

/** The bits of `bits` whose threshold is 0: detected even when the signal is missing (confidence 0). */
function always(bits: ReadonlyMap<string, number>, thresholdOfBit: readonly number[]): number {
  let mask = 0;
  for (const at of bits.values()) if ((thresholdOfBit[at] ?? 0) <= 0) mask |= 1 << at;
  return mask;
}

/** A plain array of `n` copies of `value`, built by `push` so that V8 keeps it packed. */
function filled<T>(n: number, value: T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(value);
  return out;
}

/** What every rule of a policy compiles against. */
interface RuleContext {
  readonly env: ConditionEnv;
  readonly keys: DutyKeys;
  readonly scripts: ScriptTable;
  /** Counts the steps with a choice of scripts, to give each its slot. */
  readonly sets: { count: number };
  readonly restrictions: Readonly<Record<string, CheckedRestriction>>;
  readonly recordAppeals: RecordAppeals;
  /** The policy's behaviours, built-in then declared: what a `record_*` duty's category indexes. */
  readonly vocabulary: readonly string[];
  readonly neverHangUp: boolean;
}

function compileRule(rule: CheckedRule, index: number, { env, keys, scripts, sets, restrictions, recordAppeals, vocabulary, neverHangUp }: RuleContext): RulePlan {
  const condition =
    rule.condition === undefined
      ? { test: () => true, why: () => (rule.trigger.kind === 'event' ? rule.trigger.event : 'always'), requires: 0, reads: 0 }
      : compileCondition(rule.condition, env);
  const ref = (name: string, text: string): ScriptRef => scripts.ref(name, text);
  const ladder = compileLadder(rule.id, rule.ladder, scripts, neverHangUp, sets);
  const duties = compileDuties(rule.id, rule.duties, keys, ref, restrictions, recordAppeals, vocabulary);
  const must = compileDuties(rule.id, rule.must, keys, ref, restrictions, recordAppeals, vocabulary);
  return {
    index,
    id: rule.id,
    ref: Object.freeze({ id: rule.id, title: rule.title }),
    test: condition.test,
    why: condition.why,
    // Only utterances set detection bits; other rules are always tried on their event.
    requires: rule.trigger.kind === 'utterance' ? condition.requires : 0,
    ladder,
    holds: ladder.some((step) => step.set !== undefined),
    duties,
    fixedDuties: shared(duties),
    must,
    fixedMust: shared(must),
    categories: condition.reads,
    timed: timedLadder(ladder),
  };
}

/** The duties as one shared decision array, when none depends on the event and none repeats another. */
function shared(duties: readonly DutyPlan[]): readonly Duty[] | undefined {
  const fixed = duties.map((d) => d.fixed);
  const distinct = new Set(duties.map((d) => d.key)).size === duties.length;
  return distinct && fixed.every((d) => d !== undefined) ? Object.freeze(fixed) : undefined;
}

/** The rules each event tries on `channel` (every channel when undefined), in policy order. */
function dispatch(checked: readonly CheckedRule[], rules: readonly RulePlan[], channel: Channel | undefined): Dispatch {
  const where = (test: (rule: CheckedRule) => boolean): readonly RulePlan[] =>
    rules.filter((_, i) => {
      const rule = checked[i];
      return rule !== undefined && test(rule) && (channel === undefined || rule.channels.length === 0 || rule.channels.includes(channel));
    });
  const on = (event: string) => (rule: CheckedRule) => rule.trigger.kind === 'event' && rule.trigger.event === event;
  return {
    utterance: where((r) => r.trigger.kind === 'utterance'),
    // Utterance rules are tried on ticks too, their behaviour conditions false.
    tick: where((r) => r.trigger.kind === 'utterance' || on('tick')(r)),
    call_started: where(on('call_started')),
    line_dropped: where(on('line_dropped')),
    poor_line: where(on('poor_line')),
    silence: where(on('silence')),
  };
}

/**
 * `allowed` by the set of actions the fired steps permit (one bit per
 * severity): the baseline added, sorted by severity, built on first use and
 * shared after.
 */
function allowedLists(): (bits: number) => readonly Action[] {
  const baseline = BASELINE_ACTIONS.reduce((bits, a) => bits | (1 << ACTION_SEVERITY[a]), 0);
  const bySeverity = [...ACTIONS].sort((a, b) => ACTION_SEVERITY[a] - ACTION_SEVERITY[b]);
  const lists = new Array<readonly Action[] | undefined>(1 << ACTIONS.length);
  return (bits) => {
    const all = bits | baseline;
    let list = lists[all];
    if (list === undefined) {
      list = Object.freeze(bySeverity.filter((a) => (all & (1 << ACTION_SEVERITY[a])) !== 0));
      lists[all] = list;
    }
    return list;
  };
}
