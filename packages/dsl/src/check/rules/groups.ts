/**
 * `check/group-cycle` (a group that includes itself, directly or through
 * other groups) and `check/group-name-taken` (a group named like a
 * behaviour or line event, which would be ambiguous in a condition).
 */
import { LINE_EVENTS } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';

export function groups(ctx: CheckContext): void {
  const reported = new Set<string>();
  for (const item of ctx.policy.items) {
    if (item.kind !== 'GroupDef') continue;
    const { value, span } = item.name;
    if (ctx.vocabulary.includes(value) || (LINE_EVENTS as readonly string[]).includes(value)) {
      const what = ctx.vocabulary.includes(value) ? 'behaviour' : 'line event';
      ctx.error('check/group-name-taken', `\`${value}\` is a ${what}, so it cannot name a group`, span, {
        help: `give the group another name, e.g. \`${value}_group\``,
      });
      continue;
    }
    if (ctx.scope.groups.get(value) !== item) continue;
    const path = cycleThrough(ctx, value);
    if (!path) continue;
    const key = [...new Set(path)].sort().join(' ');
    if (reported.has(key)) continue;
    reported.add(key);
    ctx.error('check/group-cycle', `group \`${value}\` includes itself: ${path.map((p) => `\`${p}\``).join(' → ')}`, span, {
      help: 'list behaviours in the group instead of the group itself',
    });
  }
}

/** The path from `start` back to itself through group members, if there is one. */
function cycleThrough(ctx: CheckContext, start: string): string[] | undefined {
  const visited = new Set<string>();
  const walk = (name: string, path: string[]): string[] | undefined => {
    for (const m of ctx.scope.groups.get(name)?.members ?? []) {
      if (m.value === start) return [...path, start];
      if (visited.has(m.value) || !ctx.scope.groups.has(m.value)) continue;
      visited.add(m.value);
      const found = walk(m.value, [...path, m.value]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}
