/**
 * Random valid `CheckedPolicy` objects for differential tests. Values are
 * drawn from small sets (thresholds, windows, durations, names) so that
 * random events land on the boundaries that matter: a confidence equal to a
 * threshold, a detection exactly one window ago, a call exactly 20m long, a
 * record expiring exactly at the start of the call. Every construct of the
 * language appears: channels, `must`, alternatives, keyed fields, records,
 * restrictions, staff, talk time, tenure, repeated requests, `on tick` and
 * `on call_started` rules (several per event), whether the customer has
 * spoken, scripts with placeholders, declared behaviours, and every action
 * and duty.
 */
import fc from 'fast-check';
import type {
  CheckedAlternative,
  CheckedCondition,
  CheckedDuty,
  CheckedPolicy,
  CheckedRestriction,
  RecordAppeal,
  CheckedRule,
  CheckedScript,
  CheckedStep,
} from '../../packages/dsl/src/checked.js';
import {
  AGENT_DUTIES,
  BEHAVIOURS,
  CALLBACK_TARGETS,
  CHANNELS,
  DUTIES,
  END_MODES,
  ENDING_ACTIONS,
  LINE_EVENTS,
  RECORD_KINDS,
  ROLES,
  STANCES,
  type Action,
  type LineEvent,
  type Stance,
} from '../../packages/dsl/src/vocabulary.js';

/** Confidence thresholds a policy may set; events aim at these. */
export const THRESHOLDS = [0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 1] as const;
/** Windows and durations (ms) shared with the event generator's time steps. */
export const DURATIONS_MS = [1_000, 30_000, 60_000, 300_000, 600_000, 1_200_000] as const;
export const QUEUES = ['', 'vip', 'billing'] as const;
/** Record expiry periods (ms) a policy may set; records are dated around them. */
export const EXPIRIES_MS = [3_600_000, 86_400_000, 30 * 86_400_000] as const;
/** Talk time and tenure thresholds (ms); events carry values around them. */
export const LONG_MS = [0, 3_600_000, 86_400_000, 365 * 86_400_000] as const;
/** Restriction names a policy defines, plus one it never does (calls may still carry it). */
export const RESTRICTIONS = ['written_only', 'named_contact'] as const;
export const OTHER_RESTRICTION = 'call_windows_old';
/** Roles: built in, plus one a policy declares. */
export const EXTRA_ROLE = 'line_manager';
export const ALL_ROLES = [...ROLES, EXTRA_ROLE] as const;
export const TEAMS = ['complaints_team', 'billing_team'] as const;
/** Behaviours a policy may declare (one not in ASCII); events carry them whether declared or not. */
export const DECLARED = ['insults_staff', 'refuses_recording', 'posts_online', '威圧'] as const;
/** Request labels utterances carry, for `repeated_request`. */
export const REQUESTS = ['refund', 'bill'] as const;

const SCRIPTS: Readonly<Record<string, string>> = {
  warn_abuse: 'Please keep this respectful.',
  final_notice: "I'm ending our call now.",
  apology: "We're sorry our call had to end.",
  警告: 'Veuillez rester courtois.',
  // Placeholders: built in, declared from the call or the caller, with the policy's text, and one never declared.
  closing: 'Goodbye {customer_name}. Call {callback_number} about {case_reference}; {agent_name}, {account}, {hours}, {customer_name}.',
  calm: 'I hear you, {customer_name}. {unknown_one}',
};

/** Placeholders a policy may declare, each from the call, the caller or with its text. */
const PLACEHOLDERS = {
  case_reference: { from: 'call' as const, text: undefined },
  account: { from: 'caller' as const, text: undefined },
  hours: { from: undefined, text: '9 to 5' },
  callback_number: { from: undefined, text: '0800 123 456' },
  customer_name: { from: undefined, text: '' },
};
const placeholdersArb = fc.option(
  fc.subarray(Object.keys(PLACEHOLDERS) as (keyof typeof PLACEHOLDERS)[], { minLength: 1 }).map((names) =>
    Object.fromEntries(names.map((n) => [n, PLACEHOLDERS[n]])),
  ),
  { nil: undefined },
);
const scriptArb: fc.Arbitrary<CheckedScript | undefined> = fc.option(
  fc.constantFrom(...Object.keys(SCRIPTS)).map((name) => ({ name, text: SCRIPTS[name] ?? '' })),
  { nil: undefined },
);
const durationArb = fc.constantFrom(...DURATIONS_MS);
const optionalDuration = fc.option(durationArb, { nil: undefined });
const roleArb = fc.constantFrom(...ALL_ROLES);
const optionalRole = fc.option(roleArb, { nil: undefined });
const speakerArb = fc.constantFrom('customer', 'agent' as const);
const windowArb = fc.option(fc.constantFrom({ from: '09:00', to: '20:00' }, { from: '08:30', to: '17:00' }), { nil: undefined });

/** A behaviour condition over `vocabulary` (the built-in behaviours and the policy's declared ones). */
const behaviourCondition = (vocabulary: readonly string[]): fc.Arbitrary<CheckedCondition> => fc.record({
  kind: fc.constant('behaviour' as const),
  // Mostly the customer: agent conditions rarely matter, and speakers must still differ sometimes.
  speaker: fc.oneof({ weight: 4, arbitrary: fc.constant('customer' as const) }, { weight: 1, arbitrary: speakerArb }),
  behaviours: fc.oneof(
    { weight: 5, arbitrary: fc.uniqueArray(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant<string[]>(['repeated_request']) },
  ),
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
const field = (root: string, member: string, type: 'number' | 'boolean' | 'duration' | 'text', key?: string) =>
  ({ kind: 'field', root, member, key, type }) as const;

/** Field conditions readable on any event (`silence.duration` only on `on silence`); records keyed by a behaviour of `vocabulary`. */
const callFieldCondition = (vocabulary: readonly string[]): fc.Arbitrary<CheckedCondition> => fc.oneof(
  fc
    .tuple(fc.constantFrom('incidents_30d', 'warnings', 'repeat_calls_7d', 'strikes', 'incidents'), op, fc.integer({ min: 0, max: 4 }))
    .map(([member, o, value]) => ({ ...field('caller', member, 'number'), op: o, value })),
  fc
    .tuple(fc.constantFrom('withheld', 'verified', 'refused_verification', 'vulnerable', 'adjustments', 'restricted'), eqOp, fc.boolean())
    .map(([member, o, value]) => ({ ...field('caller', member, 'boolean'), op: o, value })),
  fc
    .tuple(fc.constantFrom('talk_time_today', 'tenure'), op, fc.constantFrom(...LONG_MS))
    .map(([member, o, value]) => ({ ...field('caller', member, 'duration'), op: o, value })),
  fc.tuple(op, durationArb).map(([o, value]) => ({ ...field('call', 'duration', 'duration'), op: o, value })),
  fc.tuple(eqOp, fc.boolean()).map(([o, value]) => ({ ...field('call', 'peak_hours', 'boolean'), op: o, value })),
  fc.tuple(eqOp, fc.boolean()).map(([o, value]) => ({ ...field('call', 'customer_spoken', 'boolean'), op: o, value })),
  fc.tuple(eqOp, fc.constantFrom(...QUEUES)).map(([o, value]) => ({ ...field('call', 'queue', 'text'), op: o, value })),
  fc.tuple(eqOp, fc.constantFrom(...CHANNELS)).map(([o, value]) => ({ ...field('call', 'channel', 'text'), op: o, value })),
  fc
    .tuple(fc.constantFrom('warnings', 'strikes', 'incidents'), fc.constantFrom(...BEHAVIOURS.slice(0, 4), ...vocabulary.slice(BEHAVIOURS.length)), op, fc.integer({ min: 0, max: 2 }))
    .map(([member, key, o, value]) => ({ ...field('caller', member, 'number', key), op: o, value })),
  fc
    .tuple(fc.constantFrom(...RESTRICTIONS), eqOp, fc.boolean())
    .map(([key, o, value]) => ({ ...field('caller', 'restrictions', 'boolean', key), op: o, value })),
  fc
    .tuple(fc.constantFrom('supervisor', 'security', EXTRA_ROLE), eqOp, fc.boolean())
    .map(([key, o, value]) => ({ ...field('call', 'staffed', 'boolean', key), op: o, value })),
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

const utteranceLeaf = (vocabulary: readonly string[]) =>
  fc.oneof({ weight: 4, arbitrary: behaviourCondition(vocabulary) }, { weight: 1, arbitrary: callFieldCondition(vocabulary) });

/** What one action says, with the details that action can carry. */
function alternativeArb(actions: readonly Action[]): fc.Arbitrary<CheckedAlternative> {
  return fc
    .record({
      action: fc.constantFrom(...actions),
      immediately: fc.boolean(),
      script: scriptArb,
      to: optionalRole,
      team: fc.constantFrom(...TEAMS),
      by: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: roleArb }),
      mode: fc.option(fc.constantFrom(...END_MODES), { nil: undefined }),
      forMs: optionalDuration,
      withinMs: optionalDuration,
      approvedBy: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.uniqueArray(roleArb, { minLength: 1, maxLength: 2 }) }),
      callbackTo: fc.option(fc.constantFrom(...CALLBACK_TARGETS), { nil: undefined }),
      window: windowArb,
      dailyCap: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    })
    .map((s) => {
      const ends = ENDING_ACTIONS.includes(s.action);
      const callback = s.action === 'callback';
      return {
        ...s,
        to: s.action === 'escalate' ? s.to : undefined,
        team: s.action === 'route' ? s.team : undefined,
        mode: ends ? s.mode : undefined,
        forMs: s.action === 'block_caller' ? s.forMs : undefined,
        approvedBy: ends || s.action === 'refuse' ? s.approvedBy : [],
        withinMs: callback ? (s.withinMs ?? 600_000) : undefined,
        callbackTo: callback ? s.callbackTo : undefined,
        window: callback ? s.window : undefined,
        dailyCap: callback ? s.dailyCap : undefined,
      };
    });
}

/** A choice of scripts: at least 1 or 2 of 2 or 3 of the policy's. */
const scriptSetArb = fc
  .tuple(fc.shuffledSubarray(Object.keys(SCRIPTS), { minLength: 2, maxLength: 3 }), fc.integer({ min: 1, max: 2 }))
  .map(([names, atLeast]) => ({ atLeast, scripts: names.map((name) => ({ name, text: SCRIPTS[name] ?? '' })) }));

/** A step with 0–2 alternatives (`or`), none ending the call unless `ending` may; a step without alternatives may have a choice of scripts; now and then a `may` menu (without a choice of scripts). */
function stepArb(actions: readonly Action[], alternatives: readonly Action[]): fc.Arbitrary<Omit<CheckedStep, 'n'>> {
  return fc
    .tuple(
      alternativeArb(actions),
      fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(alternativeArb(alternatives), { minLength: 1, maxLength: 2 }) }),
      fc.option(scriptSetArb, { nil: undefined, freq: 3 }),
      fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    )
    .map(([step, alts, set, may]) =>
      set === undefined || alts.length > 0
        ? { ...step, alternatives: alts, ...(may && { may: true as const }) }
        : { ...step, script: undefined, scriptSet: set, alternatives: alts },
    );
}

/** When a step after the first is due: as usual mostly, else `after` one of the shared durations, or `at once`. */
const timingArb: fc.Arbitrary<Pick<CheckedStep, 'afterMs' | 'atOnce'>> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.constantFrom(...DURATIONS_MS).map((afterMs) => ({ afterMs })) },
  { weight: 1, arbitrary: fc.constant({ atOnce: true as const }) },
);

const UTTERANCE_ACTIONS: readonly Action[] = ['continue', 'remind', 'announce', 'deescalate', 'warn', 'route', 'escalate', 'refuse', 'end_call', 'block_caller'];
const LINE_ACTIONS: readonly Action[] = ['callback', 'remind', 'announce', 'warn', 'route', 'end_call'];
const OPENING_ACTIONS: readonly Action[] = ['announce', 'route', 'refuse', 'warn', 'block_caller'];

/** Ladders end the call, if at all, on their last step (as real ones do), so that calls run on and ladders climb. */
function ladderArb(actions: readonly Action[], stance: Stance): fc.Arbitrary<readonly CheckedStep[]> {
  // A never_hang_up policy never ends a call (the compiler refuses one that could).
  const allowed = stance === 'never_hang_up' ? actions.filter((a) => !ENDING_ACTIONS.includes(a)) : actions;
  const ending = allowed.filter((a) => ENDING_ACTIONS.includes(a));
  const rest = allowed.filter((a) => !ENDING_ACTIONS.includes(a));
  return fc
    .tuple(
      fc.array(stepArb(rest, allowed), { maxLength: 3 }),
      ending.length > 0 ? fc.oneof({ weight: 1, arbitrary: stepArb(ending, allowed) }, { weight: 3, arbitrary: fc.constant(undefined) }) : fc.constant(undefined),
      stepArb(rest, allowed),
      fc.array(timingArb, { minLength: 4, maxLength: 4 }),
    )
    .map(([steps, last, fallback, timings]) => [...steps, last ?? fallback].map((s, i) => ({ ...s, ...(i > 0 && timings[i - 1]), n: i + 1 })));
}

/** The policy with every step due as usual (no `after`, no `at once`), for targets that cannot express timing. */
export function untimed(policy: CheckedPolicy): CheckedPolicy {
  return {
    ...policy,
    rules: policy.rules.map((rule) => ({ ...rule, ladder: rule.ladder.map(({ afterMs: _afterMs, atOnce: _atOnce, ...step }) => step) })),
  };
}

const NO_DUTY = {
  target: undefined,
  script: undefined,
  withinMs: undefined,
  owner: undefined,
  forMs: undefined,
  restriction: undefined,
  sanction: undefined,
  callbackTo: undefined,
  window: undefined,
  dailyCap: undefined,
} as const;
const documentDuty: CheckedDuty = { kind: 'document', subject: 'customer', ...NO_DUTY };

const dutyArb: fc.Arbitrary<CheckedDuty> = fc
  .record({
    kind: fc.constantFrom(...DUTIES),
    target: roleArb,
    script: scriptArb,
    withinMs: optionalDuration,
    owner: optionalRole,
    forMs: durationArb,
    restriction: fc.constantFrom(...RESTRICTIONS),
    sanction: fc.constantFrom('close_account', 'suspend_service'),
    callbackTo: fc.option(fc.constantFrom(...CALLBACK_TARGETS), { nil: undefined }),
    window: windowArb,
    dailyCap: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  })
  .map((d) => ({
    kind: d.kind,
    target: d.kind === 'notify' || d.kind === 'alert' ? d.target : undefined,
    script: d.kind === 'follow_up' ? d.script : undefined,
    withinMs: ['follow_up', 'callback', 'decide', 'refer_police', 'review_recording'].includes(d.kind) ? d.withinMs : undefined,
    owner: ['decide', 'review', 'review_recording', 'refer_legal'].includes(d.kind) ? d.owner : undefined,
    subject: AGENT_DUTIES.includes(d.kind) ? ('agent' as const) : ('customer' as const),
    forMs: d.kind === 'pause_agent' ? d.forMs : undefined,
    restriction: d.kind === 'propose' ? d.restriction : undefined,
    sanction: d.kind === 'decide' ? d.sanction : undefined,
    callbackTo: d.kind === 'callback' ? d.callbackTo : undefined,
    window: d.kind === 'callback' ? d.window : undefined,
    dailyCap: d.kind === 'callback' ? d.dailyCap : undefined,
  }));
// Repeats within and across rules exercise the de-duplication of duties.
const dutiesArb = fc.array(fc.oneof(dutyArb, fc.constant(documentDuty)), { maxLength: 3 });
const mustArb = fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: dutiesArb });
const channelsArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant([]) },
  { weight: 1, arbitrary: fc.uniqueArray(fc.constantFrom(...CHANNELS), { minLength: 1, maxLength: 2 }) },
);

const origin = { file: 'random.policy', line: 1, column: 1 };

function utteranceRuleArb(stance: Stance, vocabulary: readonly string[]) {
  return fc
    .record({ condition: conditionArb(utteranceLeaf(vocabulary), 2), ladder: ladderArb(UTTERANCE_ACTIONS, stance), duties: dutiesArb, must: mustArb, channels: channelsArb })
    .map((r) => ({ trigger: { kind: 'utterance' as const }, ...r }));
}

function eventRuleArb(event: LineEvent, stance: Stance, vocabulary: readonly string[]) {
  const leaf = event === 'silence' ? fc.oneof(silenceFieldCondition, callFieldCondition(vocabulary)) : callFieldCondition(vocabulary);
  return fc
    .record({
      condition: fc.option(conditionArb(leaf, 1), { nil: undefined }),
      ladder: ladderArb(event === 'call_started' ? OPENING_ACTIONS : LINE_ACTIONS, stance),
      duties: dutiesArb,
      must: mustArb,
      channels: channelsArb,
    })
    .map((r) => ({ trigger: { kind: 'event' as const, event }, ...r }));
}

const restrictionArb = (name: string): fc.Arbitrary<CheckedRestriction> =>
  fc.record({
    name: fc.constant(name),
    title: fc.constant(`Restriction ${name}`),
    kind: fc.constantFrom('written_only', 'named_contact', 'call_windows' as const),
    scope: fc.constantFrom('organisation', 'team' as const),
    channels: fc.uniqueArray(fc.constantFrom(...CHANNELS), { maxLength: 2 }),
    maxMs: fc.constantFrom(...EXPIRIES_MS),
    reviewAfterMs: fc.constantFrom(...EXPIRIES_MS),
    independentReview: fc.boolean(),
    liftWhen: fc.option(fc.constant('No further incidents for 90 days'), { nil: undefined }),
    approvers: fc.uniqueArray(roleArb, { minLength: 1, maxLength: 2 }),
    appealWorkingDays: fc.option(fc.integer({ min: 5, max: 15 }), { nil: undefined }),
    replyWorkingDays: fc.option(fc.integer({ min: 10, max: 30 }), { nil: undefined }),
    reviewEveryMs: fc.option(fc.constantFrom(...EXPIRIES_MS), { nil: undefined }),
  })
  // Written only when the policy says them, as the checker leaves them out.
  .map(({ replyWorkingDays, reviewEveryMs, ...r }): CheckedRestriction => ({
    ...r,
    ...(replyWorkingDays !== undefined && { replyWorkingDays }),
    ...(reviewEveryMs !== undefined && { reviewEveryMs }),
  }));

/** `record <kind> expires after ..., appeal within N working_days[, reply within M working_days]`. */
const recordAppealArb: fc.Arbitrary<RecordAppeal> = fc
  .record({ appealWorkingDays: fc.integer({ min: 1, max: 15 }), reply: fc.option(fc.integer({ min: 5, max: 30 }), { nil: undefined }) })
  .map(({ appealWorkingDays, reply }) => ({ appealWorkingDays, ...(reply !== undefined && { replyWorkingDays: reply }) }));

/** Random valid checked policies: 1–6 `rule`s and up to two `on` rules per event (the second named `<event>_2`). */
export const policyArb: fc.Arbitrary<CheckedPolicy> = fc
  .tuple(fc.constantFrom(...STANCES), fc.oneof({ weight: 2, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.subarray<string>([...DECLARED], { minLength: 1 }) }))
  .chain(([stance, declared]) => {
    const vocabulary = [...BEHAVIOURS, ...declared];
    return fc.record({
      stance: fc.constant(stance),
      declared: fc.constant(declared),
      defaultThreshold: fc.constantFrom(...THRESHOLDS),
      thresholds: fc.dictionary(fc.constantFrom(...vocabulary), fc.constantFrom(...THRESHOLDS), { maxKeys: 3 }),
      zeroTolerance: fc.uniqueArray(fc.constantFrom(...vocabulary), { maxLength: 2 }),
      utteranceRules: fc.array(utteranceRuleArb(stance, vocabulary), { minLength: 1, maxLength: 6 }),
      eventRules: fc
        .subarray([...LINE_EVENTS])
        .chain((events) => fc.tuple(...events.map((e) => fc.array(eventRuleArb(e, stance, vocabulary), { minLength: 1, maxLength: 2 }))))
        .map((perEvent) => perEvent.flat()),
      eventsFirst: fc.boolean(),
      hash: fc.stringMatching(/^[0-9a-f]{64}$/),
      recordExpiry: fc.dictionary(fc.constantFrom(...RECORD_KINDS), fc.constantFrom(...EXPIRIES_MS), { maxKeys: 3 }),
      recordAppeals: fc.dictionary(fc.constantFrom(...RECORD_KINDS), recordAppealArb, { maxKeys: 2 }),
      restrictions: fc.tuple(...RESTRICTIONS.map(restrictionArb)),
      placeholders: placeholdersArb,
    });
  })
  .map((p): CheckedPolicy => {
    const utterance = p.utteranceRules.map((r, i): CheckedRule => ({ id: `r${i + 1}`, title: `Rule ${i + 1}`, ...r, origin }));
    const named = new Set<string>();
    const events = p.eventRules.map((r): CheckedRule => {
      // The first `on` rule of an event keeps the event's name, as an unnamed block does; a second has its own.
      const id = named.has(r.trigger.event) ? `${r.trigger.event}_2` : r.trigger.event;
      named.add(r.trigger.event);
      return { id, title: `on ${r.trigger.event} ${id}`, ...r, origin };
    });
    const groups: Record<string, readonly string[]> = {};
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
      ...(p.declared.length === 0 ? {} : { behaviours: p.declared.map((name) => ({ name, description: `Declared ${name}` })) }),
      thresholds: p.thresholds,
      zeroTolerance: p.zeroTolerance,
      groups,
      scripts: SCRIPTS,
      ...(p.placeholders === undefined ? {} : { placeholders: p.placeholders }),
      roles: [...ALL_ROLES],
      teams: [...TEAMS],
      recordExpiry: p.recordExpiry,
      ...(Object.keys(p.recordAppeals).length > 0 && { recordAppeals: p.recordAppeals }),
      requireCallbackNumber: false,
      restrictions: Object.fromEntries(p.restrictions.map((r) => [r.name, r])),
      // Declaration order decides ties, so interleave event rules both ways.
      rules: p.eventsFirst ? [...events, ...utterance] : [...utterance, ...events],
    };
  });

function collectGroups(c: CheckedCondition | undefined, into: Record<string, readonly string[]>): void {
  if (c === undefined) return;
  if (c.kind === 'and' || c.kind === 'or') c.items.forEach((i) => collectGroups(i, into));
  else if (c.kind === 'not') collectGroups(c.operand, into);
  else if (c.kind === 'behaviour' && c.behaviours.length > 1) into[c.name] = c.behaviours;
}
