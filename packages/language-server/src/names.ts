/**
 * Every name written in a policy, classified by what it names: the index
 * behind hover, go to definition, rename and document highlights. Names are
 * classified from where they stand in the tree; a bare name in a condition
 * is a group when the policy (or a base) defines one of that name.
 */
import { placeholderSpans } from '@callguard/dsl';
import type { Condition, Duty, Name, PolicyFile, Span, Step } from '@callguard/dsl';

/** What a name names. The first seven are defined in policies; the rest are the language's own words. */
export type NameKind =
  | 'script'
  | 'placeholder'
  | 'group'
  | 'rule'
  | 'restriction'
  | 'role'
  | 'team'
  | 'behaviour'
  | 'action'
  | 'duty'
  | 'field'
  | 'event'
  | 'stance'
  | 'channel'
  | 'end-mode'
  | 'speaker';

/** Kinds a policy defines, so they can be looked up, renamed and outlined. */
export const DEFINED_KINDS: ReadonlySet<NameKind> = new Set(['script', 'placeholder', 'behaviour', 'group', 'rule', 'restriction', 'role', 'team']);

/** One occurrence of a name. For a field, `name` is the whole path without its key (`caller.strikes`). */
export interface NameUse {
  readonly kind: NameKind;
  readonly name: string;
  readonly span: Span;
  /** True where the name is defined (`script warn_abuse "..."`), false where it is used. */
  readonly definition: boolean;
}

/** Duty targets by duty: what the name after `propose`, `notify` and `alert` names. */
const DUTY_TARGETS: Readonly<Record<string, NameKind>> = { propose: 'restriction', notify: 'role', alert: 'role' };

/** Keys of `root.member.key` fields: behaviours, restrictions or roles. */
const FIELD_KEYS: Readonly<Record<string, NameKind>> = {
  'caller.warnings': 'behaviour',
  'caller.strikes': 'behaviour',
  'caller.incidents': 'behaviour',
  'caller.restrictions': 'restriction',
  'call.staffed': 'role',
};

/** The names of `file`, in source order. `groups` holds every group name in scope (this file's and its bases'). */
export function indexNames(file: PolicyFile, groups: ReadonlySet<string>): NameUse[] {
  const uses: NameUse[] = [];
  const add = (kind: NameKind, name: Name | undefined, definition = false): void => {
    if (name) uses.push({ kind, name: name.value, span: name.span, definition });
  };
  const policy = file.policy;
  if (!policy) return uses;

  const condition = (c: Condition): void => {
    // Iterative over `and`/`or` chains, which can be long.
    const stack: Condition[] = [c];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.kind === 'And' || node.kind === 'Or') stack.push(node.right, node.left);
      else if (node.kind === 'Not') stack.push(node.operand);
      else if (node.kind === 'Behaviour') {
        add('speaker', node.speaker);
        add(groups.has(node.name.value) ? 'group' : 'behaviour', node.name);
      } else {
        const { root, member, key } = node.field;
        const path = `${root.value}.${member.value}`;
        uses.push({ kind: 'field', name: path, span: { source: root.span.source, start: root.span.start, end: member.span.end }, definition: false });
        const keyKind = FIELD_KEYS[path];
        if (keyKind) add(keyKind, key);
      }
    }
  };
  const step = (s: Step): void => {
    add('action', s.action);
    add('end-mode', s.via);
    if (s.action.value === 'escalate') add('role', s.to);
    else if (s.action.value === 'route') add('team', s.to);
    add('script', s.script);
    for (const n of s.scriptSet?.scripts ?? []) add('script', n);
    add('role', s.by);
    for (const a of s.approvedBy) add('role', a);
    for (const alt of s.alternatives) step(alt);
  };
  const duty = (d: Duty): void => {
    add('duty', d.name);
    const target = DUTY_TARGETS[d.name.value];
    if (target) add(target, d.target);
    add('script', d.script);
    add('role', d.owner);
  };

  for (const item of policy.items) {
    switch (item.kind) {
      case 'HeaderField':
        if (item.field === 'stance' && item.value.kind === 'Name') add('stance', item.value);
        break;
      case 'Threshold':
        add('behaviour', item.behaviour);
        break;
      case 'ZeroTolerance':
        for (const b of item.behaviours) add('behaviour', b);
        break;
      case 'GroupDef':
        add('group', item.name, true);
        for (const m of item.members) add(groups.has(m.value) ? 'group' : 'behaviour', m);
        break;
      case 'ScriptDef':
        add('script', item.name, true);
        // `{name}` in the words: the name between the braces.
        for (const p of placeholderSpans(item.text)) {
          if (p.span.end - p.span.start === p.name.length + 2) {
            uses.push({ kind: 'placeholder', name: p.name, span: { source: p.span.source, start: p.span.start + 1, end: p.span.end - 1 }, definition: false });
          }
        }
        break;
      case 'PlaceholderDef':
        add('placeholder', item.name, true);
        break;
      case 'BehaviourDef':
        add('behaviour', item.name, true);
        break;
      case 'RolesDecl':
        for (const n of item.names) add('role', n, true);
        break;
      case 'TeamsDecl':
        for (const n of item.names) add('team', n, true);
        break;
      case 'RestrictionDef':
        add('restriction', item.name, true);
        for (const c of item.channels) add('channel', c);
        for (const a of item.approvedBy) add('role', a);
        break;
      case 'Rule':
        if (item.on) add('event', item.on);
        // A named `on` block is a rule like any other: agent actions and overrides name it.
        if (!item.on || item.name !== item.on) add('rule', item.name, true);
        for (const c of item.channels) add('channel', c);
        if (item.when) condition(item.when);
        for (const s of item.ladder?.steps ?? []) step(s);
        for (const d of item.must) duty(d);
        for (const d of item.duties) duty(d);
        break;
      default:
        break;
    }
  }
  return uses.sort((a, b) => a.span.start - b.span.start);
}

/** The use whose name covers `offset` (touching either end counts), if any. */
export function useAt(uses: readonly NameUse[], offset: number): NameUse | undefined {
  let lo = 0;
  let hi = uses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = uses[mid]!;
    if (u.span.end < offset) lo = mid + 1;
    else if (u.span.start > offset) hi = mid - 1;
    else return u;
  }
  return undefined;
}
