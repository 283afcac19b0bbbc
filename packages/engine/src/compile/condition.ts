/**
 * Turns a checked condition into closures: `test` for the hot path, `why`
 * for the words of a firing, and `requires`, the detection bits of which one
 * must be set for the condition to hold (0 when it can hold without any).
 */
import type { CheckedBehaviourCondition, CheckedCondition, CheckedFieldCondition } from '@callguard/dsl';
import { formatConfidence, formatDuration } from '../format.js';
import { detectionBit } from './detections.js';
import type { Detections } from './detections.js';
import type { FieldSlots } from './fields.js';
import type { CountPlan, EvalContext, Test, Why } from './plan.js';

/** A condition ready to run. */
interface CompiledCondition {
  readonly test: Test;
  readonly why: Why;
  readonly requires: number;
  /** Detection bits of every behaviour the condition mentions, `not` included. */
  readonly reads: number;
  /** The condition as written, for `not` (whose operand's `why` cannot be asked). */
  readonly label: string;
}

/** What the condition compiler needs from the policy compiler. */
export interface ConditionEnv {
  /** The policy's detection bits and thresholds. */
  readonly detections: Detections;
  /** Registers a count condition; returns its index in `EvalContext.counted`. */
  addCount(count: CountPlan): number;
  /** Field slots of the policy being compiled. */
  readonly fields: FieldSlots;
}

/** Compiles one condition. */
export function compileCondition(condition: CheckedCondition, env: ConditionEnv): CompiledCondition {
  switch (condition.kind) {
    case 'behaviour':
      return compileBehaviour(condition, env);
    case 'field':
      return compileField(condition, env);
    case 'not': {
      const { test, label: operand, reads } = compileCondition(condition.operand, env);
      const label = `not ${operand}`;
      return { test: (c) => !test(c), why: () => label, requires: 0, reads, label };
    }
    case 'and':
      return compileAnd(condition.items.map((item) => compileCondition(item, env)));
    case 'or':
      return compileOr(condition.items.map((item) => compileCondition(item, env)));
  }
}

function compileBehaviour(condition: CheckedBehaviourCondition, env: ConditionEnv): CompiledCondition {
  const d = env.detections;
  const members = condition.behaviours.map((b) => {
    const index = d.vocabulary.indexOf(b);
    if (index < 0) throw new Error(`unknown behaviour \`${b}\``);
    const threshold = d.thresholds[index] ?? 0;
    // The threshold's words are fixed: format them once, not on every firing.
    return { name: b, threshold, shown: formatConfidence(threshold), derived: b === 'repeated_request' };
  });
  const mask = condition.behaviours.reduce((m, b) => m | detectionBit(d, condition.speaker, b), 0);
  const label = `${condition.speaker} ${condition.name}`;
  const single = members.length === 1 && members[0]?.name === condition.name;
  // The strongest member that reached its threshold names the detection.
  const detected = (c: EvalContext): string => {
    let best = members[0];
    let conf = -1;
    for (const m of members) {
      // Not derived, so a behaviour signals may carry.
      const x = m.derived ? c.repeated : (c.signals[m.name] ?? 0);
      if (x >= m.threshold && x > conf) {
        best = m;
        conf = x;
      }
    }
    const words = `${formatConfidence(conf)} ≥ ${best?.shown ?? formatConfidence(0)}`;
    return single ? words : `${best?.name ?? ''} ${words}`;
  };
  const count = condition.count;
  if (count === undefined) {
    const why: Why = (c) => `${label}${single ? ' ' : ': '}${detected(c)}`;
    return { test: (c) => (c.mask & mask) !== 0, why, requires: mask, reads: mask, label };
  }
  if (count.times < 1) throw new Error(`count of \`${condition.name}\` must be at least 1`);
  const slot = env.addCount({ mask, times: count.times, withinMs: count.withinMs });
  const written = `${label} ${count.times} times within ${formatDuration(count.withinMs)}`;
  return {
    test: (c) => c.counted[slot] === 1,
    why: (c) => `${written}: ${c.windows[slot]?.recent(c.now) ?? count.times} in the window, now ${detected(c)}`,
    requires: mask,
    reads: mask,
    label: written,
  };
}

const SYMBOL = { '=': '=', '!=': '≠', '<': '<', '<=': '≤', '>': '>', '>=': '≥' } as const;
type Op = keyof typeof SYMBOL;

function compileField(condition: CheckedFieldCondition, env: ConditionEnv): CompiledCondition {
  const { root, member, key, op, type } = condition;
  const name = key === undefined ? `${root}.${member}` : `${root}.${member}.${key}`;
  const where = env.fields.slot(root, member, key);
  if (where === undefined) throw new Error(`unknown field \`${name}\``);
  const slot = where.slot;
  if (where.kind === 'text') {
    const v = String(condition.value);
    const test = compare(op, (c: EvalContext) => c.texts[slot] ?? '', v);
    const tail = `" ${SYMBOL[op]} "${v}"`;
    const why: Why = (c) => `${name} "${c.texts[slot] ?? ''}${tail}`;
    return { test, why, requires: 0, reads: 0, label: `${name} ${SYMBOL[op]} "${v}"` };
  }
  const v = typeof condition.value === 'boolean' ? (condition.value ? 1 : 0) : Number(condition.value);
  const test = compare(op, (c: EvalContext) => c.numbers[slot] ?? 0, v);
  if (type === 'boolean') {
    const label = (op === '=') === (v === 1) ? name : `${name} is false`;
    return { test, why: () => label, requires: 0, reads: 0, label };
  }
  const show = type === 'duration' ? formatDuration : String;
  const tail = ` ${SYMBOL[op]} ${show(v)}`;
  const why: Why = (c) => `${name} ${show(c.numbers[slot] ?? 0)}${tail}`;
  return { test, why, requires: 0, reads: 0, label: `${name} ${SYMBOL[op]} ${show(v)}` };
}

// One closure per operator, so the hot path does not switch on it.
function compare<T extends number | string>(op: Op, read: (c: EvalContext) => T, v: T): Test {
  switch (op) {
    case '=':
      return (c) => read(c) === v;
    case '!=':
      return (c) => read(c) !== v;
    case '<':
      return (c) => read(c) < v;
    case '<=':
      return (c) => read(c) <= v;
    case '>':
      return (c) => read(c) > v;
    case '>=':
      return (c) => read(c) >= v;
  }
}

function compileAnd(items: readonly CompiledCondition[]): CompiledCondition {
  const tests = items.map((i) => i.test);
  const [a, b] = tests;
  const test: Test =
    tests.length === 2 && a !== undefined && b !== undefined
      ? (c) => a(c) && b(c)
      : (c) => {
          for (const t of tests) if (!t(c)) return false;
          return true;
        };
  // Every item must hold, so any item's requirement is the rule's; take the narrowest.
  let requires = 0;
  for (const i of items) if (i.requires !== 0 && (requires === 0 || bits(i.requires) < bits(requires))) requires = i.requires;
  return {
    test,
    why: (c) => {
      // Concatenated, not mapped and joined: this runs on every firing.
      let words = items[0]?.why(c) ?? '';
      for (let k = 1; k < items.length; k++) words += ` and ${items[k]?.why(c) ?? ''}`;
      return words;
    },
    requires,
    reads: items.reduce((m, i) => m | i.reads, 0),
    label: items.map((i) => i.label).join(' and '),
  };
}

function compileOr(items: readonly CompiledCondition[]): CompiledCondition {
  const tests = items.map((i) => i.test);
  const [a, b] = tests;
  const test: Test =
    tests.length === 2 && a !== undefined && b !== undefined
      ? (c) => a(c) || b(c)
      : (c) => {
          for (const t of tests) if (t(c)) return true;
          return false;
        };
  // Some item must hold: a detection is required only if every item requires one.
  const requires = items.every((i) => i.requires !== 0) ? items.reduce((m, i) => m | i.requires, 0) : 0;
  return {
    test,
    why: (c) => {
      for (const i of items) if (i.test(c)) return i.why(c);
      return '';
    },
    requires,
    reads: items.reduce((m, i) => m | i.reads, 0),
    label: `(${items.map((i) => i.label).join(' or ')})`,
  };
}

function bits(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}
