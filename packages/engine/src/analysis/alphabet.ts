/**
 * The events the exploration tries after every state, and the time that
 * passes before each. Confidences matter only against thresholds, so an
 * utterance either carries a behaviour at 1 or not at all; behaviours that
 * every condition reads alike are one class, tried through one of them.
 * Time passes in waits (no event) of half the greatest common divisor of
 * the policy's time constants, and of each constant at once, so every
 * comparison with a constant and every window edge is met on both sides;
 * events happen at the time the waits reached.
 */
import { signalBehaviours } from '@callguard/dsl';
import type { Action, CheckedPolicy, LineEvent, Speaker } from '@callguard/dsl';
import { fieldName } from './conditions.js';
import type { ConditionAtoms } from './conditions.js';

/** One step to try: an event at the current time, or a wait of `delayMs` (no event). */
export interface Letter {
  readonly delayMs: number;
  /** The event at the given ISO time; undefined for a wait. */
  readonly event: ((at: string) => Record<string, unknown>) | undefined;
  /** What happens, in words (`a customer utterance (profanity)`, `a tick`, `an agent's warn (rule abuse)`). */
  readonly label: string;
  /** For a customer or agent utterance: the behaviours it carries. */
  readonly detected?: readonly string[];
  /** Per behaviour carried, the behaviours it stands for (its class: every condition reads them alike). */
  readonly classes?: readonly (readonly string[])[];
  readonly speaker?: Speaker;
  /** For an agent's action: the rule it names. */
  readonly rule?: string;
}

/** How time is explored. */
export interface TimeModel {
  /** The waits tried between events. */
  readonly delaysMs: readonly number[];
  /** Past this duration no comparison changes: the state keeps min(duration, cap). */
  readonly capMs: number;
  /** Whether call duration (or talk time) is read at all; if not, states ignore it. */
  readonly durationMatters: boolean;
  /** The smallest step. */
  readonly stepMs: number;
}

/** Most behaviour classes tried in every combination; beyond it, one or two at a time. */
const ALL_COMBINATIONS_UP_TO = 4;

/** The time model for these atoms plus the durations properties compare (`in the first 60s`). */
export function timeModel(atoms: ConditionAtoms, propertyMs: readonly number[]): TimeModel {
  const durations = atoms.fields
    .filter((f) => ['call.duration', 'caller.talk_time_today'].includes(fieldName(f)))
    .map((f) => f.value as number)
    .concat(propertyMs);
  const constants = [...new Set([...durations, ...atoms.windowsMs].filter((c) => c > 0))].sort((a, b) => a - b);
  if (constants.length === 0) return { delaysMs: [], capMs: 0, durationMatters: false, stepMs: 0 };
  const g = constants.reduce(gcd);
  const stepMs = g % 2 === 0 ? g / 2 : g;
  const capMs = (constants.at(-1) ?? 0) + stepMs;
  const delaysMs = [...new Set([stepMs, ...constants, capMs])].sort((a, b) => a - b);
  return { delaysMs, capMs, durationMatters: durations.length > 0, stepMs };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * The letters for policies with these atoms: utterances by each speaker with
 * each combination of behaviour classes (and, when `repeated_request` is
 * read, each way of labelling a request), ticks, the line events some rule
 * answers, silences on both sides of every silence constant, every agent
 * action a rule's ladder names, and each script of a choice of scripts
 * reported with its step's action; then each wait.
 */
export function alphabet(policies: readonly CheckedPolicy[], atoms: ConditionAtoms, time: TimeModel): Letter[] {
  const letters: Letter[] = [];
  // Behaviours every policy knows: an event carrying one another policy does not declare is rejected there.
  const known = signalBehaviours(policies[0] ?? {}).filter((b) => policies.every((p) => signalBehaviours(p).includes(b)));
  for (const speaker of ['customer', 'agent'] as const) {
    const classes = behaviourClasses(atoms.behaviourSets[speaker], known);
    for (const detected of combinations([...classes.keys()])) {
      const signals = Object.fromEntries(detected.map((b) => [b, 1]));
      const words = detected.length === 0 ? 'nothing detected' : detected.join(' and ');
      const requests = speaker === 'customer' && atoms.readsRepeats ? [undefined, 'a', 'b'] : [undefined];
      for (const request of requests) {
        letters.push({
          delayMs: 0,
          event: (at) => ({ type: 'utterance', at, speaker, signals, ...(request === undefined ? {} : { request }) }),
          label: `a ${speaker} utterance (${words}${request === undefined ? '' : `, asking for ${request}`})`,
          detected,
          classes: detected.map((b) => classes.get(b) ?? [b]),
          speaker,
        });
      }
    }
  }
  letters.push({ delayMs: 0, event: (at) => ({ type: 'tick', at }), label: 'a tick' });
  const answered = new Set<LineEvent>();
  for (const policy of policies) for (const rule of policy.rules) if (rule.trigger.kind === 'event') answered.add(rule.trigger.event);
  const silences = atoms.fields.filter((f) => fieldName(f) === 'silence.duration').map((f) => f.value as number);
  if (answered.has('silence') || silences.length > 0) {
    const seconds = new Set([1, ...silences.flatMap((ms) => [ms / 1000 - 1, ms / 1000, ms / 1000 + 1])].filter((s) => s > 0));
    for (const s of [...seconds].sort((a, b) => a - b)) letters.push({ delayMs: 0, event: (at) => ({ type: 'silence', at, seconds: s }), label: `a silence of ${s}s` });
  }
  for (const type of ['poor_line', 'line_dropped'] as const) {
    if (answered.has(type)) letters.push({ delayMs: 0, event: (at) => ({ type, at }), label: type === 'poor_line' ? 'a poor line' : 'a dropped line' });
  }
  const actions = new Map<string, Set<Action>>();
  for (const policy of policies) {
    for (const rule of policy.rules) {
      const set = actions.get(rule.id) ?? new Set<Action>();
      for (const step of rule.ladder) for (const a of [step, ...step.alternatives]) set.add(a.action);
      actions.set(rule.id, set);
    }
  }
  for (const [rule, set] of actions) {
    for (const action of set) letters.push({ delayMs: 0, event: (at) => ({ type: 'agent_action', at, action, rule }), label: `an agent's ${action} (rule ${rule})`, rule });
  }
  // A choice of scripts holds its ladder until the agent reports using enough of them: each script of each choice, reported.
  for (const policy of policies) {
    for (const rule of policy.rules) {
      for (const step of rule.ladder) {
        for (const { name: script } of step.scriptSet?.scripts ?? []) {
          const { action } = step;
          const rid = rule.id;
          letters.push({ delayMs: 0, event: (at) => ({ type: 'agent_action', at, action, rule: rid, script }), label: `an agent's ${action} with ${script} (rule ${rid})`, rule: rid });
        }
      }
    }
  }
  for (const delayMs of time.delaysMs) letters.push({ delayMs, event: undefined, label: `a wait of ${delayMs / 1000}s` });
  return letters;
}

/**
 * The behaviours `signals` may carry grouped by the condition sets that
 * contain them, keyed by the first of each class, which stands for the
 * others; behaviours no condition reads are left out.
 */
function behaviourClasses(sets: readonly (readonly string[])[], signals: readonly string[]): Map<string, string[]> {
  const bySignature = new Map<string, string[]>();
  for (const b of signals) {
    const signature = sets.flatMap((set, i) => (set.includes(b) ? [i] : [])).join();
    if (signature !== '') bySignature.set(signature, [...(bySignature.get(signature) ?? []), b]);
  }
  return new Map([...bySignature.values()].map((members) => [members[0] as string, members]));
}

/** The subsets tried: all of them for few classes, else none, each one, and each pair. */
function combinations(classes: readonly string[]): string[][] {
  const out: string[][] = [[]];
  if (classes.length <= ALL_COMBINATIONS_UP_TO) {
    for (const b of classes) for (const prefix of [...out]) out.push([...prefix, b]);
    return out;
  }
  classes.forEach((a, i) => {
    out.push([a]);
    for (const b of classes.slice(i + 1)) out.push([a, b]);
  });
  return out;
}
