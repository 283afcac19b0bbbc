/** `check/unknown-channel`: a channel in a rule's or a restriction's `channels` that the language does not have. */
import { CHANNELS } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { nameCheck } from '../unknown-name.js';

export function unknownChannels(ctx: CheckContext): void {
  const check = nameCheck(ctx, 'check/unknown-channel', 'channel', 'channels', CHANNELS);
  for (const item of ctx.policy.items) {
    if (item.kind === 'Rule' || item.kind === 'RestrictionDef') item.channels.forEach(check);
  }
}
