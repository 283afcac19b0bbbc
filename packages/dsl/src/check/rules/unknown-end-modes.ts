/** `check/unknown-end-mode`: `via x` where x is not a way to end a call. */
import { END_MODES } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { nameCheck } from '../unknown-name.js';

export function unknownEndModes(ctx: CheckContext): void {
  const check = nameCheck(ctx, 'check/unknown-end-mode', 'way to end a call', 'ways to end a call', END_MODES);
  for (const rule of ctx.ownRules) for (const step of ctx.choices(rule)) check(step.via);
}
