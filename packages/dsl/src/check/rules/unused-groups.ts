/** `check/unused-group` (warning): a group no condition, group, threshold or zero_tolerance names. */
import type { PolicyItem } from '../../ast.js';
import type { CheckContext } from '../context.js';

export function unusedGroups(ctx: CheckContext): void {
  const used = new Set<string>();
  const items: PolicyItem[] = [...ctx.policy.items, ...ctx.scope.rules, ...ctx.scope.groups.values()];
  for (const item of items) {
    if (item.kind === 'Rule') for (const a of ctx.atoms(item)) if (a.kind === 'Behaviour') used.add(a.name.value);
    if (item.kind === 'GroupDef') for (const m of item.members) if (m.value !== item.name.value) used.add(m.value);
    if (item.kind === 'Threshold' && item.behaviour) used.add(item.behaviour.value);
  }
  for (const [name] of ctx.scope.thresholds) used.add(name);
  for (const z of ctx.scope.zeroTolerance) used.add(z.value);
  for (const item of ctx.policy.items) {
    if (item.kind !== 'GroupDef' || used.has(item.name.value) || ctx.scope.groups.get(item.name.value) !== item) continue;
    ctx.warning('check/unused-group', `group \`${item.name.value}\` is never used`, item.name.span, {
      help: `use it in a rule, e.g. \`when customer ${item.name.value}\`, or remove it`,
    });
  }
}
