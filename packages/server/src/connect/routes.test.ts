import type { ConnectContactFlowEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { loopbackApi } from '../../test/loopback.js';
import { logLines, NOW, policyFolder, testConfig } from '../../test/helpers.js';
import { createService, type Service } from '../service.js';

const INSTANCE = 'c8c0e68d-2200-4265-82c0-6f0a1b2c3d4e';
const CONTACT = '4a573372-1f28-4e26-b97b-2b1c0d9e8f7a';
const INSTANCE_ARN = `arn:aws:connect:eu-west-2:123456789012:instance/${INSTANCE}`;

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

/** A contact-flow event shaped as Amazon Connect sends it to a Lambda function (typed by @types/aws-lambda). */
function flowEvent(initiationMethod: string, parameters: Record<string, string> = {}): ConnectContactFlowEvent {
  return {
    Details: {
      ContactData: {
        Attributes: {},
        Channel: 'VOICE',
        ContactId: CONTACT,
        CustomerEndpoint: { Address: '+447700900123', Type: 'TELEPHONE_NUMBER' },
        InitialContactId: CONTACT,
        InitiationMethod: initiationMethod as ConnectContactFlowEvent['Details']['ContactData']['InitiationMethod'],
        InstanceARN: INSTANCE_ARN,
        PreviousContactId: CONTACT,
        Queue: { ARN: `${INSTANCE_ARN}/queue/5b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0`, Name: 'billing' },
        SystemEndpoint: { Address: '+442071234567', Type: 'TELEPHONE_NUMBER' },
        MediaStreams: { Customer: { Audio: null } },
      },
      Parameters: parameters,
    },
    Name: 'ContactFlowEvent',
  };
}

/** An EventBridge `Contact Lens Realtime Rules Matched` event, as EventBridge delivers it to an API destination. */
function ruleMatched(ruleName: string, at: string) {
  const contactArn = `${INSTANCE_ARN}/contact/${CONTACT}`;
  return {
    version: '0',
    id: '9f7e6d5c-4b3a-2918-0706-f5e4d3c2b1a0',
    'detail-type': 'Contact Lens Realtime Rules Matched',
    source: 'aws.connect',
    account: '123456789012',
    time: at,
    region: 'eu-west-2',
    resources: [contactArn, INSTANCE_ARN],
    detail: {
      version: '1.0',
      ruleName,
      actionName: 'GenerateEventBridgeEvent',
      instanceArn: INSTANCE_ARN,
      contactArn,
      agentArn: `${INSTANCE_ARN}/agent/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9`,
      queueArn: `${INSTANCE_ARN}/queue/5b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0`,
    },
  };
}

async function serve(endpoint?: string) {
  const { file } = policyFolder();
  const logs = logLines();
  const connect = {
    region: 'eu-west-2',
    endpoint,
    stopContact: endpoint !== undefined,
    rules: { 'Customer-Abuse': { behaviour: 'profanity', confidence: 0.95, speaker: 'customer' as const } },
  };
  const service: Service = createService(testConfig(file, { connect }), {
    now: () => NOW,
    logStream: logs.stream,
    awsCredentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
  });
  cleanups.push(() => service.close());
  const post = (path: string, body: unknown) => service.inject({ method: 'POST', url: path, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  return { service, post, logs };
}

describe('Amazon Connect: the contact flow', () => {
  it('starts the contact and answers with a flat map of short strings', async () => {
    const { post, service } = await serve();
    const response = await post('/v1/connect/contact-flow', flowEvent('INBOUND'));
    expect(response.statusCode).toBe(200);
    const result = response.json() as Record<string, string>;
    expect(result).toMatchObject({ callguard_action: 'continue', callguard_ended: 'false', callguard_policy: 'acme-standard', callguard_version: '3_2_0' });
    for (const [key, value] of Object.entries(result)) {
      expect(key).toMatch(/^callguard_[a-z]+$/);
      expect(value).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    }
    expect(JSON.stringify(result).length).toBeLessThan(32 * 1024);
    expect((await service.inject({ method: 'GET', url: `/v1/calls/${CONTACT}` })).json()).toMatchObject({ decisions: [{ event: { type: 'call_started' } }] });
    // Asked again later, the flow gets the latest decision; the contact is not started twice.
    expect((await post('/v1/connect/contact-flow', flowEvent('INBOUND'))).json()).toEqual(result);
  });

  it('is also the connectContactFlowHandler Lambda function', async () => {
    const { service } = await serve();
    expect(await service.contactFlow(flowEvent('INBOUND'))).toMatchObject({ callguard_action: 'continue' });
  });

  it('takes the event a flow asks for in its parameters', async () => {
    const { post } = await serve();
    await post('/v1/connect/contact-flow', flowEvent('INBOUND'));
    expect((await post('/v1/connect/contact-flow', flowEvent('INBOUND', { callguard_event: 'call_ended' }))).json()).toMatchObject({ callguard_ended: 'true' });
    const unknown = await post('/v1/connect/contact-flow', flowEvent('INBOUND', { callguard_event: 'hang_up' }));
    expect(unknown.json()).toMatchObject({ status: 400, code: 'service/bad-connect-event', field: 'Details.Parameters.callguard_event' });
  });

  it('refuses an event that is not a ContactFlowEvent', async () => {
    const { post } = await serve();
    const response = await post('/v1/connect/contact-flow', { Name: 'ContactFlowEvent', Details: {} });
    expect(response.json()).toMatchObject({ status: 400, code: 'service/bad-connect-event', field: 'Details.ContactData.ContactId' });
  });
});

describe('Amazon Connect: Contact Lens real-time rules', () => {
  it('decides a matched rule as the behaviour the configuration gives it', async () => {
    const { post } = await serve();
    await post('/v1/connect/contact-flow', flowEvent('INBOUND'));
    const response = await post('/v1/connect/events', ruleMatched('Customer-Abuse', '2026-12-01T09:00:40Z'));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ call_id: CONTACT, decisions: [{ action: 'warn', event: { type: 'utterance', at: '2026-12-01T09:00:40.000Z' } }] });
    // The flow, asking next, branches on the warning.
    expect((await post('/v1/connect/contact-flow', flowEvent('INBOUND'))).json()).toMatchObject({ callguard_action: 'warn', callguard_rule: 'abuse', callguard_script: 'warn_abuse', callguard_step: '1-of-4' });
  });

  it('accepts a rule it has no meaning for, deciding nothing', async () => {
    const { post } = await serve();
    await post('/v1/connect/contact-flow', flowEvent('INBOUND'));
    const response = await post('/v1/connect/events', ruleMatched('Long-Hold', '2026-12-01T09:00:40Z'));
    expect(response.json()).toEqual({ call_id: CONTACT, ignored: 'rule `Long-Hold` is not under connect.rules', decisions: [] });
  });

  it('refuses other EventBridge events and rules for unknown contacts', async () => {
    const { post } = await serve();
    expect((await post('/v1/connect/events', { ...ruleMatched('Customer-Abuse', '2026-12-01T09:00:40Z'), 'detail-type': 'Amazon Connect Contact Event' })).json()).toMatchObject({
      status: 400,
      code: 'service/bad-connect-event',
    });
    expect((await post('/v1/connect/events', ruleMatched('Customer-Abuse', '2026-12-01T09:00:40Z'))).json()).toMatchObject({ status: 404, code: 'service/unknown-call' });
  });

  it('stops an ended contact with StopContact through the SDK', async () => {
    const api = await loopbackApi(() => ({ status: 200, body: {} }));
    cleanups.push(api.close);
    const { post, logs } = await serve(api.url);
    await post('/v1/connect/contact-flow', flowEvent('INBOUND'));
    for (let i = 1; i <= 4; i++) await post('/v1/connect/events', ruleMatched('Customer-Abuse', `2026-12-01T09:0${i}:00Z`));
    expect(api.received).toHaveLength(1);
    const [request] = api.received;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/contact/stop');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['authorization']).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-2\/connect\/aws4_request, SignedHeaders=.*, Signature=[0-9a-f]{64}$/);
    expect(JSON.parse(request?.body ?? '')).toEqual({ ContactId: CONTACT, InstanceId: INSTANCE });
    expect(logs.lines().some((l) => l['msg'] === 'contact stopped' && l['action'] === 'end_call')).toBe(true);
  });

  it.each(['TRANSFER', 'QUEUE_TRANSFER', 'EXTERNAL_OUTBOUND', 'MONITOR', 'DISCONNECT'])('leaves a %s contact to the flow, saying so in the log', async (method) => {
    const api = await loopbackApi(() => ({ status: 200, body: {} }));
    cleanups.push(api.close);
    const { post, logs } = await serve(api.url);
    await post('/v1/connect/contact-flow', flowEvent(method));
    for (let i = 1; i <= 4; i++) expect((await post('/v1/connect/events', ruleMatched('Customer-Abuse', `2026-12-01T09:0${i}:00Z`))).statusCode).toBe(200);
    expect(api.received).toHaveLength(0);
    expect(logs.lines().find((l) => l['initiationMethod'] === method)?.['msg']).toBe(`StopContact cannot stop a ${method} contact; the contact flow's disconnect branch ends it`);
  });
});
