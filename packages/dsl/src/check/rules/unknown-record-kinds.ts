/** `check/unknown-record-kind`: `record x expires after ...` where x is not a kind of record. */
import { RECORD_KINDS } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { nameCheck } from '../unknown-name.js';

export function unknownRecordKinds(ctx: CheckContext): void {
  const check = nameCheck(ctx, 'check/unknown-record-kind', 'kind of record', 'kinds of record', RECORD_KINDS);
  for (const item of ctx.policy.items) if (item.kind === 'RecordExpiry') check(item.record);
}
