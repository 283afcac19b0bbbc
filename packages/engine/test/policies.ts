/**
 * @internal Hand-built checked policies for the engine's tests, written the
 * way `check` would produce them, so the engine can be tested on its own.
 */
import { AGENT_DUTIES, ROLES } from '@callguard/dsl';
import type {
  Action,
  Behaviour,
  CallbackTarget,
  Channel,
  CheckedAlternative,
  CheckedBehaviourCondition,
  CheckedCondition,
  CheckedDuty,
  CheckedFieldCondition,
  CheckedPolicy,
  CheckedRestriction,
  CheckedRule,
  CheckedStep,
  CheckedTrigger,
  CheckedWindow,
  DutyKind,
  EndMode,
  FieldType,
  LineEvent,
  RecordKind,
  Speaker,
  Stance,
} from '@callguard/dsl';

/** @internal */
export const MINUTE = 60_000;
/** @internal */
export const HOUR = 60 * MINUTE;
/** @internal */
export const DAY = 24 * HOUR;

/** @internal A behaviour or group condition; `behaviours` defaults to `[name]`. */
export function when(
  name: string,
  options: { behaviours?: readonly Behaviour[]; speaker?: Speaker; times?: number; withinMs?: number } = {},
): CheckedBehaviourCondition {
  return {
    kind: 'behaviour',
    speaker: options.speaker ?? 'customer',
    name,
    behaviours: options.behaviours ?? [name as Behaviour],
    count: options.times === undefined ? undefined : { times: options.times, withinMs: options.withinMs ?? 10 * MINUTE },
  };
}

/** @internal A field comparison; a third part of `path` is the key (`caller.strikes.threat`). */
export function field(
  path: string,
  op: CheckedFieldCondition['op'],
  value: number | boolean | string,
  type: FieldType,
): CheckedFieldCondition {
  const [root = '', member = '', key] = path.split('.');
  return { kind: 'field', root, member, key, type, op, value };
}

/** @internal */
export const and = (...items: CheckedCondition[]): CheckedCondition => ({ kind: 'and', items });
/** @internal */
export const or = (...items: CheckedCondition[]): CheckedCondition => ({ kind: 'or', items });
/** @internal */
export const not = (operand: CheckedCondition): CheckedCondition => ({ kind: 'not', operand });

/** @internal What a step or an alternative can say besides its action. */
export interface StepOptions {
  script?: string;
  to?: string;
  team?: string;
  by?: string;
  mode?: EndMode;
  forMs?: number;
  withinMs?: number;
  approvedBy?: string[];
  callbackTo?: CallbackTarget;
  window?: CheckedWindow;
  dailyCap?: number;
}

/** @internal One alternative (`or`). */
export function alternative(action: Action, options: StepOptions = {}): CheckedAlternative {
  return {
    action,
    immediately: false,
    script: options.script === undefined ? undefined : { name: options.script, text: SCRIPTS[options.script] ?? options.script },
    to: options.to,
    team: options.team,
    by: options.by,
    mode: options.mode,
    forMs: options.forMs,
    withinMs: options.withinMs,
    approvedBy: options.approvedBy ?? [],
    callbackTo: options.callbackTo,
    window: options.window,
    dailyCap: options.dailyCap,
  };
}

/** @internal Steps in ladder order; `n` is filled in by `rule`. */
export function step(
  action: Action,
  options: StepOptions & { times?: number; or?: CheckedAlternative[] } = {},
): Omit<CheckedStep, 'n'>[] {
  const one: Omit<CheckedStep, 'n'> = { ...alternative(action, options), alternatives: options.or ?? [] };
  return Array.from({ length: options.times ?? 1 }, () => one);
}

/** @internal A duty; its subject follows from its kind. */
export function duty(
  kind: DutyKind,
  options: {
    target?: string;
    script?: string;
    withinMs?: number;
    owner?: string;
    forMs?: number;
    restriction?: string;
    sanction?: string;
    callbackTo?: CallbackTarget;
    window?: CheckedWindow;
    dailyCap?: number;
  } = {},
): CheckedDuty {
  return {
    kind,
    target: options.target,
    script: options.script === undefined ? undefined : { name: options.script, text: SCRIPTS[options.script] ?? options.script },
    withinMs: options.withinMs,
    owner: options.owner,
    subject: AGENT_DUTIES.includes(kind) ? 'agent' : 'customer',
    forMs: options.forMs,
    restriction: options.restriction,
    sanction: options.sanction,
    callbackTo: options.callbackTo,
    window: options.window,
    dailyCap: options.dailyCap,
  };
}

/** @internal A rule; `on` makes it an event rule. */
export function rule(
  id: string,
  options: {
    title?: string;
    condition?: CheckedCondition;
    on?: LineEvent;
    ladder: Omit<CheckedStep, 'n'>[][];
    duties?: CheckedDuty[];
    must?: CheckedDuty[];
    channels?: Channel[];
  },
): CheckedRule {
  const trigger: CheckedTrigger = options.on === undefined ? { kind: 'utterance' } : { kind: 'event', event: options.on };
  return {
    id,
    title: options.title ?? `Rule ${id}`,
    trigger,
    condition: options.condition,
    ladder: options.ladder.flat().map((s, i) => ({ ...s, n: i + 1 })),
    duties: options.duties ?? [],
    must: options.must ?? [],
    channels: options.channels ?? [],
    origin: { file: 'test.policy', line: 1, column: 1 },
  };
}

/** @internal Script texts by name, shared by the test policies. */
export const SCRIPTS: Readonly<Record<string, string>> = {
  warn_abuse: "I want to help, and I can't continue while this language goes on. If it continues I will end our call.",
  final_notice: "I'm ending our call now. We'll follow up with you by email today.",
  apology: "We're sorry our call had to end earlier. Here is how we'll resolve your issue: a specialist will call you back.",
};

/** @internal A restriction definition; `overrides` replace the defaults. */
export function restriction(name: string, overrides: Partial<CheckedRestriction> = {}): CheckedRestriction {
  return {
    name,
    title: `Restriction ${name}`,
    kind: 'written_only',
    scope: 'organisation',
    channels: [],
    maxMs: 365 * DAY,
    reviewAfterMs: 90 * DAY,
    independentReview: true,
    liftWhen: undefined,
    approvers: ['manager'],
    appealWorkingDays: undefined,
    ...overrides,
  };
}

/** @internal A policy around `rules`. */
export function policy(
  rules: CheckedRule[],
  options: {
    name?: string;
    hash?: string;
    threshold?: number;
    thresholds?: Partial<Record<Behaviour, number>>;
    stance?: Stance;
    roles?: string[];
    teams?: string[];
    recordExpiry?: Partial<Record<RecordKind, number>>;
    restrictions?: CheckedRestriction[];
  } = {},
): CheckedPolicy {
  return {
    name: options.name ?? 'test',
    version: '1.0.0',
    owner: undefined,
    effective: undefined,
    stance: options.stance ?? 'warn_then_end',
    description: undefined,
    bases: [],
    hash: options.hash ?? `hash-of-${options.name ?? 'test'}`,
    defaultThreshold: options.threshold ?? 0.5,
    thresholds: options.thresholds ?? {},
    zeroTolerance: [],
    groups: {},
    scripts: SCRIPTS,
    roles: [...ROLES, ...(options.roles ?? [])],
    teams: options.teams ?? [],
    recordExpiry: options.recordExpiry ?? {},
    requireCallbackNumber: false,
    restrictions: Object.fromEntries((options.restrictions ?? []).map((r) => [r.name, r])),
    rules,
  };
}

const ABUSIVE: readonly Behaviour[] = ['profanity', 'slur', 'hate_speech', 'sexual_harassment', 'threat'];

/** @internal examples/policies/warn-then-end.policy, checked by hand. */
export const acmeStandard: CheckedPolicy = {
  ...policy(
    [
      rule('abuse', {
        title: 'Abusive language: two warnings, a supervisor, then the call may end',
        condition: when('abusive', { behaviours: ABUSIVE }),
        ladder: [
          step('warn', { script: 'warn_abuse', times: 2 }),
          step('escalate', { to: 'supervisor' }),
          step('end_call', { script: 'final_notice' }),
        ],
        duties: [duty('document'), duty('follow_up', { script: 'apology', withinMs: DAY }), duty('debrief')],
      }),
      rule('rudeness', {
        title: 'Rudeness alone never ends a call',
        condition: and(when('rudeness'), not(when('abusive', { behaviours: ABUSIVE }))),
        ladder: [step('deescalate')],
      }),
      rule('stuck', {
        title: 'No progress after fair warning',
        condition: when('uncooperative', { times: 5, withinMs: 10 * MINUTE }),
        ladder: [step('warn', { script: 'warn_abuse' }), step('end_call', { script: 'final_notice' })],
        duties: [duty('document')],
      }),
      rule('repeat_harasser', {
        title: 'Repeated harassment over weeks',
        condition: and(when('harassment'), field('caller.incidents_30d', '>=', 3, 'number')),
        ladder: [step('block_caller', { forMs: 90 * DAY, approvedBy: ['supervisor'] })],
        duties: [duty('document'), duty('notify', { target: 'supervisor' })],
      }),
      rule('peak', {
        title: 'Long calls at peak hours get a reminder, never an end',
        condition: and(field('call.duration', '>', 20 * MINUTE, 'duration'), field('call.peak_hours', '=', true, 'boolean')),
        ladder: [step('remind')],
      }),
      rule('line_dropped', { title: 'line_dropped', on: 'line_dropped', ladder: [step('callback', { withinMs: 10 * MINUTE })], duties: [duty('document')] }),
    ],
    { name: 'acme-standard', hash: '5f1c0000000000000000000000000000000000000000000000000000000000aa', threshold: 0.7, thresholds: { threat: 0.8 } },
  ),
  version: '3.2.0',
  groups: { abusive: ABUSIVE },
};
