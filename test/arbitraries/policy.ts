/**
 * Random valid `CheckedPolicy` objects for differential tests. Values are
 * drawn from small sets (thresholds, windows, durations) so that random
 * events land on the boundaries that matter: a confidence equal to a
 * threshold, a detection exactly one window ago, a call exactly 20m long.
 */
import fc from 'fast-check';
import type {
  CheckedCondition,
  CheckedDuty,
  CheckedPolicy,
  CheckedRule,
  CheckedScript,
  CheckedStep,
} from '../../packages/dsl/src/checked.js';
import {
  BEHAVIOURS,
  DUTIES,
  ENDING_ACTIONS,
  LINE_EVENTS,
  ROLES,
  STANCES,
  type Action,
  type Behaviour,
  type LineEvent,
} from '../../packages/dsl/src/vocabulary.js';

/** Confidence thresholds a policy may set; events aim at these. */
export const THRESHOLDS = [0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 1] as const;
/** Windows and durations (ms) shared with the event generator's time steps. */
export const DURATIONS_MS = [1_000, 30_000, 60_000, 300_000, 600_000, 1_200_000] as const;
export const QUEUES = ['', 'vip', 'billing'] as const;

const SCRIPTS: Readonly<Record<string, string>> = {
  warn_abuse: 'Please keep this respectful.',
  final_notice: "I'm ending our call now.",
  apology: "We're sorry our call had to end.",
  警告: 'Veuillez rester courtois.',
};
const scriptArb: fc.Arbitrary<CheckedScript | undefined> = fc.option(
  fc.constantFrom(...Object.keys(SCRIPTS)).map((name) => ({ name, text: SCRIPTS[name] ?? '' })),
  { nil: undefined },
);
const durationArb = fc.constantFrom(...DURATIONS_MS);
const optionalDuration = fc.option(durationArb, { nil: undefined });
const roleArb = fc.constantFrom(...ROLES);
const speakerArb = fc.constantFrom('customer', 'agent' as const);
const behavioursArb = fc.uniqueArray(fc.constantFrom(...BEHAVIOURS), { minLength: 1, maxLength: 3 });

const behaviourCondition: fc.Arbitrary<CheckedCondition> = fc.record({
  kind: fc.constant('behaviour' as const),
  // Mostly the customer: agent conditions rarely matter, and speakers must still differ sometimes.
  speaker: fc.oneof({ weight: 4, arbitrary: fc.constant('customer' as const) }, { weight: 1, arbitrary: speakerArb }),
  behaviours: behavioursArb,
  count: fc.option(fc.record({ times: fc.integer({ min: 1, max: 4 }), withinMs: durationArb }), { nil: undefined }),
}).map(({ kind, speaker, behaviours, count }) => ({
  kind,
  speaker,
  name: behaviours.length === 1 ? (behaviours[0] as string) : `group_${behaviours.join('_')}`,
  behaviours,
  count,
}));

const op = fc.constantFrom('=', '!=', '<', '<=', '>', '>=' as const);
const eqOp = fc.constantFrom('=', '!=' as const);
const field = (root: string, member: string, type: 'number' | 'boolean' | 'duration' | 'text') =>
  ({ kind: 'field', root, member, type }) as const;

/** Field conditions readable on any event (`silence.duration` only on `on silence`). */
const callFieldCondition: fc.Arbitrary<CheckedCondition> = fc.oneof(
  fc
    .tuple(fc.constantFrom('incidents_30d', 'warnings', 'repeat_calls_7d'), op, fc.integer({ min: 0, max: 4 }))
    .map(([member, o, value]) => ({ ...field('caller', member, 'number'), op: o, value })),
  fc
    .tuple(fc.constantFrom('withheld', 'verified', 'refused_verification'), eqOp, fc.boolean())
    .map(([member, o, value]) => ({ ...field('caller', member, 'boolean'), op: o, value })),
  fc.tuple(op, durationArb).map(([o, value]) => ({ ...field('call', 'duration', 'duration'), op: o, value })),
  fc.tuple(eqOp, fc.boolean()).map(([o, value]) => ({ ...field('call', 'peak_hours', 'boolean'), op: o, value })),
  fc.tuple(eqOp, fc.constantFrom(...QUEUES)).map(([o, value]) => ({ ...field('call', 'queue', 'text'), op: o, value })),
);
const silenceFieldCondition: fc.Arbitrary<CheckedCondition> = fc
  .tuple(op, durationArb)
  .map(([o, value]) => ({ ...field('silence', 'duration', 'duration'), op: o, value }));

/** A condition tree over the given leaves, at most `depth` levels of and/or/not. */
function conditionArb(leaf: fc.Arbitrary<CheckedCondition>, depth: number): fc.Arbitrary<CheckedCondition> {
  if (depth === 0) return leaf;
  const sub = conditionArb(leaf, depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(sub, { minLength: 2, maxLength: 3 }).map((items) => ({ kind: 'and' as const, items })) },
    { weight: 1, arbitrary: fc.array(sub, { minLength: 2, maxLength: 3 }).map((items) => ({ kind: 'or' as const, items })) },
    { weight: 1, arbitrary: sub.map((operand) => ({ kind: 'not' as const, operand })) },
  );
}

const utteranceLeaf = fc.oneof({ weight: 4, arbitrary: behaviourCondition }, { weight: 1, arbitrary: callFieldCondition });

/** Ladder steps with the details each action can carry; `callback` only on line events. */
function stepArb(actions: readonly Action[]): fc.Arbitrary<Omit<CheckedStep, 'n'>> {
  return fc
    .record({
      action: fc.constantFrom(...actions),
      immediately: fc.boolean(),
      script: scriptArb,
      to: fc.option(roleArb, { nil: undefined }),
      forMs: optionalDuration,
      withinMs: optionalDuration,
      approvedBy: fc.option(roleArb, { nil: undefined }),
    })
    .map((s) => ({
      ...s,
      to: s.action === 'escalate' ? s.to : undefined,
      forMs: s.action === 'block_caller' ? s.forMs : undefined,
      approvedBy: s.action === 'block_caller' || s.action === 'end_call' ? s.approvedBy : undefined,
      withinMs: s.action === 'callback' ? (s.withinMs ?? 600_000) : undefined,
    }));
}

const UTTERANCE_ACTIONS: readonly Action[] = ['continue', 'remind', 'deescalate', 'warn', 'escalate', 'end_call', 'block_caller'];
const LINE_ACTIONS: readonly Action[] = ['callback', 'remind', 'warn', 'end_call'];

/** Ladders end the call, if at all, on their last step (as real ones do), so that calls run on and ladders climb. */
function ladderArb(actions: readonly Action[]): fc.Arbitrary<readonly CheckedStep[]> {
  const ending = actions.filter((a) => ENDING_ACTIONS.includes(a));
  const rest = actions.filter((a) => !ENDING_ACTIONS.includes(a));
  return fc
    .tuple(fc.array(stepArb(rest), { maxLength: 3 }), ending.length > 0 ? fc.oneof({ weight: 1, arbitrary: stepArb(ending) }, { weight: 3, arbitrary: fc.constant(undefined) }) : fc.constant(undefined), stepArb(rest))
    .map(([steps, last, fallback]) => [...steps, last ?? fallback].map((s, i) => ({ ...s, n: i + 1 })));
}

const dutyArb: fc.Arbitrary<CheckedDuty> = fc
  .record({ kind: fc.constantFrom(...DUTIES), target: roleArb, script: scriptArb, withinMs: optionalDuration })
  .map((d) => ({
    kind: d.kind,
    target: d.kind === 'notify' ? d.target : undefined,
    script: d.kind === 'follow_up' ? d.script : undefined,
    withinMs: d.kind === 'follow_up' || d.kind === 'callback' ? d.withinMs : undefined,
  }));
// Repeats within and across rules exercise the de-duplication of duties.
const dutiesArb = fc.array(fc.oneof(dutyArb, fc.constant<CheckedDuty>({ kind: 'document', target: undefined, script: undefined, withinMs: undefined })), { maxLength: 3 });

const origin = { file: 'random.policy', line: 1, column: 1 };

const utteranceRuleArb = fc
  .record({ condition: conditionArb(utteranceLeaf, 2), ladder: ladderArb(UTTERANCE_ACTIONS), duties: dutiesArb })
  .map((r) => ({ trigger: { kind: 'utterance' as const }, ...r }));

function lineRuleArb(event: LineEvent) {
  const leaf = event === 'silence' ? fc.oneof(silenceFieldCondition, callFieldCondition) : callFieldCondition;
  return fc
    .record({ condition: fc.option(conditionArb(leaf, 1), { nil: undefined }), ladder: ladderArb(LINE_ACTIONS), duties: dutiesArb })
    .map((r) => ({ trigger: { kind: 'event' as const, event }, ...r }));
}

/** Random valid checked policies: 1–6 `rule`s and at most one `on` rule per line event. */
export const policyArb: fc.Arbitrary<CheckedPolicy> = fc
  .record({
    stance: fc.constantFrom(...STANCES),
    defaultThreshold: fc.constantFrom(...THRESHOLDS),
    thresholds: fc.dictionary(fc.constantFrom(...BEHAVIOURS), fc.constantFrom(...THRESHOLDS), { maxKeys: 3 }),
    zeroTolerance: fc.uniqueArray(fc.constantFrom(...BEHAVIOURS), { maxLength: 2 }),
    utteranceRules: fc.array(utteranceRuleArb, { minLength: 1, maxLength: 6 }),
    lineRules: fc.subarray([...LINE_EVENTS]).chain((events) => fc.tuple(...events.map(lineRuleArb))),
    lineFirst: fc.boolean(),
    hash: fc.stringMatching(/^[0-9a-f]{64}$/),
  })
  .map((p): CheckedPolicy => {
    const utterance = p.utteranceRules.map((r, i): CheckedRule => ({ id: `r${i + 1}`, title: `Rule ${i + 1}`, ...r, origin }));
    const line = p.lineRules.map((r): CheckedRule => ({ id: r.trigger.event, title: `on ${r.trigger.event}`, ...r, origin }));
    const groups: Record<string, readonly Behaviour[]> = {};
    for (const r of utterance) collectGroups(r.condition, groups);
    return {
      name: 'random',
      version: '1.0.0',
      owner: undefined,
      effective: undefined,
      stance: p.stance,
      description: undefined,
      bases: [],
      hash: p.hash,
      defaultThreshold: p.defaultThreshold,
      thresholds: p.thresholds,
      zeroTolerance: p.zeroTolerance,
      groups,
      scripts: SCRIPTS,
      // Declaration order decides ties, so interleave line rules both ways.
      rules: p.lineFirst ? [...line, ...utterance] : [...utterance, ...line],
    };
  });

function collectGroups(c: CheckedCondition | undefined, into: Record<string, readonly Behaviour[]>): void {
  if (c === undefined) return;
  if (c.kind === 'and' || c.kind === 'or') c.items.forEach((i) => collectGroups(i, into));
  else if (c.kind === 'not') collectGroups(c.operand, into);
  else if (c.kind === 'behaviour' && c.behaviours.length > 1) into[c.name] = c.behaviours;
}
