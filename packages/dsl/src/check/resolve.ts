/**
 * Builds the checked policy from the merged scope once the checker found no
 * errors: names resolved, groups expanded, literals turned into values,
 * `up to N times` expanded into N steps, then the hash of it all.
 */
import type { AssertDef, DailyCap, Duty, Name, PlaceholderDef, RecordExpiry, RestrictionDef, Rule, Step, Window } from '../ast.js';
import type {
  CheckedAlternative,
  CheckedAssert,
  CheckedBehaviour,
  CheckedDuty,
  CheckedPlaceholder,
  CheckedPolicy,
  CheckedRestriction,
  CheckedRule,
  CheckedScript,
  CheckedStep,
  CheckedWindow,
  RecordAppeal,
} from '../checked.js';
import { AGENT_DUTIES, BEHAVIOURS, CHANNELS, DEFAULT_THRESHOLD } from '../vocabulary.js';
import type {
  Action,
  CallbackTarget,
  Channel,
  DutyKind,
  EndMode,
  LineEvent,
  PlaceholderSource,
  RecordKind,
  RestrictionKind,
  RestrictionScope,
  Stance,
} from '../vocabulary.js';
import { canonicalBehaviours } from './condition.js';
import type { CheckContext } from './context.js';
import { policyHash } from './hash.js';
import { checkProperty } from './property.js';
import { inForceByCode } from './rules/acknowledgements.js';
import type { HeaderKind } from './scope.js';
import { ruleId } from './scope.js';

type ScriptOf = (name: string | undefined) => CheckedScript | undefined;

/** The checked policy of an error-free context. */
export function resolvePolicy(ctx: CheckContext): CheckedPolicy {
  const { scope } = ctx;
  const text = (kind: HeaderKind): string | undefined => {
    const v = scope.headers.get(kind)?.value;
    return v?.kind === 'Text' ? v.value : undefined;
  };
  const effective = scope.headers.get('effective')?.value;
  const defaultThreshold = scope.defaultThreshold?.value.value ?? DEFAULT_THRESHOLD;
  const script: ScriptOf = (name) => {
    const def = name === undefined ? undefined : scope.scripts.get(name);
    return def && { name: def.name.value, text: def.text.value };
  };
  // One per warning: a policy's own reason replaces its base's.
  const acknowledgements = [...inForceByCode(scope.acknowledgements)].map(([code, a]) => ({ code, reason: a.reason.value }));
  const policy: Omit<CheckedPolicy, 'hash'> = {
    name: scope.name,
    version: text('version') ?? '',
    owner: text('owner'),
    effective: effective?.kind === 'Date' ? effective.raw : undefined,
    stance: ctx.stance?.value ?? ('warn_then_end' satisfies Stance),
    description: text('description'),
    bases: scope.bases,
    defaultThreshold,
    ...(scope.behaviours.size === 0 ? {} : { behaviours: declaredBehaviours(ctx) }),
    thresholds: thresholds(ctx, defaultThreshold),
    zeroTolerance: canonicalBehaviours(scope.zeroTolerance.flatMap((z) => ctx.behavioursOf(z.value) ?? []), ctx.vocabulary),
    groups: Object.fromEntries([...scope.groups.keys()].map((g) => [g, ctx.behavioursOf(g) ?? []])),
    scripts: Object.fromEntries([...scope.scripts].map(([name, def]) => [name, def.text.value])),
    // Absent when none is declared, so a policy without them keeps its hash.
    ...(scope.placeholders.size === 0 ? {} : { placeholders: checkedPlaceholders(scope.placeholders) }),
    roles: scope.roles,
    teams: scope.teams,
    recordExpiry: Object.fromEntries(
      [...scope.records].map(([kind, item]) => [kind as RecordKind, item.after.ms ?? 0]),
    ),
    ...recordAppeals(scope.records),
    requireCallbackNumber: scope.requireCallbackNumber,
    restrictions: Object.fromEntries([...scope.restrictions].map(([name, def]) => [name, checkedRestriction(def)])),
    rules: scope.rules.map((rule) => checkedRule(ctx, rule, script)),
    ...(scope.asserts.length === 0 ? {} : { asserts: scope.asserts.map((a) => checkedAssert(a, scope.roles)) }),
    ...(acknowledgements.length === 0 ? {} : { acknowledgements }),
  };
  return { ...policy, hash: policyHash(policy) };
}

/**
 * Each behaviour's threshold: its own line, else the first line naming a
 * group it belongs to, else the default. Only those differing from the
 * default are kept, so stating the default twice does not change the hash.
 */
function thresholds(ctx: CheckContext, fallback: number): Partial<Record<string, number>> {
  const out: Partial<Record<string, number>> = {};
  const lines = [...ctx.scope.thresholds.values()];
  for (const b of ctx.vocabulary) {
    const line = ctx.scope.thresholds.get(b) ?? lines.find((t) => t.behaviour && ctx.behavioursOf(t.behaviour.value)?.includes(b));
    const value = line?.value.value ?? fallback;
    if (value !== fallback) out[b] = value;
  }
  return out;
}

/** The declared placeholders in name order, so reordering the lines keeps the hash. */
function checkedPlaceholders(defs: ReadonlyMap<string, PlaceholderDef>): Record<string, CheckedPlaceholder> {
  return Object.fromEntries(
    [...defs.keys()].sort().map((name) => {
      const def = defs.get(name)!;
      return [name, { from: def.from?.value as PlaceholderSource | undefined, text: def.text?.value }];
    }),
  );
}

/** `recordAppeals` when a `record` line sets appeal terms; nothing otherwise, so the hash of a policy without them is unchanged. */
function recordAppeals(records: ReadonlyMap<string, RecordExpiry>): { recordAppeals?: Partial<Record<RecordKind, RecordAppeal>> } {
  const appealable = [...records].flatMap(([kind, item]): [RecordKind, RecordAppeal][] => {
    const appeal = item.appeal;
    if (!appeal) return [];
    return [[kind as RecordKind, { appealWorkingDays: appeal.within.value, ...(appeal.replyWithin !== undefined && { replyWorkingDays: appeal.replyWithin.value }) }]];
  });
  return appealable.length === 0 ? {} : { recordAppeals: Object.fromEntries(appealable) };
}

/** The declared behaviours in vocabulary order (a base's first, a redeclaration in its base's place). */
function declaredBehaviours(ctx: CheckContext): CheckedBehaviour[] {
  return ctx.vocabulary.slice(BEHAVIOURS.length).map((name) => ({ name, description: ctx.scope.behaviours.get(name)?.description.value ?? '' }));
}

function checkedRestriction(r: RestrictionDef): CheckedRestriction {
  return {
    name: r.name.value,
    title: r.title?.value ?? r.name.value,
    kind: r.restrictionKind?.value as RestrictionKind,
    scope: r.scope?.value as RestrictionScope,
    channels: channels(r.channels),
    maxMs: ms(r.lasts) ?? 0,
    reviewAfterMs: ms(r.review?.after) ?? 0,
    independentReview: r.review?.independently ?? false,
    liftWhen: r.liftedWhen?.value,
    approvers: r.approvedBy.map((n) => n.value),
    appealWorkingDays: r.appeal?.within.value,
    ...(r.appeal?.replyWithin !== undefined && { replyWorkingDays: r.appeal.replyWithin.value }),
    ...(r.review?.every?.ms !== undefined && { reviewEveryMs: r.review.every.ms }),
  };
}

/** An assert of an error-free policy (its problems, had it any, were reported in its own file). */
function checkedAssert(def: AssertDef, roles: readonly string[]): CheckedAssert {
  const at = def.span.source.position(def.span.start);
  const property = checkProperty({ source: def.span.source, error: () => {} }, def.property, roles);
  if (!property) throw new Error(`internal: the assert at ${def.span.source.name}:${at.line} was resolved with errors`);
  return { title: def.title?.value, property, origin: { file: def.span.source.name, line: at.line, column: at.column } };
}

function checkedRule(ctx: CheckContext, rule: Rule, script: ScriptOf): CheckedRule {
  const id = ruleId(rule);
  const at = rule.span.source.position(rule.span.start);
  return {
    id,
    title: rule.title?.value ?? id,
    trigger: rule.on ? { kind: 'event', event: rule.on.value as LineEvent } : { kind: 'utterance' },
    condition: ctx.condition(rule).condition,
    ladder: expandLadder(rule.ladder?.steps ?? [], script),
    duties: rule.duties.map((d) => checkedDuty(d, script)),
    must: rule.must.map((d) => checkedDuty(d, script)),
    channels: channels(rule.channels),
    origin: { file: rule.span.source.name, line: at.line, column: at.column },
  };
}

/** Channels without repeats, in vocabulary order, so the order written does not change the hash. */
function channels(names: readonly Name[]): Channel[] {
  const written = new Set(names.map((n) => n.value));
  return CHANNELS.filter((c) => written.has(c));
}

function ms(d: { readonly ms: number | undefined } | undefined): number | undefined {
  return d?.ms;
}

function expandLadder(steps: readonly Step[], script: ScriptOf): CheckedStep[] {
  const out: CheckedStep[] = [];
  for (const step of steps) {
    const choice = checkedAlternative(step, script);
    const alternatives = step.alternatives.map((a) => checkedAlternative(a, script));
    const repeat = step.upTo?.value ?? 1;
    for (let i = 0; i < repeat; i++) out.push(timed(step, checkedStep(choice, out.length + 1, alternatives)));
  }
  return out;
}

/** The rung's `may`, `after` and `at once`, on each step it expands to; added only when written, so other ladders keep their hash. */
function timed(rung: Step, step: CheckedStep): CheckedStep {
  if (!rung.may && !rung.after && !rung.atOnce) return step;
  return {
    ...step,
    ...(rung.may && { may: true as const }),
    ...(rung.after?.ms !== undefined && { afterMs: rung.after.ms }),
    ...(rung.atOnce && { atOnce: true as const }),
  };
}

/**
 * `{ ...choice, n, alternatives }`, written out: V8 copies these objects by
 * spread some fifty times slower (a few milliseconds for 1,000 rules). Same
 * keys in the same order; the type makes a new field impossible to forget.
 */
function checkedStep(choice: CheckedAlternative, n: number, alternatives: readonly CheckedAlternative[]): CheckedStep {
  return {
    action: choice.action,
    immediately: choice.immediately,
    script: choice.script,
    to: choice.to,
    team: choice.team,
    by: choice.by,
    mode: choice.mode,
    forMs: choice.forMs,
    withinMs: choice.withinMs,
    approvedBy: choice.approvedBy,
    callbackTo: choice.callbackTo,
    window: choice.window,
    dailyCap: choice.dailyCap,
    ...(choice.scriptSet === undefined ? {} : { scriptSet: choice.scriptSet }),
    n,
    alternatives,
  };
}

/** `to` means the role for `escalate`, the team for `route` and the numbers for `callback`. */
function checkedAlternative(step: Step, script: ScriptOf): CheckedAlternative {
  const action = step.action.value as Action;
  const to = step.to?.value;
  return {
    action,
    immediately: step.immediately,
    script: script(step.script?.value),
    to: action === 'escalate' ? to : undefined,
    team: action === 'route' ? to : undefined,
    by: step.by?.value,
    mode: step.via?.value as EndMode | undefined,
    forMs: ms(step.for),
    withinMs: ms(step.within),
    approvedBy: step.approvedBy.map((n) => n.value),
    callbackTo: action === 'callback' ? (to as CallbackTarget | undefined) : undefined,
    window: checkedWindow(step.window),
    dailyCap: dailyCap(step.cap),
    ...(step.scriptSet === undefined
      ? {}
      : { scriptSet: { atLeast: step.scriptSet.atLeast.value, scripts: step.scriptSet.scripts.map((n) => script(n.value)!) } }),
  };
}

function checkedWindow(window: Window | undefined): CheckedWindow | undefined {
  return window && { from: window.from.raw, to: window.to.raw };
}

function dailyCap(cap: DailyCap | undefined): number | undefined {
  return cap?.count.value;
}

/** A duty's target is a restriction for `propose`, a sanction for `decide`, and otherwise a role. */
function checkedDuty(duty: Duty, script: ScriptOf): CheckedDuty {
  const kind = duty.name.value as DutyKind;
  const target = duty.target?.value;
  return {
    kind,
    target: kind === 'propose' || kind === 'decide' ? undefined : target,
    script: script(duty.script?.value),
    withinMs: ms(duty.within),
    owner: duty.owner?.value,
    subject: AGENT_DUTIES.includes(kind) ? 'agent' : 'customer',
    forMs: ms(duty.for),
    restriction: kind === 'propose' ? target : undefined,
    sanction: kind === 'decide' ? target : undefined,
    callbackTo: duty.to?.value as CallbackTarget | undefined,
    window: checkedWindow(duty.window),
    dailyCap: dailyCap(duty.cap),
  };
}
