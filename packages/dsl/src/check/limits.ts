/**
 * The checker's limits (docs/limits.md), checked before any rule runs: a file
 * over one is reported at the place that crosses it and not checked further,
 * so no rule ever walks a structure larger than the limits allow.
 */
import type { GroupDef, Policy } from '../ast.js';
import { diagnostic } from '../diagnostic.js';
import type { Diagnostic } from '../diagnostic.js';
import { MAX_CONDITION_ATOMS, MAX_GROUP_DEPTH, MAX_GROUPS, MAX_RULES } from '../limits.js';
import { atomsOf } from './condition.js';

/** Reports every limit `policy` crosses into `out`; true when it crosses none. */
export function withinLimits(policy: Policy, out: Diagnostic[]): boolean {
  const before = out.length;
  const rules = policy.items.filter((i) => i.kind === 'Rule');
  const groups = policy.items.filter((i): i is GroupDef => i.kind === 'GroupDef');
  if (rules.length > MAX_RULES) {
    out.push(
      diagnostic('check/too-many-rules', 'error', `more than ${MAX_RULES.toLocaleString('en')} rules in one policy`, rules[MAX_RULES]!.span, {
        help: 'put what teams share in a base policy and `extends` it, or merge rules that do the same',
      }),
    );
  }
  if (groups.length > MAX_GROUPS) {
    out.push(
      diagnostic('check/too-many-groups', 'error', `more than ${MAX_GROUPS.toLocaleString('en')} groups in one policy`, groups[MAX_GROUPS]!.span, {
        help: 'a group lists behaviours; a policy needs a handful',
      }),
    );
  } else {
    const deep = tooDeepGroup(groups);
    if (deep) {
      out.push(
        diagnostic('check/groups-too-deep', 'error', `group \`${deep.name.value}\` includes groups more than ${MAX_GROUP_DEPTH} deep`, deep.name.span, {
          help: 'list behaviours in the group rather than groups of groups of groups',
        }),
      );
    }
  }
  for (const rule of rules) {
    const atoms = atomsOf(rule.when);
    if (atoms.length <= MAX_CONDITION_ATOMS) continue;
    out.push(
      diagnostic('check/condition-too-large', 'error', `this condition has more than ${MAX_CONDITION_ATOMS.toLocaleString('en')} terms`, atoms[MAX_CONDITION_ATOMS]!.span, {
        help: 'name the behaviours in a group, or split the rule',
      }),
    );
  }
  return out.length === before;
}

/**
 * The first group (in file order) whose inclusions run deeper than
 * {@link MAX_GROUP_DEPTH}, found without recursion. Members that are not
 * groups, or that close a cycle (`check/group-cycle`'s to report), add nothing.
 */
function tooDeepGroup(groups: readonly GroupDef[]): GroupDef | undefined {
  const byName = new Map(groups.map((g) => [g.name.value, g]));
  const depth = new Map<string, number>();
  const onPath = new Set<string>();
  for (const root of groups) {
    if (depth.has(root.name.value)) continue;
    const stack: { group: GroupDef; next: number }[] = [{ group: root, next: 0 }];
    onPath.add(root.name.value);
    while (stack.length > 0) {
      const top = stack.at(-1)!;
      const member = top.group.members[top.next++];
      if (member !== undefined) {
        const child = byName.get(member.value);
        if (child && !depth.has(member.value) && !onPath.has(member.value)) {
          onPath.add(member.value);
          stack.push({ group: child, next: 0 });
        }
        continue;
      }
      stack.pop();
      onPath.delete(top.group.name.value);
      let d = 1;
      for (const m of top.group.members) d = Math.max(d, 1 + (depth.get(m.value) ?? 0));
      depth.set(top.group.name.value, d);
      if (d > MAX_GROUP_DEPTH) return top.group;
    }
  }
  return undefined;
}
