/** The core routes: events in, decisions out; a call's state; health; metrics. */
import type { FastifyInstance } from 'fastify';
import type { CallService } from '../calls/call-service.js';
import type { CallRecord } from '../store/call-store.js';
import type { ServiceMetrics } from './metrics.js';
import { ServiceError } from './problem.js';

/** A call as `GET /v1/calls/{callId}` shows it. */
export function callView(callId: string, record: CallRecord) {
  return {
    call_id: callId,
    version: record.version,
    policy: record.policy,
    ended: record.ended,
    expires_at: new Date(record.expiresAt).toISOString(),
    decisions: record.decisions,
  };
}

/** Adds the core routes. */
export function callRoutes(app: FastifyInstance, calls: CallService, metrics: ServiceMetrics, health: () => Record<string, unknown>): void {
  app.post<{ Params: { callId: string } }>('/v1/calls/:callId/events', async (request) => {
    const { callId } = request.params;
    const body = request.body;
    if (body === undefined) throw new ServiceError('service/unsupported-media-type', 'send the event (or a list of events) as application/json');
    const events = Array.isArray(body) ? body : [body];
    if (events.length === 0) throw new ServiceError('event/invalid', 'the list of events is empty');
    const { decisions, record } = await calls.handle(callId, events);
    return { call_id: callId, version: record?.version ?? 0, decisions };
  });

  app.get<{ Params: { callId: string } }>('/v1/calls/:callId', async (request) => {
    const { callId } = request.params;
    const record = await calls.get(callId);
    if (record === undefined) throw new ServiceError('service/unknown-call', `no call ${callId}: never started, or expired after it ended`);
    return callView(callId, record);
  });

  app.get('/healthz', { config: { auth: 'none' } }, async () => ({ status: 'ok', ...health() }));

  app.get('/metrics', { config: { auth: 'none' } }, async (_request, reply) => {
    const text = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(text);
  });
}
