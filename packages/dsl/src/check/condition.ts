/**
 * Conditions: walking the syntax tree, turning it into a checked condition,
 * and normal forms for the rules that reason about when a rule fires.
 * Walks are iterative: a long `a or b or c ...` chain is a deep tree.
 */
import type { BehaviourCondition, Condition, FieldCondition } from '../ast.js';
import type { CheckedBehaviourCondition, CheckedCondition, CheckedFieldCondition } from '../checked.js';
import { FIELDS, KEYED_FIELDS } from '../vocabulary.js';
import type { FieldType } from '../vocabulary.js';

export type Atom = BehaviourCondition | FieldCondition;

/** Every atom of a condition, left to right. */
export function atomsOf(condition: Condition | undefined): Atom[] {
  const out: Atom[] = [];
  const stack: Condition[] = condition ? [condition] : [];
  while (stack.length > 0) {
    const c = stack.pop()!;
    switch (c.kind) {
      case 'And':
      case 'Or':
        stack.push(c.right, c.left);
        break;
      case 'Not':
        stack.push(c.operand);
        break;
      default:
        out.push(c);
    }
  }
  return out;
}

/** The operands of a chain of one operator, flattened: `a or (b or c)` gives three. */
function operands(c: Condition & { kind: 'And' | 'Or' }): Condition[] {
  const out: Condition[] = [];
  const stack: Condition[] = [c];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x.kind === c.kind) stack.push((x as typeof c).right, (x as typeof c).left);
    else out.push(x);
  }
  return out;
}

/** The type of the field an atom reads; keyed fields (`caller.strikes.threat`) have their own table. */
export function fieldType(atom: FieldCondition): FieldType | undefined {
  const { root, member, key } = atom.field;
  return key ? KEYED_FIELDS[root.value]?.[member.value]?.type : FIELDS[root.value]?.[member.value];
}

/** The comparison a field atom makes, or undefined when its value does not fit the field's type. */
export function fieldComparison(atom: FieldCondition): Pick<CheckedFieldCondition, 'op' | 'value'> | undefined {
  const type = fieldType(atom);
  const { op, value } = atom;
  if (type === 'boolean') {
    if (op === undefined) return { op: '=', value: true };
    if ((op === '=' || op === '!=') && value?.kind === 'Name' && (value.value === 'true' || value.value === 'false')) {
      return { op, value: value.value === 'true' };
    }
    return undefined;
  }
  if (op === undefined || value === undefined) return undefined;
  if (type === 'number' && value.kind === 'Number') return { op, value: value.value };
  if (type === 'duration' && value.kind === 'Duration') {
    return value.ms === undefined ? undefined : { op, value: value.ms };
  }
  if (type === 'text' && value.kind === 'Text' && (op === '=' || op === '!=')) return { op, value: value.value };
  return undefined;
}

/** Looks up behaviours by behaviour or group name; undefined for an unknown name. */
type BehaviourLookup = (name: string) => readonly string[] | undefined;

export interface Converted {
  readonly condition: CheckedCondition | undefined;
  /** False when a name or value could not be resolved (already reported elsewhere). */
  readonly known: boolean;
}

/** Converts a condition; unresolved parts become empty atoms and `known` turns false. */
export function convertCondition(condition: Condition | undefined, lookup: BehaviourLookup): Converted {
  let known = true;
  const convert = (c: Condition): CheckedCondition => {
    switch (c.kind) {
      case 'And':
      case 'Or':
        return { kind: c.kind === 'And' ? 'and' : 'or', items: operands(c).map(convert) };
      case 'Not':
        return { kind: 'not', operand: convert(c.operand) };
      case 'Behaviour': {
        const speaker = c.speaker?.value ?? 'customer';
        const behaviours = lookup(c.name.value);
        const times = c.count?.times.value;
        const withinMs = c.count?.within.ms;
        if (behaviours === undefined || (speaker !== 'customer' && speaker !== 'agent')) known = false;
        if (c.count && (times === undefined || withinMs === undefined)) known = false;
        const atom: CheckedBehaviourCondition = {
          kind: 'behaviour',
          speaker: speaker === 'agent' ? 'agent' : 'customer',
          name: c.name.value,
          behaviours: behaviours ?? [],
          count: c.count ? { times: times ?? 0, withinMs: withinMs ?? 0 } : undefined,
        };
        return atom;
      }
      case 'Field': {
        const type = fieldType(c);
        const cmp = fieldComparison(c);
        if (type === undefined || cmp === undefined) known = false;
        return {
          kind: 'field',
          root: c.field.root.value,
          member: c.field.member.value,
          key: c.field.key?.value,
          type: type ?? 'text',
          op: cmp?.op ?? '=',
          value: cmp?.value ?? '',
        };
      }
    }
  };
  return { condition: condition ? convert(condition) : undefined, known };
}

/**
 * Behaviours in the policy's vocabulary order (built-in, then declared)
 * without repeats, so equal sets compare equal.
 */
export function canonicalBehaviours(list: Iterable<string>, vocabulary: readonly string[]): string[] {
  const set = new Set(list);
  return vocabulary.filter((b) => set.has(b));
}

export type CheckedAtom = CheckedBehaviourCondition | CheckedFieldCondition;
export interface Literal {
  readonly positive: boolean;
  readonly atom: CheckedAtom;
}
/** A conjunction of literals; a rule fires when any conjunct of its DNF holds. */
export type Conjunct = readonly Literal[];

/** The most conjuncts a normal form may have before a rule gives up on it. */
const MAX_CONJUNCTS = 64;

/**
 * Disjunctive normal form, `not` pushed onto atoms; undefined beyond
 * {@link MAX_CONJUNCTS}. No condition (an `on` rule without `when`) is one
 * empty conjunct: always true.
 */
export function toDnf(condition: CheckedCondition | undefined): Conjunct[] | undefined {
  const go = (c: CheckedCondition, negated: boolean): Conjunct[] | undefined => {
    switch (c.kind) {
      case 'not':
        return go(c.operand, !negated);
      case 'and':
      case 'or': {
        const parts: Conjunct[][] = [];
        for (const item of c.items) {
          const part = go(item, negated);
          if (!part) return undefined;
          parts.push(part);
        }
        if ((c.kind === 'or') !== negated) {
          const all = parts.flat();
          return all.length > MAX_CONJUNCTS ? undefined : all;
        }
        let product: Conjunct[] = [[]];
        for (const part of parts) {
          const next: Conjunct[] = [];
          for (const left of product) for (const right of part) next.push([...left, ...right]);
          if (next.length > MAX_CONJUNCTS) return undefined;
          product = next;
        }
        return product;
      }
      default:
        return [[{ positive: !negated, atom: c }]];
    }
  };
  return condition ? go(condition, false) : [[]];
}

/**
 * A key equal for atoms with the same meaning (a group and its members' list
 * compare equal: both are in vocabulary order). Parts are joined by NUL, which no name or number holds;
 * a field's text value may, so it goes last, where nothing follows it.
 */
export function atomKey(atom: CheckedAtom): string {
  if (atom.kind === 'field') {
    return `f\u0000${atom.root}\u0000${atom.member}\u0000${atom.key ?? ''}\u0000${atom.op}\u0000${typeof atom.value}\u0000${String(atom.value)}`;
  }
  const count = atom.count === undefined ? '' : `${atom.count.times}\u0000${atom.count.withinMs}`;
  return `b\u0000${atom.speaker}\u0000${atom.behaviours.join(',')}\u0000${count}`;
}
