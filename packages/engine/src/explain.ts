/** Plain words for a decision, for the agent on the call or a reviewer after it. */
import type { Action, DutyKind } from '@callguard/dsl';
import type { Decision, Duty } from './decision.js';
import { formatDuration, formatTime } from './format.js';

const DOING: Readonly<Record<Action, (d: Decision) => string>> = {
  continue: () => 'Continue the call',
  remind: () => 'Remind the customer',
  deescalate: () => 'De-escalate',
  warn: () => 'Warn the customer',
  escalate: (d) => `Escalate the call${d.to === undefined ? '' : ` to the ${d.to}`}`,
  end_call: () => 'End the call',
  block_caller: (d) =>
    `Block the caller${d.for_ms === undefined ? '' : ` for ${formatDuration(d.for_ms)}`}` +
    (d.approved_by === undefined ? '' : `, with the ${d.approved_by}'s approval`),
  callback: (d) => `Call the customer back${d.within_ms === undefined ? '' : ` within ${formatDuration(d.within_ms)}`}`,
};

const DUTY: Readonly<Record<DutyKind, string>> = {
  document: 'document the incident',
  notify: 'notify',
  debrief: 'debrief the agent',
  follow_up: 'follow up',
  callback: 'call the customer back',
  review: 'review the call',
  support_agent: 'support the agent',
};

/**
 * Explains a decision in plain words, e.g. "Warn the customer (step 1 of 4 of
 * rule `abuse`: ...). Say: "...". Because: customer abusive: profanity 0.92 ≥
 * 0.70. Duties: document the incident; ...".
 */
export function explain(decision: Decision): string {
  const out: string[] = [];
  const doing = DOING[decision.action](decision);
  if (decision.rule !== undefined && decision.step !== undefined) {
    out.push(`${doing} (step ${decision.step.n} of ${decision.step.of} of rule \`${decision.rule.id}\`: ${decision.rule.title}).`);
  } else if (decision.action === 'continue') {
    out.push(decision.event.type === 'call_ended' ? 'The call has ended.' : `${doing}: no rule applies.`);
  } else {
    out.push(`The agent chose to ${doing.charAt(0).toLowerCase()}${doing.slice(1)}; no rule of the policy prescribes it.`);
  }
  if (decision.script !== undefined) out.push(`Say: "${decision.script.text}"`);
  if (decision.matched.length === 1) {
    out.push(`Because: ${decision.matched[0]?.why ?? ''}.`);
  } else if (decision.matched.length > 1) {
    const reasons = decision.matched.map((m) => `\`${m.rule}\` (${m.action}, step ${m.step.n} of ${m.step.of}): ${m.why}`);
    out.push(`Because: ${reasons.join('; ')}.`);
  }
  if (decision.duties.length > 0) out.push(`Duties: ${decision.duties.map(duty).join('; ')}.`);
  if (decision.ended && decision.event.type !== 'call_ended') out.push('The call is over.');
  out.push(`Policy ${decision.policy.name} ${decision.policy.version}, event ${decision.event.seq} (${decision.event.type} at ${formatTime(decision.event.at)}).`);
  return out.join(' ');
}

function duty(d: Duty): string {
  let words = DUTY[d.kind];
  if (d.target !== undefined) words += ` the ${d.target}`;
  if (d.script !== undefined) words += ` with \`${d.script.name}\``;
  if (d.due !== undefined) words += ` by ${formatTime(d.due)}`;
  return words;
}
