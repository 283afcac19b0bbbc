/**
 * `check/shadowed-rule` (warning): a rule that can never decide, because an
 * earlier rule with the same trigger always fires with it and wins: the
 * earlier rule's least severe step is at least as severe as this rule's most
 * severe step (ties go to the earlier rule). "Always fires with it" is
 * decided soundly on normal forms: every conjunct of the later rule's
 * condition contains a conjunct of the earlier one's, literal by literal
 * (see `implies`). Conditions too large to normalise are skipped.
 */
import type { Rule } from '../../ast.js';
import { ACTION_SEVERITY } from '../../vocabulary.js';
import type { Action } from '../../vocabulary.js';
import { atomKey, toDnf } from '../condition.js';
import type { Conjunct, Literal } from '../condition.js';
import type { CheckContext } from '../context.js';
import { ruleLabel } from '../stance.js';

interface Analysed {
  readonly rule: Rule;
  readonly trigger: string;
  readonly dnf: Conjunct[];
  readonly least: number;
  readonly most: number;
}

export function shadowedRules(ctx: CheckContext): void {
  const analysed: Analysed[] = [];
  for (const rule of ctx.scope.rules) {
    const a = analyse(ctx, rule);
    if (!a) continue;
    const winner = analysed.find((earlier) => earlier.trigger === a.trigger && earlier.least >= a.most && implies(a.dnf, earlier.dnf));
    if (winner) {
      ctx.warning('check/shadowed-rule', `${ruleLabel(rule)} never decides: ${ruleLabel(winner.rule)} always fires with it and wins`, rule.name.span, {
        help: `move it above ${ruleLabel(winner.rule)}, or narrow the \`when\` of ${ruleLabel(winner.rule)}`,
        related: [{ message: 'the earlier rule that wins', span: winner.rule.name.span }],
      });
    }
    analysed.push(a);
  }
}

function analyse(ctx: CheckContext, rule: Rule): Analysed | undefined {
  const severities: number[] = [];
  for (const step of rule.ladder?.steps ?? []) {
    const severity = ACTION_SEVERITY[step.action.value as Action] as number | undefined;
    if (severity === undefined) return undefined;
    severities.push(severity);
  }
  if (severities.length === 0) return undefined;
  const { condition, known } = ctx.condition(rule);
  const dnf = known ? toDnf(condition) : undefined;
  if (!dnf) return undefined;
  return { rule, trigger: rule.on?.value ?? '', dnf, least: severities.reduce((x, y) => Math.min(x, y)), most: severities.reduce((x, y) => Math.max(x, y)) };
}

/** B ⟹ A: every conjunct of B implies some conjunct of A. */
function implies(b: Conjunct[], a: Conjunct[]): boolean {
  return b.every((cb) => a.some((ca) => ca.every((la) => cb.some((lb) => literalImplies(lb, la)))));
}

/**
 * A positive behaviour atom implies one of the same speaker over a superset
 * of its behaviours with no count, or a count no harder to reach (fewer
 * times, longer window). Anything else must match exactly.
 */
function literalImplies(lb: Literal, la: Literal): boolean {
  if (lb.positive !== la.positive) return false;
  const b = lb.atom;
  const a = la.atom;
  if (lb.positive && b.kind === 'behaviour' && a.kind === 'behaviour') {
    if (b.speaker !== a.speaker || !b.behaviours.every((x) => a.behaviours.includes(x))) return false;
    if (!a.count) return true;
    return b.count !== undefined && a.count.times <= b.count.times && a.count.withinMs >= b.count.withinMs;
  }
  return atomKey(a) === atomKey(b);
}
