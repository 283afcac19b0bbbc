/**
 * `verify(policy)`: explores every call of the policy's finite model and
 * checks the built-in properties (the stance's promise, a `document` duty on
 * every ending, no dead or shadowed rule, every group member reachable) and
 * the properties asked for. A broken property comes with the shortest call
 * that breaks it, as events `replay` reproduces.
 */
import { DISCONNECT_EVENTS } from '@callguard/dsl';
import type { Action, CheckedAlternative, CheckedFieldCondition, CheckedPolicy, CheckedRule, CheckedStep } from '@callguard/dsl';
import type { Decision } from '@callguard/contract';
import { compile } from '../policy.js';
import { explore, witnessEvents } from './explore.js';
import type { ExploreStats, Transition } from './explore.js';
import { fieldName } from './conditions.js';
import { callModel } from './model.js';
import { PropertyMonitor, propertyFields, propertyTimes } from './property.js';
import type { DecisionContext, Property } from './property.js';
import type { Situation } from './situations.js';

/** A property's verdict. */
export interface Finding {
  /** The property in words (`never end_call unless warned`). */
  readonly property: string;
  /** Built in, or asked for (on the command line or in the policy). */
  readonly source: 'built-in' | 'asserted';
  /** The title of the policy's `assert`, when it has one. */
  readonly title?: string;
  readonly holds: boolean;
  /** What breaks it, when it does not hold. */
  readonly detail?: string;
  /** The shortest call that breaks it: its events, the last one deciding wrongly. */
  readonly counterexample?: Counterexample;
}

/** A call that breaks a property. */
export interface Counterexample {
  /** `call_started` first; `replay` reproduces the decisions. */
  readonly events: readonly Record<string, unknown>[];
  /** The decision that breaks the property (for the last event). */
  readonly decision: Decision;
  /** Steps of the model taken to get there: the events after the start and the waits between them. */
  readonly steps: number;
}

/** What `verify` found and how much it explored. */
export interface VerifyResult {
  readonly findings: readonly Finding[];
  /** True when every property holds. */
  readonly holds: boolean;
  readonly stats: ExploreStats & { readonly situations: number; readonly letters: number };
}

/** Options for `verify`. */
export interface VerifyOptions {
  /** Properties to check besides the built-in ones and the policy's own `assert`s. */
  readonly asserts?: readonly Property[];
  /** Check the built-in properties (default true). */
  readonly builtIn?: boolean;
  /** Stop after this many states (default 2,000,000); the result then says it is incomplete. */
  readonly maxStates?: number;
  /** Called now and then with the states explored so far. */
  readonly progress?: (states: number, depth: number) => void;
}

/** The built-in properties a policy's stance promises, plus a record of every ending. */
export function stanceProperties(policy: CheckedPolicy): Property[] {
  const never = (action: 'end_call' | 'block_caller', unless: number | 'escalated' | undefined, text: string, exemptImmediate = false): Property => ({
    kind: 'never',
    text,
    action,
    unless,
    firstMs: undefined,
    when: undefined,
    exemptImmediate,
  });
  const owes = (action: 'end_call' | 'block_caller'): Property => ({ kind: 'owes', text: `${action} always owes document`, action, duty: 'document' });
  const stance: Property[] = [];
  switch (policy.stance) {
    case 'never_hang_up':
      stance.push(never('end_call', undefined, 'never end_call (stance never_hang_up)'), never('block_caller', undefined, 'never block_caller (stance never_hang_up)'));
      break;
    case 'escalate_first':
      stance.push(
        never('end_call', 'escalated', 'never end_call unless escalated (stance escalate_first)'),
        never('block_caller', 'escalated', 'never block_caller unless escalated (stance escalate_first)'),
      );
      break;
    case 'warn_then_end':
    case 'zero_tolerance':
      stance.push(never('end_call', 1, `never end_call unless warned, except steps written immediately, disconnects and announced time limits (stance ${policy.stance})`, true));
      break;
  }
  return [...stance, owes('end_call'), owes('block_caller')];
}

/** Verifies `policy`; see the module comment. */
export function verify(policy: CheckedPolicy, options: VerifyOptions = {}): VerifyResult {
  const own = policy.asserts ?? [];
  const asserted = [...own.map((a) => a.property), ...(options.asserts ?? [])];
  const builtIn = options.builtIn === false ? [] : stanceProperties(policy);
  const properties = [...builtIn, ...asserted];
  const titles = [...builtIn.map(() => undefined), ...own.map((a) => a.title)];
  const monitors = properties.map((p) => new PropertyMonitor(p));
  const fields = properties.flatMap(propertyFields);
  const model = callModel([policy], fields, properties.flatMap(propertyTimes));
  const compiled = compile(policy);
  const broken: (Counterexample | undefined)[] = properties.map(() => undefined);
  const fired = new Set<string>();
  const won = new Set<string>();
  /** Per speaker and single behaviour class detected alone: the rules that fired. */
  const firedAlone = new Map<string, Set<string>>();
  const observer = {
    initial: monitors.map((m) => m.initial),
    key: (m: readonly number[]) => m.join(),
    step: (t: Transition<readonly number[]>): readonly number[] => {
      const decision = t.decisions[0] as Decision;
      const event = t.event;
      const c = decisionContext(policy, t, decision, event);
      if (event['type'] !== 'agent_action') {
        for (const m of decision.matched) fired.add(m.rule);
        if (decision.rule !== undefined) won.add(decision.rule.id);
        const alone = t.to.letter?.classes?.length === 1 ? (t.to.letter.classes[0] ?? []) : [];
        for (const behaviour of alone) {
          const key = `${t.to.letter?.speaker}:${behaviour}`;
          const rules = firedAlone.get(key) ?? new Set<string>();
          for (const m of decision.matched) rules.add(m.rule);
          firedAlone.set(key, rules);
        }
      }
      return monitors.map((m, i) => {
        if (broken[i] !== undefined) return 0;
        const state = t.monitor[i] ?? 0;
        if (m.violates(state, c)) {
          broken[i] = { events: witnessEvents(t.to, model.situations), decision, steps: t.to.depth };
          return 0;
        }
        return m.next(state, c);
      });
    },
  };
  const stats = explore([compiled], model, observer, {
    maxStates: options.maxStates ?? 2_000_000,
    ...(options.progress === undefined ? {} : { progress: options.progress }),
  });
  const findings: Finding[] = properties.map((p, i) => {
    const counterexample = broken[i];
    const source = i < builtIn.length ? ('built-in' as const) : ('asserted' as const);
    const title = titles[i];
    const named = { property: p.text, source, ...(title === undefined ? {} : { title }) };
    if (counterexample === undefined) return { ...named, holds: true };
    return { ...named, holds: false, detail: brokenBy(counterexample.decision, p.action), counterexample };
  });
  if (options.builtIn !== false) findings.push(...ruleFindings(policy, fired, won), ...groupFindings(policy, firedAlone));
  return {
    findings,
    holds: findings.every((f) => f.holds),
    stats: { ...stats, situations: model.situations.length, letters: model.letters.length },
  };
}

/** `end_call by rule \`abuse\` step 3 of 3 at event 4 (utterance)`; an action the step only permits says so. */
function brokenBy(d: Decision, action: Action): string {
  const step = d.step === undefined ? '' : ` step ${d.step.n} of ${d.step.of}`;
  const what = d.action === action ? action : `${action} permitted (${d.action} recommended)`;
  return `${what} by rule \`${d.rule?.id ?? '?'}\`${step} at event ${d.event.seq} (${d.event.type})`;
}

function decisionContext(policy: CheckedPolicy, t: Transition<unknown>, decision: Decision, event: Readonly<Record<string, unknown>>): DecisionContext {
  const situation: Situation = t.situation;
  const elapsedMs = t.to.elapsedMs;
  return {
    decision,
    byAgent: event['type'] === 'agent_action',
    confirmation: event['type'] === 'agent_action' && !(t.moved[0] ?? false),
    elapsedMs,
    offers: (action) => takenSteps(policy, decision).some(({ step }) => choicesOf(step).some((c) => c.action === action)),
    exempt: (action) => takenSteps(policy, decision).every(({ rule, step }) => !choicesOf(step).some((c) => c.action === action) || exemptByStance(rule, step, action)),
    field: (f: CheckedFieldCondition) => {
      switch (fieldName(f)) {
        case 'call.duration':
          return elapsedMs;
        case 'caller.talk_time_today':
          return situation.talkTimeMs + elapsedMs;
        case 'silence.duration':
          return event['type'] === 'silence' ? Number(event['seconds']) * 1000 : 0;
        default:
          return situation.fields.get(fieldName(f)) ?? 0;
      }
    },
  };
}

/** The steps the rules in `matched` took on the decision's event, with their rules. */
function takenSteps(policy: CheckedPolicy, d: Decision): { rule: CheckedRule; step: CheckedStep }[] {
  return d.matched.flatMap((m) => {
    const rule = policy.rules.find((r) => r.id === m.rule);
    const step = rule?.ladder[m.step.n - 1];
    return rule === undefined || step === undefined ? [] : [{ rule, step }];
  });
}

function choicesOf(step: CheckedStep): readonly CheckedAlternative[] {
  return [step, ...step.alternatives];
}

/**
 * Whether the stance owes no warning for `action` on `step`: its choice is
 * written `immediately`, its rule answers a failing or silent line, or it is
 * an `on tick` time limit announced (or warned of) earlier in its ladder
 * (docs/stances.md, "Technical disconnects and time limits").
 */
function exemptByStance(rule: CheckedRule, step: CheckedStep, action: Action): boolean {
  if (rule.trigger.kind === 'event' && DISCONNECT_EVENTS.includes(rule.trigger.event)) return true;
  const announced = rule.ladder.slice(0, step.n - 1).some((s) => choicesOf(s).some((a) => a.action === 'announce' || a.action === 'warn'));
  if (rule.trigger.kind === 'event' && rule.trigger.event === 'tick' && announced) return true;
  return choicesOf(step).some((a) => a.action === action && a.immediately);
}

function ruleFindings(policy: CheckedPolicy, fired: ReadonlySet<string>, won: ReadonlySet<string>): Finding[] {
  const dead = policy.rules.filter((r) => !fired.has(r.id)).map((r) => r.id);
  const shadowed = policy.rules.filter((r) => fired.has(r.id) && !won.has(r.id)).map((r) => r.id);
  const list = (ids: readonly string[]) => ids.map((id) => `\`${id}\``).join(', ');
  return [
    dead.length === 0
      ? { property: 'no rule is dead', source: 'built-in', holds: true }
      : { property: 'no rule is dead', source: 'built-in', holds: false, detail: `no call makes ${list(dead)} fire` },
    shadowed.length === 0
      ? { property: 'no rule is shadowed', source: 'built-in', holds: true }
      : { property: 'no rule is shadowed', source: 'built-in', holds: false, detail: `${list(shadowed)} fire but another rule always wins` },
  ];
}

/**
 * Every member of a group a rule reads must make some rule reading that
 * group fire when it is detected alone (through the behaviour that stands
 * for its class).
 */
function groupFindings(policy: CheckedPolicy, firedAlone: ReadonlyMap<string, ReadonlySet<string>>): Finding[] {
  const unreached: string[] = [];
  for (const [group, members] of Object.entries(policy.groups)) {
    const readers = new Map<string, Set<string>>();
    for (const rule of policy.rules) collectGroupReads(rule.condition, group, (speaker) => readers.set(speaker, (readers.get(speaker) ?? new Set()).add(rule.id)));
    for (const [speaker, rules] of readers) {
      for (const member of members) {
        const hit = [...(firedAlone.get(`${speaker}:${member}`) ?? [])].some((r) => rules.has(r));
        if (!hit) unreached.push(`\`${member}\` of \`${group}\``);
      }
    }
  }
  const property = 'every behaviour named in a group is reachable';
  return [unreached.length === 0 ? { property, source: 'built-in', holds: true } : { property, source: 'built-in', holds: false, detail: `no rule reading the group fires on ${unreached.join(', ')} alone` }];
}

function collectGroupReads(c: CheckedPolicy['rules'][number]['condition'], group: string, add: (speaker: string) => void): void {
  if (c === undefined) return;
  if (c.kind === 'and' || c.kind === 'or') c.items.forEach((i) => collectGroupReads(i, group, add));
  else if (c.kind === 'not') collectGroupReads(c.operand, group, add);
  else if (c.kind === 'behaviour' && c.name === group) add(c.speaker);
}
