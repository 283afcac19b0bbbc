import type { DeliveryRecord } from '../outbox/delivery-record.js';
import type { Delivered, DutySink } from '../outbox/sink.js';
import type { IncidentLog } from '../store/incident.js';

/** The default sink: the store's own incident log, one entry per idempotency key. */
export class IncidentLogSink implements DutySink {
  constructor(
    private readonly log: IncidentLog,
    private readonly clock: () => Date,
  ) {}

  async deliver(record: DeliveryRecord): Promise<Delivered> {
    return { externalId: `incident-${this.log.write(record, this.clock()).id}` };
  }
}
