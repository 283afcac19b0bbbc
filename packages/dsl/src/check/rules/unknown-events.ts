/** `check/unknown-event`: `on x` where x is not a line event. */
import { BEHAVIOURS, LINE_EVENTS } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { suggestionHelp } from '../suggest.js';

export function unknownEvents(ctx: CheckContext): void {
  for (const rule of ctx.ownRules) {
    if (!rule.on || rule.on.value === '' || (LINE_EVENTS as readonly string[]).includes(rule.on.value)) continue;
    const { value, span } = rule.on;
    // `on threat`: the author wants a rule about a behaviour.
    const help = (BEHAVIOURS as readonly string[]).includes(value)
      ? `\`${value}\` is a behaviour: write \`rule name { when customer ${value} ... }\``
      : suggestionHelp(value, LINE_EVENTS, 'line events');
    ctx.error('check/unknown-event', `unknown line event \`${value}\``, span, { help });
  }
}
