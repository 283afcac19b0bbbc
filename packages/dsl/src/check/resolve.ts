/**
 * Builds the checked policy from the merged scope once the checker found no
 * errors: names resolved, groups expanded, literals turned into values,
 * `up to N times` expanded into N steps, then the hash of it all.
 */
import type { Duty, Rule, Step } from '../ast.js';
import type { CheckedDuty, CheckedPolicy, CheckedRule, CheckedScript, CheckedStep } from '../checked.js';
import { BEHAVIOURS, DEFAULT_THRESHOLD } from '../vocabulary.js';
import type { Action, Behaviour, DutyKind, LineEvent, Role, Stance } from '../vocabulary.js';
import { canonicalBehaviours } from './condition.js';
import type { CheckContext } from './context.js';
import { policyHash } from './hash.js';
import { durationMs } from './literals.js';
import type { HeaderKind } from './scope.js';
import { ruleId } from './scope.js';

export function resolvePolicy(ctx: CheckContext): CheckedPolicy {
  const { scope } = ctx;
  const text = (kind: HeaderKind): string | undefined => {
    const v = scope.headers.get(kind)?.value;
    return v?.kind === 'Text' ? v.value : undefined;
  };
  const effective = scope.headers.get('effective')?.value;
  const defaultThreshold = scope.defaultThreshold?.value.value ?? DEFAULT_THRESHOLD;
  const script = (name: string | undefined): CheckedScript | undefined => {
    const def = name === undefined ? undefined : scope.scripts.get(name);
    return def && { name: def.name.value, text: def.text.value };
  };
  const policy: Omit<CheckedPolicy, 'hash'> = {
    name: scope.name,
    version: text('version') ?? '',
    owner: text('owner'),
    effective: effective?.kind === 'Date' ? effective.raw : undefined,
    stance: ctx.stance?.value ?? ('warn_then_end' satisfies Stance),
    description: text('description'),
    bases: scope.bases,
    defaultThreshold,
    thresholds: thresholds(ctx, defaultThreshold),
    zeroTolerance: canonicalBehaviours(scope.zeroTolerance.flatMap((z) => ctx.behavioursOf(z.value) ?? [])),
    groups: Object.fromEntries([...scope.groups.keys()].map((g) => [g, ctx.behavioursOf(g) ?? []])),
    scripts: Object.fromEntries([...scope.scripts].map(([name, def]) => [name, def.text.value])),
    rules: scope.rules.map((rule) => checkedRule(ctx, rule, script)),
  };
  return { ...policy, hash: policyHash(policy) };
}

/**
 * Each behaviour's threshold: its own line, else the first line naming a
 * group it belongs to, else the default. Only those differing from the
 * default are kept, so stating the default twice does not change the hash.
 */
function thresholds(ctx: CheckContext, fallback: number): Partial<Record<Behaviour, number>> {
  const out: Partial<Record<Behaviour, number>> = {};
  const lines = [...ctx.scope.thresholds.values()];
  for (const b of BEHAVIOURS) {
    const line = ctx.scope.thresholds.get(b) ?? lines.find((t) => t.behaviour && ctx.behavioursOf(t.behaviour.value)?.includes(b));
    const value = line?.value.value ?? fallback;
    if (value !== fallback) out[b] = value;
  }
  return out;
}

function checkedRule(ctx: CheckContext, rule: Rule, script: (name: string | undefined) => CheckedScript | undefined): CheckedRule {
  const id = ruleId(rule);
  const at = rule.span.source.position(rule.span.start);
  return {
    id,
    title: rule.title?.value ?? id,
    trigger: rule.on ? { kind: 'event', event: rule.on.value as LineEvent } : { kind: 'utterance' },
    condition: ctx.condition(rule).condition,
    ladder: expandLadder(rule.ladder?.steps ?? [], script),
    duties: rule.duties.map((d) => checkedDuty(d, script)),
    origin: { file: rule.span.source.name, line: at.line, column: at.column },
  };
}

function expandLadder(steps: readonly Step[], script: (name: string | undefined) => CheckedScript | undefined): CheckedStep[] {
  const out: CheckedStep[] = [];
  for (const step of steps) {
    const repeat = step.upTo?.value ?? 1;
    for (let i = 0; i < repeat; i++) {
      out.push({
        action: step.action.value as Action,
        n: out.length + 1,
        immediately: step.immediately,
        script: script(step.script?.value),
        to: step.to?.value as Role | undefined,
        forMs: step.for && durationMs(step.for.raw),
        withinMs: step.within && durationMs(step.within.raw),
        approvedBy: step.approvedBy?.value as Role | undefined,
      });
    }
  }
  return out;
}

function checkedDuty(duty: Duty, script: (name: string | undefined) => CheckedScript | undefined): CheckedDuty {
  return {
    kind: duty.name.value as DutyKind,
    target: duty.target?.value as Role | undefined,
    script: script(duty.script?.value),
    withinMs: duty.within && durationMs(duty.within.raw),
  };
}
