/**
 * `check/unknown-behaviour`: a behaviour or group name the policy does not
 * know (suggestions include the behaviours it declares), or a record category (`caller.strikes.threat`) that is not a
 * behaviour: records are kept by behaviour, not by group.
 */
import type { Name } from '../../ast.js';
import { KEYED_FIELDS, LINE_EVENTS } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { suggestionHelp } from '../suggest.js';

export function unknownBehaviours(ctx: CheckContext): void {
  const known = [...ctx.vocabulary, ...ctx.scope.groups.keys()];
  const check = (name: Name): void => {
    if (name.value === '' || ctx.behavioursOf(name.value) !== undefined) return;
    ctx.error('check/unknown-behaviour', `unknown behaviour \`${name.value}\``, name.span, {
      help: suggestionHelp(name.value, known, 'behaviours and groups'),
    });
  };
  for (const item of ctx.policy.items) {
    if (item.kind === 'Threshold' && item.behaviour) check(item.behaviour);
    if (item.kind === 'ZeroTolerance') item.behaviours.forEach(check);
    if (item.kind === 'GroupDef') item.members.forEach(check);
  }
  for (const rule of ctx.ownRules) {
    for (const atom of ctx.atoms(rule)) {
      // A line event written as a behaviour gets its own, better message.
      if (atom.kind === 'Behaviour' && !(LINE_EVENTS as readonly string[]).includes(atom.name.value)) check(atom.name);
      if (atom.kind !== 'Field' || !atom.field.key || atom.field.key.value === '') continue;
      const { root, member, key } = atom.field;
      if (KEYED_FIELDS[root.value]?.[member.value]?.key !== 'behaviour' || ctx.vocabulary.includes(key.value)) continue;
      ctx.error('check/unknown-behaviour', `unknown behaviour \`${key.value}\``, key.span, {
        help: ctx.scope.groups.has(key.value)
          ? `records are counted by behaviour: name one of \`${key.value}\`'s members`
          : suggestionHelp(key.value, ctx.vocabulary, 'behaviours'),
      });
    }
  }
}
