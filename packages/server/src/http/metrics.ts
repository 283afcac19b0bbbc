/** The service's Prometheus metrics, in a registry of its own (prom-client). */
import type { Decision } from '@callguard/engine';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The metrics the service keeps. */
export interface ServiceMetrics {
  readonly registry: Registry;
  /** Counts an accepted batch: its events by type and its decisions by action. */
  decided(decisions: readonly Decision[]): void;
  /** Counts a refused event or request by code. */
  rejected(code: string): void;
  /** Records how long a request took, by route. */
  observe(route: string, seconds: number): void;
  /** Counts a policy reload by outcome. */
  reloaded(outcome: 'swapped' | 'refused'): void;
}

/** Creates the metrics; `openCalls` is read at each scrape. */
export function createMetrics(openCalls: () => Promise<number>): ServiceMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'callguard_' });
  const events = new Counter({ name: 'callguard_events_total', help: 'Events accepted, by type.', labelNames: ['type'], registers: [registry] });
  const decisions = new Counter({ name: 'callguard_decisions_total', help: 'Decisions made, by action.', labelNames: ['action'], registers: [registry] });
  const rejected = new Counter({ name: 'callguard_rejected_total', help: 'Events and requests refused, by code.', labelNames: ['code'], registers: [registry] });
  const latency = new Histogram({
    name: 'callguard_request_duration_seconds',
    help: 'Time from request to response, by route.',
    labelNames: ['route'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  const reloads = new Counter({ name: 'callguard_policy_reloads_total', help: 'Policy reloads, swapped in or refused.', labelNames: ['outcome'], registers: [registry] });
  new Gauge({
    name: 'callguard_open_calls',
    help: 'Calls started and not yet ended.',
    registers: [registry],
    async collect() {
      this.set(await openCalls());
    },
  });
  return {
    registry,
    decided(list) {
      for (const d of list) {
        events.inc({ type: d.event.type });
        decisions.inc({ action: d.action });
      }
    },
    rejected: (code) => rejected.inc({ code }),
    observe: (route, seconds) => latency.observe({ route }, seconds),
    reloaded: (outcome) => reloads.inc({ outcome }),
  };
}
