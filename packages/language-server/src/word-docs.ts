/**
 * One line of documentation for each word the language knows, shown on
 * hover and beside completions. The words themselves come from the dsl's
 * vocabulary: the types ask for a line for every word, and a test does the
 * same for fields.
 */
import type { Action, Behaviour, BuiltinPlaceholder, Channel, DutyKind, EndMode, LineEvent, Role, Stance } from '@callguard/dsl';

/** What each behaviour is, as speech analytics detects it. */
export const BEHAVIOUR_DOCS: Readonly<Record<Behaviour, string>> = {
  profanity: 'Cursing, yelling at the agent.',
  slur: 'Racial or ethnic slurs.',
  hate_speech: 'Sexist, homophobic and similar attacks.',
  threat: 'Threats of violence against the agent or their family.',
  sexual_harassment: 'Sexual remarks or advances.',
  harassment: 'Repeated targeting, including repeated calls.',
  rudeness: 'Impolite but not abusive.',
  unreasonable_demand: 'Demands that cannot be met.',
  uncooperative: 'Refusing the steps needed to progress, interrupting.',
  aggression: 'A raised, hostile tone.',
  recording_staff: 'The customer records staff without their consent (a signal from the platform).',
  repeated_request: "The customer makes the same request as their previous one (worked out from each utterance's `request` label).",
};

/** What each ladder step does. */
export const ACTION_DOCS: Readonly<Record<Action, string>> = {
  continue: 'Carry on as normal.',
  remind: 'Gently ask the customer to focus; never a reason to end a call.',
  announce: 'Play a message, before connecting or during the call.',
  deescalate: 'Use empathy and problem-solving.',
  warn: 'Warn the customer; warnings are counted.',
  route: 'Send the call to a team declared with `teams`.',
  escalate: 'Bring in, or transfer to, a supervisor or another role.',
  refuse: 'Decline further handling of the topic.',
  end_call: 'End the call.',
  block_caller: 'End the call and stop future calls from the number for a period, once approved.',
  callback: 'Call the customer back, after a line problem.',
};

/** What each duty asks for. */
export const DUTY_DOCS: Readonly<Record<DutyKind, string>> = {
  document: "Record the incident on the customer's record: what happened, warnings given, who decided, which policy version.",
  notify: 'Tell a role (`notify supervisor`).',
  debrief: 'Debrief the agent after the call.',
  follow_up: 'Contact the customer afterwards, with a script, by a deadline (`follow_up with apology within 24h`).',
  callback: 'Call the customer back by a deadline.',
  review: 'Put the call up for review.',
  support_agent: 'Offer the agent support.',
  record_warning: "Write a warning on the customer's file.",
  record_strike: "Write a strike on the customer's file.",
  record_incident: "Write an incident on the customer's file.",
  propose: 'Propose a restriction defined in the policy (`propose written_only`).',
  refer_legal: 'Refer the case to the legal team.',
  refer_police: 'Refer the case to the police.',
  pause_agent: 'Give the agent a pause (`pause_agent for 10m`).',
  alert: 'Call a role in now, for help (usually under `must`).',
  decide: 'A decision taken after the call, by its owner, by a deadline (`decide close_account by compliance within 7d`).',
  review_recording: "Review the call's recording.",
};

/** What each stance holds the policy to. */
export const STANCE_DOCS: Readonly<Record<Stance, string>> = {
  zero_tolerance: 'Some behaviours end the call at once, with no warning; every other way to end a call needs a `warn` first.',
  warn_then_end: 'Warn the customer, then end the call if it goes on: every ladder reaching `end_call` has a `warn` before it.',
  escalate_first: 'The agent never ends a call alone: every ladder reaching `end_call` or `block_caller` has an `escalate` before it.',
  never_hang_up: 'Calls are never ended because the customer is upset or abusive: no `end_call` or `block_caller` anywhere.',
  none: 'The policy takes no stance on ending calls: nothing stance-specific is checked, but `block_caller` still needs an approver and a period.',
};

/** When each `on <event>` block runs. */
export const EVENT_DOCS: Readonly<Record<LineEvent, string>> = {
  line_dropped: 'A technical disconnect, not a hang-up: the usual answer is a callback.',
  poor_line: 'The line is too poor to go on.',
  silence: 'A silence on the line; `silence.duration` says how long.',
  call_started: 'A call comes in, before it is connected: set-up checks such as active restrictions.',
  tick: "A timer tick, in the events' own time.",
};

/** Who each built-in role is. */
export const ROLE_DOCS: Readonly<Record<Role, string>> = {
  agent: 'The frontline agent on the call.',
  supervisor: "The agent's supervisor.",
  manager: 'A manager.',
  director: 'A director.',
  security: 'The security team.',
  compliance: 'The compliance team.',
};

/** The contact channels. */
export const CHANNEL_DOCS: Readonly<Record<Channel, string>> = {
  phone: 'A phone call (a call with no channel is a phone call).',
  chat: 'A chat conversation.',
  email: 'An email exchange.',
  in_person: 'A conversation in person.',
};

/** How a call is ended. */
export const END_MODE_DOCS: Readonly<Record<EndMode, string>> = {
  hang_up: 'The agent hangs up.',
  recorded_message: 'The call passes to a recorded message.',
  bot_close: 'The bot closes the conversation.',
};

/** What each built-in placeholder is filled with, and from where. */
export const PLACEHOLDER_DOCS: Readonly<Record<BuiltinPlaceholder, string>> = {
  agent_name: "The agent's name, from `call.agent_name` of `call_started`.",
  callback_number: 'The number the customer can call back on, from `call.callback_number` of `call_started`, else the policy\'s `placeholder callback_number "..."`.',
  customer_name: 'How to address the customer, from `caller.name` of `call_started`.',
};

/** What each field a condition can read holds, by `root.member`. */
export const FIELD_DOCS: Readonly<Record<string, string>> = {
  'caller.incidents_30d': "Incidents on the caller's record in the last 30 days.",
  'caller.warnings': "Warnings on record: the CRM's count plus active warning records (`caller.warnings.<behaviour>` for one behaviour).",
  'caller.repeat_calls_7d': 'Calls from this caller in the last 7 days.',
  'caller.withheld': 'The caller withheld their number.',
  'caller.verified': 'The caller passed verification.',
  'caller.refused_verification': 'The caller refused to verify.',
  'caller.vulnerable': 'The CRM flags the customer as vulnerable.',
  'caller.adjustments': 'Reasonable adjustments are agreed and on file.',
  'caller.strikes': 'Active strikes on record (`caller.strikes.<behaviour>` for one behaviour).',
  'caller.incidents': 'Active incidents on record (`caller.incidents.<behaviour>` for one behaviour).',
  'caller.restricted': 'Some restriction on contact is active.',
  'caller.restrictions': 'Whether one restriction defined in the policy is active: `caller.restrictions.<name>`.',
  'caller.talk_time_today': "The caller's talk time today, this call included.",
  'caller.tenure': "Time since the customer's contract started.",
  'call.duration': 'Time since the call started.',
  'call.peak_hours': 'The call is during peak hours.',
  'call.queue': 'The queue the call came in on.',
  'call.channel': 'The channel: `"phone"`, `"chat"`, `"email"` or `"in_person"`.',
  'call.customer_spoken': 'The customer has said something in this call; `not call.customer_spoken` finds a ghost call.',
  'call.staffed': 'Someone in a role is on duty for the call: `call.staffed.<role>`.',
  'silence.duration': 'How long the silence lasted (only in `on silence` rules).',
};
