/**
 * `check/behaviour-name-taken`: a declared behaviour named like a built-in
 * behaviour or a line event. A built-in keeps its meaning everywhere (its
 * threshold is set with a `threshold` line); a line event's name in a
 * condition is read as the event.
 *
 * `check/behaviour-threshold-next-line` (warning): a declaration's
 * `threshold` written on the line after its description. Layout is free, so
 * it is the behaviour's threshold, but a policy's own `threshold 0.7` line
 * written right after a declaration reads the same way: the author may have
 * meant the policy's default.
 *
 * `check/too-many-behaviours`: the policy's conditions, its bases'
 * included, read more (speaker, behaviour) pairs than the engine keeps per
 * utterance.
 */
import { MAX_DETECTED_BEHAVIOURS } from '../../limits.js';
import { BEHAVIOURS, LINE_EVENTS } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';

export function declaredBehaviours(ctx: CheckContext): void {
  for (const item of ctx.policy.items) {
    if (item.kind !== 'BehaviourDef') continue;
    const { value, span } = item.name;
    if ((BEHAVIOURS as readonly string[]).includes(value)) {
      ctx.error('check/behaviour-name-taken', `\`${value}\` is a built-in behaviour, so it cannot be declared`, span, {
        help: `a built-in behaviour needs no declaration: set its threshold with \`threshold ${value} 0.8\`, or declare a new name such as \`${value}_about_staff\``,
      });
    } else if ((LINE_EVENTS as readonly string[]).includes(value)) {
      ctx.error('check/behaviour-name-taken', `\`${value}\` is a line event, so it cannot name a behaviour`, span, {
        help: `give the behaviour another name, e.g. \`${value}_behaviour\``,
      });
    }
    const { description, threshold } = item;
    if (threshold && ctx.source.body.slice(description.span.end, threshold.span.start).includes('\n')) {
      ctx.warning('check/behaviour-threshold-next-line', `this \`threshold\` is \`${value}\`'s, not the policy's default: it follows the behaviour's description`, threshold.span, {
        help: `for \`${value}\`, put it on the description's line (\`callguard fmt\` does); for the policy's default, move the line above the behaviour`,
      });
    }
  }
  tooMany(ctx);
}

function tooMany(ctx: CheckContext): void {
  // Built-in behaviours alone cannot reach the limit.
  if (ctx.scope.behaviours.size === 0) return;
  const pairs = new Set<string>();
  const own = new Set(ctx.ownRules);
  for (const rule of ctx.scope.rules) {
    for (const atom of ctx.atoms(rule)) {
      if (atom.kind !== 'Behaviour') continue;
      const speaker = atom.speaker?.value ?? 'customer';
      for (const b of ctx.behavioursOf(atom.name.value) ?? []) pairs.add(`${speaker} ${b}`);
      if (pairs.size > MAX_DETECTED_BEHAVIOURS && own.has(rule)) {
        ctx.error('check/too-many-behaviours', `this policy's conditions read more than ${MAX_DETECTED_BEHAVIOURS} behaviours (counting each speaker's apart)`, atom.span, {
          help: 'put behaviours that are always handled alike under one declared behaviour, and map the detector labels onto it',
        });
        return;
      }
    }
  }
}
