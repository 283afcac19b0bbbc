/**
 * Amazon Connect's contact flows call a Lambda function with a
 * `ContactFlowEvent` (AWS docs: "Invoke AWS Lambda functions"); the function
 * answers with a flat map of strings the flow branches on. CallGuard's
 * answer names the decision in short values (letters, digits, dash and
 * underscore), so the flow plays its own prompts and takes its own
 * disconnect branch.
 */
import type { CallStartedEvent, CallEndedEvent, Decision, LineDroppedEvent, TickEvent } from '@callguard/engine';
import type { Channel } from '@callguard/dsl';
import { PayloadError } from '../payload-error.js';

/** What CallGuard reads from a contact-flow event. */
export interface ContactFlowInput {
  readonly contactId: string;
  /** How the contact began: INBOUND, OUTBOUND, TRANSFER, CALLBACK, API, QUEUE_TRANSFER, EXTERNAL_OUTBOUND, MONITOR, DISCONNECT, ... */
  readonly initiationMethod: string;
  /** The instance's id, from `InstanceARN`. */
  readonly instanceId: string;
  /** VOICE, CHAT, TASK or EMAIL. */
  readonly channel: string;
  readonly queue: string | undefined;
  /** The Lambda block's parameters: `callguard_event` asks for an event (`tick`, `line_dropped`, `call_ended`). */
  readonly parameters: Readonly<Record<string, string>>;
}

/** Reads a contact-flow event; throws {@link PayloadError} when it is not shaped as Amazon Connect sends it. */
export function readContactFlowEvent(event: unknown): ContactFlowInput {
  const details = field(event, 'Details');
  const data = field(details, 'ContactData');
  const contactId = text(data, 'ContactId', 'Details.ContactData.ContactId');
  const instanceArn = text(data, 'InstanceARN', 'Details.ContactData.InstanceARN');
  const queue = field(data, 'Queue');
  const queueName = typeof queue === 'object' && queue !== null ? (queue as { Name?: unknown }).Name : undefined;
  const parameters = field(details, 'Parameters');
  return {
    contactId,
    initiationMethod: text(data, 'InitiationMethod', 'Details.ContactData.InitiationMethod'),
    instanceId: instanceIdOf(instanceArn, 'Details.ContactData.InstanceARN'),
    channel: text(data, 'Channel', 'Details.ContactData.Channel'),
    queue: typeof queueName === 'string' && queueName !== '' ? queueName : undefined,
    parameters: typeof parameters === 'object' && parameters !== null ? stringsOf(parameters) : {},
  };
}

const CHANNELS: Readonly<Record<string, Channel>> = { VOICE: 'phone', CHAT: 'chat', TASK: 'email', EMAIL: 'email' };

/** The `call_started` of a contact CallGuard has not seen; `at` is when the flow asked. */
export function callStartedFromContact(input: ContactFlowInput, at: string): CallStartedEvent {
  const channel = CHANNELS[input.channel] ?? 'phone';
  return { type: 'call_started', at, call: input.queue === undefined ? { id: input.contactId, channel } : { id: input.contactId, queue: input.queue, channel } };
}

/** The event a flow asks for with its `callguard_event` parameter, if any; a {@link PayloadError} for an unknown one. */
export function eventFromParameters(input: ContactFlowInput, at: string): TickEvent | LineDroppedEvent | CallEndedEvent | undefined {
  const asked = input.parameters['callguard_event'];
  if (asked === undefined || asked === '') return undefined;
  if (asked === 'tick' || asked === 'line_dropped' || asked === 'call_ended') return { type: asked, at };
  throw new PayloadError('bad-connect-event', 'Details.Parameters.callguard_event', `callguard_event \`${asked}\` is not tick, line_dropped or call_ended`);
}

/**
 * A decision as the flat string map a contact flow reads:
 * `callguard_action`, and when the decision has them `callguard_rule`,
 * `callguard_step`, `callguard_script`, `callguard_to`, `callguard_team`,
 * `callguard_mode`; then `callguard_ended`, `callguard_policy`,
 * `callguard_version` and `callguard_hash`. Values keep to letters, digits,
 * dash and underscore (anything else becomes `_`), at most 64 characters.
 */
export function contactFlowResult(decision: Decision): Record<string, string> {
  const out: Record<string, string> = { callguard_action: decision.action };
  if (decision.rule !== undefined) out['callguard_rule'] = decision.rule.id;
  if (decision.step !== undefined) out['callguard_step'] = `${decision.step.n}-of-${decision.step.of}`;
  if (decision.script !== undefined) out['callguard_script'] = decision.script.name;
  if (decision.to !== undefined) out['callguard_to'] = decision.to;
  if (decision.team !== undefined) out['callguard_team'] = decision.team;
  if (decision.mode !== undefined) out['callguard_mode'] = decision.mode;
  out['callguard_ended'] = String(decision.ended);
  out['callguard_policy'] = decision.policy.name;
  out['callguard_version'] = decision.policy.version;
  out['callguard_hash'] = decision.policy.hash.slice(0, 12);
  for (const key of Object.keys(out)) out[key] = shortValue(out[key] ?? '');
  return out;
}

/** Contacts StopContact cannot stop (AWS: StopContact): the flow's own disconnect branch ends them. */
const UNSTOPPABLE: ReadonlySet<string> = new Set(['TRANSFER', 'QUEUE_TRANSFER', 'EXTERNAL_OUTBOUND', 'MONITOR', 'DISCONNECT']);

/** True when `StopContact` may stop a contact that began this way. */
export function canStopContact(initiationMethod: string): boolean {
  return !UNSTOPPABLE.has(initiationMethod);
}

/** The instance id in an instance or contact ARN (`arn:aws:connect:<region>:<account>:instance/<id>[/contact/<id>]`). */
export function instanceIdOf(arn: string, fieldName: string): string {
  const match = /^arn:aws[a-z-]*:connect:[^:]*:[^:]*:instance\/([^/]+)/.exec(arn);
  if (match === null) throw new PayloadError('bad-connect-event', fieldName, `\`${arn}\` is not an Amazon Connect instance ARN`);
  return match[1] ?? '';
}

function shortValue(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function text(value: unknown, name: string, path: string): string {
  const found = field(value, name);
  if (typeof found !== 'string' || found === '') throw new PayloadError('bad-connect-event', path, `the event has no ${path}`);
  return found;
}

function stringsOf(value: object): Record<string, string> {
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
