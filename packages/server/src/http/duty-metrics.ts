/** The outbox in `/metrics`: deliveries by state (dead letters among them) and overdue duties, read at each scrape. */
import type { DeliveryCounts } from '@callguard/adapters';
import { Gauge, type Registry } from 'prom-client';

/** Adds the outbox's gauges to `registry`; `counts` is read at each scrape. */
export function registerDutyMetrics(registry: Registry, counts: () => DeliveryCounts): void {
  new Gauge({
    name: 'callguard_duty_deliveries',
    help: 'Duty deliveries in the outbox, by state (pending, delivering, delivered, dead).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const c = counts();
      for (const state of ['pending', 'delivering', 'delivered', 'dead'] as const) this.set({ state }, c[state]);
    },
  });
  new Gauge({
    name: 'callguard_duties_overdue',
    help: 'Duty deliveries not delivered whose duty is past due.',
    registers: [registry],
    collect() {
      this.set(counts().overdue);
    },
  });
}
