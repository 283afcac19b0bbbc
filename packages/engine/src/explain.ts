/** Plain words for a decision, for the agent on the call or a reviewer after it. */
import type { Action, Channel, DutyKind, EndMode } from '@callguard/dsl';
import { describeBelowThreshold, type BelowThreshold } from './below-threshold.js';
import type { CallWindow, Decision, Duty, ScriptRef, ScriptSetRef } from '@callguard/contract';
import { formatDuration, formatTime } from './format.js';

/** What ending the contact is called on each channel. */
const END: Readonly<Record<Channel, string>> = {
  phone: 'End the call',
  chat: 'Close the chat',
  email: 'Stop replying',
  in_person: 'End the conversation',
};

const MODE: Readonly<Record<EndMode, string>> = {
  hang_up: 'by hanging up',
  recorded_message: 'by transferring to the recorded message',
  bot_close: 'by letting the bot close it',
};

/** Details a step or a callback duty can carry, as words. */
interface Details {
  readonly to?: string;
  readonly team?: string;
  readonly for_ms?: number;
  readonly within_ms?: number;
  readonly callback_to?: string;
  readonly window?: CallWindow;
  readonly daily_cap?: number;
}

/** The action as an instruction; `d` gives the step's details, `channel` the words for ending. */
function doing(action: Action, d: Details, channel: Channel): string {
  switch (action) {
    case 'continue':
      return 'Continue the call';
    case 'remind':
      return 'Remind the customer';
    case 'announce':
      return 'Play the message';
    case 'deescalate':
      return 'De-escalate';
    case 'warn':
      return 'Warn the customer';
    case 'route':
      return `Route the call${d.team === undefined ? '' : ` to ${d.team}`}`;
    case 'escalate':
      return `Escalate the call${d.to === undefined ? '' : ` to ${role(d.to)}`}`;
    case 'refuse':
      return 'Refuse further handling of this request';
    case 'end_call':
      return END[channel];
    case 'block_caller':
      return `Block the caller${d.for_ms === undefined ? '' : ` for ${formatDuration(d.for_ms)}`}`;
    case 'callback':
      return `Call the customer back${callbackWords(d, true)}`;
  }
}

/** Callback options as words; a duty's deadline is worded as its due time instead. */
function callbackWords(d: Details, deadline: boolean): string {
  let words = d.within_ms === undefined || !deadline ? '' : ` within ${formatDuration(d.within_ms)}`;
  if (d.callback_to === 'all_numbers') words += ' on every number on file';
  if (d.callback_to === 'primary_number') words += ' on the primary number';
  if (d.window !== undefined) words += ` between ${d.window.from} and ${d.window.to} their time`;
  if (d.daily_cap !== undefined) words += `, at most ${d.daily_cap} a day`;
  return words;
}

const DUTY: Readonly<Record<DutyKind, string>> = {
  document: 'document the incident',
  notify: 'notify',
  debrief: 'debrief the agent',
  follow_up: 'follow up',
  callback: 'call the customer back',
  review: 'review the call',
  support_agent: 'support the agent',
  record_warning: 'record a warning',
  record_strike: 'record a strike',
  record_incident: 'record an incident',
  propose: 'propose the restriction',
  refer_legal: 'refer the case to legal',
  refer_police: 'refer the case to the police',
  pause_agent: 'give the agent a pause',
  alert: 'alert',
  decide: 'decide on',
  review_recording: 'review the recording',
};

/**
 * Explains a decision in plain words, what is required first, e.g. "Warn the
 * customer (step 1 of 4 of rule `abuse`: ...). Say: "...". Because: customer
 * abusive: profanity 0.92 ≥ 0.70. Duties: document the incident; ...".
 * Ending is worded for the channel: "Close the chat", "Stop replying".
 * `below` (from {@link belowThreshold}) adds the signals that did not count:
 * "Under the threshold: profanity 0.60 < 0.70."
 */
export function explain(decision: Decision, below: readonly BelowThreshold[] = []): string {
  const out: string[] = [];
  if (decision.required.length > 0) out.push(`Required now: ${decision.required.map(duty).join('; ')}.`);
  const words = decision.offered === undefined ? instruction(decision) : menu(decision.offered, decision.event.channel);
  if (decision.rule !== undefined && decision.step !== undefined) {
    out.push(`${words} (step ${decision.step.n} of ${decision.step.of} of rule \`${decision.rule.id}\`: ${decision.rule.title}).`);
  } else if (decision.action === 'continue') {
    out.push(decision.event.type === 'call_ended' ? 'The call has ended.' : `${words}: no rule applies.`);
  } else {
    out.push(`The agent chose to ${words.charAt(0).toLowerCase()}${words.slice(1)}; no rule of the policy prescribes it.`);
  }
  if (decision.approvers_missing !== undefined) out.push(`Not on duty to approve: ${the(decision.approvers_missing)}.`);
  if (decision.script !== undefined) out.push(said(decision.script, speaker(decision)));
  if (decision.script_set !== undefined) out.push(choice(decision.script_set));
  const also = decision.allowed.filter((a) => a !== decision.action && !BASELINE.has(a) && !(decision.offered ?? []).includes(a));
  if (also.length > 0) out.push(`Also allowed: ${also.map((a) => lower(doing(a, {}, decision.event.channel))).join('; ')}.`);
  if (decision.matched.length === 1) {
    out.push(`Because: ${decision.matched[0]?.why ?? ''}.`);
  } else if (decision.matched.length > 1) {
    const reasons = decision.matched.map((m) => `\`${m.rule}\` (${m.action}, step ${m.step.n} of ${m.step.of}): ${m.why}`);
    out.push(`Because: ${reasons.join('; ')}.`);
  }
  if (below.length > 0) out.push(`Under the threshold: ${describeBelowThreshold(below)}.`);
  if (decision.duties.length > 0) out.push(`Duties: ${decision.duties.map(duty).join('; ')}.`);
  if (decision.ended && decision.event.type !== 'call_ended') out.push('The call is over.');
  const on = decision.event.channel === 'phone' ? '' : ` on ${decision.event.channel.replace('_', ' ')}`;
  out.push(`Policy ${decision.policy.name} ${decision.policy.version}, event ${decision.event.seq} (${decision.event.type}${on} at ${formatTime(decision.event.at)}).`);
  return out.join(' ');
}

/**
 * Who says the script: a recorded message and an announcement are played by
 * the platform, a bot's close by the bot, anything else by the agent; for an
 * agent's own action, the script they used.
 */
function speaker(d: Decision): string {
  if (d.event.type === 'agent_action') return 'Script';
  if (d.mode === 'recorded_message' || d.action === 'announce') return 'The system plays';
  if (d.mode === 'bot_close') return 'The bot says';
  return 'Say';
}

/** The script as this call says it, after `lead`, and the placeholders it still lacks. */
function said(script: ScriptRef, lead: string): string {
  const words = `${lead === 'Script' ? `Script \`${script.name}\`` : lead}: "${script.filled ?? script.text}"`;
  if (script.missing === undefined) return words;
  return `${words} (no value on this call for ${script.missing.map((m) => `{${m}}`).join(', ')}: fill ${script.missing.length === 1 ? 'it' : 'them'} in).`;
}

/** A step's choice of scripts: how many to use, and which are used. */
function choice(set: ScriptSetRef): string {
  const names = set.scripts.map((s) => `\`${s.name}\`${set.used.includes(s.name) ? ' (used)' : ''}`);
  const met = set.used.length >= set.at_least ? ': done' : '';
  return `Use at least ${set.at_least} of ${set.scripts.length} scripts: ${names.join(', ')}${met}.`;
}

const BASELINE: ReadonlySet<Action> = new Set<Action>(['continue', 'remind', 'deescalate', 'escalate']);

/** The action with who takes it, how, and whose approval it needs. */
function instruction(d: Decision): string {
  let words = doing(d.action, d, d.event.channel);
  if (d.mode !== undefined) words += ` ${MODE[d.mode]}`;
  if (d.approved_by !== undefined) {
    words += `, with the approval of ${the(d.approved_by)}`;
  }
  return d.by === undefined ? words : `${upper(role(d.by))} should ${lower(words)}`;
}

/** A `may` step's words: it recommends nothing, and says what the agent may do. */
function menu(offered: readonly Action[], channel: Channel): string {
  return `Nothing is recommended; the agent may ${offered.map((a) => lower(doing(a, {}, channel))).join(', or ')}`;
}

function duty(d: Duty): string {
  let words = DUTY[d.kind];
  if (d.target !== undefined) words += ` ${role(d.target)}`;
  if (d.category !== undefined) words += ` for ${d.category.replaceAll('_', ' ')}`;
  if (d.restriction !== undefined) {
    words += ` \`${d.restriction.name}\` (${d.restriction.title}) for approval by ${the(d.restriction.approvers)}, review by ${formatTime(d.restriction.review_due)}`;
  }
  if (d.sanction !== undefined) words += ` \`${d.sanction}\``;
  if (d.for_ms !== undefined) words += ` for ${formatDuration(d.for_ms)}`;
  if (d.script !== undefined) words += ` with \`${d.script.name}\``;
  if (d.kind === 'callback') words += callbackWords(d, false);
  if (d.owner !== undefined) words += ` (owner: ${role(d.owner)})`;
  if (d.due !== undefined) words += ` by ${formatTime(d.due)}`;
  return words;
}

/** Functions named without an article: "alert security", not "alert the security". */
const FUNCTIONS: ReadonlySet<string> = new Set(['security', 'compliance', 'police']);

/** A role as words: `the line manager`, `security`. */
function role(r: string): string {
  const words = r.replaceAll('_', ' ');
  return FUNCTIONS.has(r) ? words : `the ${words}`;
}

/** `['manager', 'director']` → `the manager and the director`. */
function the(roles: readonly string[]): string {
  return roles.map(role).join(' and ');
}

function upper(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function lower(words: string): string {
  return words.charAt(0).toLowerCase() + words.slice(1);
}
