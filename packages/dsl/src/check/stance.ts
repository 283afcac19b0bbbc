/** Shared wording for the stance rules, and the triggers they exempt. */
import type { Rule } from '../ast.js';
import type { RelatedSpan } from '../diagnostic.js';
import { DISCONNECT_EVENTS } from '../vocabulary.js';
import type { LineEvent } from '../vocabulary.js';
import type { Literal } from './condition.js';
import type { CheckContext } from './context.js';
import { ruleForm } from './scope.js';

/**
 * An `on silence`, `on poor_line` or `on line_dropped` block: ending the
 * call there is a technical disconnect, for which no stance asks a warning
 * or an escalation (docs/stances.md, "Technical disconnects and time limits").
 */
export function onDisconnect(rule: Rule): boolean {
  return rule.on !== undefined && DISCONNECT_EVENTS.includes(rule.on.value as LineEvent);
}

/**
 * An `on tick` block whose every way of firing bounds the call's age or the
 * caller's talk time from below (`call.duration >= 30m`): a time limit. It
 * ends the call for the clock, not for conduct, and under `warn_then_end`
 * an announcement of the limit stands in for the warning.
 */
export function timeLimit(ctx: CheckContext, rule: Rule): boolean {
  if (rule.on?.value !== 'tick') return false;
  const dnf = ctx.dnf(rule);
  return dnf !== undefined && dnf.length > 0 && dnf.every((conjunct) => conjunct.some(boundsTimeFromBelow));
}

const CLOCKS = new Set(['call.duration', 'caller.talk_time_today']);

function boundsTimeFromBelow({ positive, atom }: Literal): boolean {
  if (atom.kind !== 'field' || !CLOCKS.has(`${atom.root}.${atom.member}`)) return false;
  return positive ? atom.op === '>' || atom.op === '>=' : atom.op === '<' || atom.op === '<=';
}

/** `rule \`abuse\``, `\`on silence\`` or `\`on silence ghost_call\``, as a message names a rule. */
export function ruleLabel(rule: Rule): string {
  return rule.on ? `\`${ruleForm(rule)}\`` : `rule \`${rule.name.value}\``;
}

/** Points at the `stance` line the diagnostic follows from. */
export function stanceRelated(ctx: CheckContext): RelatedSpan[] {
  return ctx.stance ? [{ message: `the stance is \`${ctx.stance.value}\` here`, span: ctx.stance.header.span }] : [];
}
