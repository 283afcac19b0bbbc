/**
 * Line events and utterances are different triggers:
 * `check/line-event-in-condition` (`when line_dropped`),
 * `check/behaviour-in-event-rule` (a behaviour in an `on` rule, including
 * `on call_started` and `on tick`, never true there: behaviours are detected
 * in what is said) and
 * `check/callback-outside-line-event` (a `callback` step in a `rule`).
 */
import { LINE_EVENTS } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';

export function lineEvents(ctx: CheckContext): void {
  for (const rule of ctx.ownRules) {
    for (const atom of ctx.atoms(rule)) {
      if (atom.kind !== 'Behaviour') continue;
      const written = ctx.source.body.slice(atom.span.start, atom.span.end);
      if ((LINE_EVENTS as readonly string[]).includes(atom.name.value)) {
        ctx.error('check/line-event-in-condition', `\`${atom.name.value}\` is a line event, not something said`, atom.span, {
          help: `use \`on ${atom.name.value} { ... }\``,
        });
      } else if (rule.on && ctx.behavioursOf(atom.name.value) !== undefined) {
        ctx.error('check/behaviour-in-event-rule', `\`${written}\` is never true in \`on ${rule.on.value}\`: behaviours are detected in what is said`, atom.span, {
          help: `move it to a rule that starts \`when ${written}\``,
        });
      }
    }
    if (rule.on) continue;
    for (const step of ctx.choices(rule)) {
      if (step.action.value !== 'callback') continue;
      ctx.error('check/callback-outside-line-event', '`callback` only follows a line event', step.action.span, {
        help: 'put it in an `on` block, e.g. `on line_dropped { do callback within 10m }`',
      });
    }
  }
}
