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

/** What the gauges read at each scrape. */
export interface MetricSources {
  /** Calls started and not yet ended. */
  openCalls(): Promise<number>;
  /** Policy versions loaded: those serving new calls and those kept for open calls. */
  policyVersions(): number;
}

/** Creates the metrics; the gauges read `sources` at each scrape. */
export function createMetrics(sources: MetricSources): ServiceMetrics {
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
  const eventsOf = perLabel((type) => events.labels({ type }));
  const decisionsOf = perLabel((action) => decisions.labels({ action }));
  const latencyOf = perLabel((route) => latency.labels({ route }));
  const reloads = new Counter({ name: 'callguard_policy_reloads_total', help: 'Policy reloads, swapped in or refused.', labelNames: ['outcome'], registers: [registry] });
  new Gauge({
    name: 'callguard_open_calls',
    help: 'Calls started and not yet ended.',
    registers: [registry],
    async collect() {
      this.set(await sources.openCalls());
    },
  });
  new Gauge({
    name: 'callguard_policy_versions_loaded',
    help: 'Policy versions loaded: those serving new calls and those kept for calls that started under them.',
    registers: [registry],
    collect() {
      this.set(sources.policyVersions());
    },
  });
  return {
    registry,
    decided(list) {
      for (const d of list) {
        eventsOf(d.event.type).inc();
        decisionsOf(d.action).inc();
      }
    },
    rejected: (code) => rejected.inc({ code }),
    observe: (route, seconds) => latencyOf(route).observe(seconds),
    reloaded: (outcome) => reloads.inc({ outcome }),
  };
}

/** A metric's child for each label value, made once: finding it from its labels on every request costs more than the count. */
function perLabel<T>(make: (value: string) => T): (value: string) => T {
  const children = new Map<string, T>();
  return (value) => {
    let child = children.get(value);
    if (child === undefined) children.set(value, (child = make(value)));
    return child;
  };
}
