/**
 * Amazon Connect: contact flows asking what to do (`POST
 * /v1/connect/contact-flow`, the same as the `connectContactFlowHandler`
 * Lambda function), and Contact Lens real-time rule matches from
 * EventBridge (`POST /v1/connect/events`).
 */
import {
  callStartedFromContact,
  canStopContact,
  contactFlowResult,
  eventFromParameters,
  readContactFlowEvent,
  readRulesMatched,
  utteranceFromRule,
  type ConnectContacts,
  type RuleMeaning,
} from '@callguard/adapters';
import { ENDING_ACTIONS } from '@callguard/dsl';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { CallService } from '../calls/call-service.js';
import type { ConnectSettings } from '../config/types.js';
import { notBefore, readPayload } from '../http/payload.js';
import { ServiceError } from '../http/problem.js';
import { lastEventMs, type CallRecord } from '../store/call-store.js';

/** The adapter's state kept with a contact. */
interface ConnectChannel {
  readonly initiationMethod: string;
  readonly instanceId: string;
}

/** Answers one contact-flow event with the flat string map the flow branches on. */
export async function decideContactFlow(calls: CallService, event: unknown, now: () => number): Promise<Record<string, string>> {
  const input = readPayload(() => readContactFlowEvent(event));
  const at = new Date(now()).toISOString();
  const asked = readPayload(() => eventFromParameters(input, at));
  const { record } = await calls.change(input.contactId, (existing) => {
    if (existing === undefined) {
      const channel: ConnectChannel = { initiationMethod: input.initiationMethod, instanceId: input.instanceId };
      return { events: asked === undefined ? [callStartedFromContact(input, at)] : [callStartedFromContact(input, at), asked], channel: { connect: channel } };
    }
    if (existing.ended || asked === undefined) return { events: [] };
    return { events: [{ ...asked, at: notBefore(lastEventMs(existing))(asked.at) }] };
  });
  const decision = record?.decisions[record.decisions.length - 1];
  if (decision === undefined) throw new ServiceError('service/internal', `contact ${input.contactId} has no decision`);
  return contactFlowResult(decision);
}

/** What the Connect routes need. */
export interface ConnectRouteOptions {
  readonly calls: CallService;
  readonly settings: ConnectSettings;
  /** Stops contacts; absent when `connect.stopContact` is off. */
  readonly contacts: ConnectContacts | undefined;
  readonly now: () => number;
}

/** Adds `/v1/connect/contact-flow` and `/v1/connect/events`. */
export function connectRoutes(app: FastifyInstance, options: ConnectRouteOptions): void {
  const { calls, settings, contacts, now } = options;
  const rules = settings.rules as Readonly<Record<string, RuleMeaning>>;

  app.post('/v1/connect/contact-flow', async (request) => decideContactFlow(calls, request.body, now));

  app.post('/v1/connect/events', async (request) => {
    const match = readPayload(() => readRulesMatched(request.body));
    const utterance = utteranceFromRule(match, rules);
    if (utterance === undefined) {
      request.log.info({ callId: match.contactId, rule: match.ruleName }, 'Contact Lens rule not mapped to a behaviour; ignored');
      return { call_id: match.contactId, ignored: `rule \`${match.ruleName}\` is not under connect.rules`, decisions: [] };
    }
    const { decisions, record } = await calls.change(match.contactId, (existing) => {
      if (existing === undefined) throw new ServiceError('service/unknown-call', `no contact ${match.contactId}: its contact flow has not called /v1/connect/contact-flow`);
      if (existing.ended) return { events: [] };
      return { events: [{ ...utterance, at: notBefore(lastEventMs(existing))(utterance.at) }] };
    });
    const ending = decisions.find((d) => d.ended && ENDING_ACTIONS.includes(d.action));
    if (ending !== undefined && record !== undefined) await stop(match.contactId, match.instanceId, record, ending.action, request.log);
    return { call_id: match.contactId, decisions };
  });

  /** Ends the contact with StopContact where its initiation method allows; says why not in the log otherwise. */
  async function stop(contactId: string, instanceId: string, record: CallRecord, action: string, log: FastifyBaseLogger): Promise<void> {
    if (contacts === undefined) return;
    const { initiationMethod } = (record.channel['connect'] ?? { initiationMethod: 'UNKNOWN' }) as ConnectChannel;
    if (!canStopContact(initiationMethod)) {
      log.info({ callId: contactId, action, initiationMethod }, `StopContact cannot stop a ${initiationMethod} contact; the contact flow's disconnect branch ends it`);
      return;
    }
    try {
      await contacts.stop(instanceId, contactId);
      log.info({ callId: contactId, action }, 'contact stopped');
    } catch (error) {
      log.warn({ callId: contactId, action, err: error }, 'StopContact failed; the decision stands and the flow can still end the contact');
    }
  }
}

