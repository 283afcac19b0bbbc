/**
 * `check/behaviour-name-taken`: a declared behaviour named like a built-in
 * behaviour or a line event. A built-in keeps its meaning everywhere (its
 * threshold is set with a `threshold` line); a line event's name in a
 * condition is read as the event.
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
