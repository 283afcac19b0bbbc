/**
 * `check/shadowed-rule` (warning): a rule that can never decide, because an
 * earlier rule with the same trigger always fires with it and wins: the
 * earlier rule's least severe step is at least as severe as this rule's most
 * severe step (ties go to the earlier rule). "Always fires with it" is
 * decided soundly on normal forms: every conjunct of the later rule's
 * condition contains a conjunct of the earlier one's, literal by literal
 * (see `implies`). Conditions too large to normalise are skipped. A rule
 * limited to channels is shadowed only by one that applies on all of them,
 * and a rule with `must` duties is never reported: they are required
 * whenever it fires, whoever decides.
 */
import type { Rule } from '../../ast.js';
import { ACTION_SEVERITY } from '../../vocabulary.js';
import type { Action, Speaker } from '../../vocabulary.js';
import { atomKey } from '../condition.js';
import type { CheckedAtom, Literal } from '../condition.js';
import type { CheckContext } from '../context.js';
import { ruleLabel } from '../stance.js';

/** A literal with its atom's key worked out once: `literalImplies` compares keys pair by pair. */
interface KeyedLiteral {
  readonly positive: boolean;
  readonly atom: CheckedAtom;
  readonly key: string;
}

/**
 * A conjunct with a 32-bit summary for a quick test before the literal by
 * literal one. Each literal sets one bit: a positive behaviour literal the
 * bit of its speaker (a narrower behaviour of that speaker implies it), any
 * other literal the bit of its key (only an equal literal implies it). A
 * literal's bit is thus shared by every literal that implies it, so a
 * conjunct can only imply another whose bits are a subset of its own. With
 * 1,000 rules this skips nearly all of the half million pairs.
 */
interface KeyedConjunct {
  readonly literals: readonly KeyedLiteral[];
  readonly bits: number;
}

interface Analysed {
  readonly rule: Rule;
  /** Its place among the analysed rules: the earliest winner is reported. */
  readonly index: number;
  readonly dnf: readonly KeyedConjunct[];
  /**
   * The bits every conjunct has. If B implies A, each conjunct of B holds
   * a conjunct of A's bits, and so A's common bits: B's common bits
   * include A's. One test per pair rules out most pairs.
   */
  readonly common: number;
  readonly least: number;
  readonly most: number;
  /** The rule's channels; empty means all. */
  readonly channels: ReadonlySet<string>;
}

/** No channels listed: every channel. */
const ALL_CHANNELS: ReadonlySet<string> = new Set();

/** True when a rule on channels `a` is tried wherever one on channels `b` is. */
function covers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0) return true;
  if (b.size === 0) return false;
  for (const c of b) if (!a.has(c)) return false;
  return true;
}

/**
 * Earlier rules of one trigger, grouped by their common bits, each group in
 * policy order. A rule can only be shadowed by one whose common bits are a
 * subset of its own, so whole groups are ruled out by one test: with 1,000
 * rules, comparing each with every earlier one was most of this rule's time.
 */
interface Group {
  readonly common: number;
  readonly rules: Analysed[];
}

/** Groups in a list (walked for every rule) and by their bits (to add to one). */
interface ByCommon {
  readonly list: Group[];
  readonly byBits: Map<number, Group>;
}

export function shadowedRules(ctx: CheckContext): void {
  // Only a rule with the same trigger can shadow.
  const byTrigger = new Map<string, ByCommon>();
  let index = 0;
  for (const rule of ctx.scope.rules) {
    const a = analyse(ctx, rule, index);
    if (!a) continue;
    index++;
    const trigger = rule.on?.value ?? '';
    let earlier = byTrigger.get(trigger);
    if (!earlier) byTrigger.set(trigger, (earlier = { list: [], byBits: new Map() }));
    const winner = rule.must.length > 0 ? undefined : firstWinner(earlier, a);
    if (winner) {
      ctx.warning('check/shadowed-rule', `${ruleLabel(rule)} never decides: ${ruleLabel(winner.rule)} always fires with it and wins`, rule.name.span, {
        help: `move it above ${ruleLabel(winner.rule)}, or narrow the \`when\` of ${ruleLabel(winner.rule)}`,
        related: [{ message: 'the earlier rule that wins', span: winner.rule.name.span }],
      });
    }
    let group = earlier.byBits.get(a.common);
    if (!group) {
      group = { common: a.common, rules: [] };
      earlier.byBits.set(a.common, group);
      earlier.list.push(group);
    }
    group.rules.push(a);
  }
}

/** The earliest rule in `earlier` that always fires with `a` and wins. */
function firstWinner(earlier: ByCommon, a: Analysed): Analysed | undefined {
  let winner: Analysed | undefined;
  for (const { common, rules } of earlier.list) {
    if ((common & ~a.common) !== 0) continue;
    for (const e of rules) {
      if (winner && e.index > winner.index) break; // only an earlier one could replace it
      if (e.least >= a.most && covers(e.channels, a.channels) && implies(a.dnf, e.dnf)) {
        winner = e;
        break;
      }
    }
  }
  return winner;
}

function analyse(ctx: CheckContext, rule: Rule, index: number): Analysed | undefined {
  const steps = rule.ladder?.steps ?? [];
  if (steps.length === 0) return undefined;
  let least = Infinity;
  let most = -Infinity;
  for (const step of steps) {
    const severity = ACTION_SEVERITY[step.action.value as Action] as number | undefined;
    if (severity === undefined) return undefined;
    least = Math.min(least, severity);
    most = Math.max(most, severity);
  }
  const dnf = ctx.dnf(rule);
  if (!dnf) return undefined;
  const conjuncts = dnf.map(keyed);
  let common = ~0;
  for (const c of conjuncts) common &= c.bits;
  return { rule, index, dnf: conjuncts, common, least, most, channels: rule.channels.length === 0 ? ALL_CHANNELS : new Set(rule.channels.map((c) => c.value)) };
}

/** A positive behaviour literal's bit, its speaker's, by speaker. */
const SPEAKER_BITS: Readonly<Record<Speaker, number>> = { customer: bitOf('+customer'), agent: bitOf('+agent') };

function keyed(conjunct: readonly Literal[]): KeyedConjunct {
  let bits = 0;
  const literals = conjunct.map(({ positive, atom }) => {
    const key = atomKey(atom);
    bits |= positive && atom.kind === 'behaviour' ? SPEAKER_BITS[atom.speaker] : bitOf(positive ? key : `-${key}`);
    return { positive, atom, key };
  });
  return { literals, bits };
}

/** One of 32 bits for a string (FNV-1a); different strings may share a bit, which only weakens the quick test. */
function bitOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return 1 << (h >>> 27);
}

/** B ⟹ A: every conjunct of B implies some conjunct of A. */
function implies(b: readonly KeyedConjunct[], a: readonly KeyedConjunct[]): boolean {
  return b.every((cb) =>
    a.some((ca) => (ca.bits & ~cb.bits) === 0 && ca.literals.every((la) => cb.literals.some((lb) => literalImplies(lb, la)))),
  );
}

/**
 * A positive behaviour atom implies one of the same speaker over a superset
 * of its behaviours with no count, or a count no harder to reach (fewer
 * times, longer window). Anything else must match exactly.
 */
function literalImplies(lb: KeyedLiteral, la: KeyedLiteral): boolean {
  if (lb.positive !== la.positive) return false;
  const b = lb.atom;
  const a = la.atom;
  if (lb.positive && b.kind === 'behaviour' && a.kind === 'behaviour') {
    if (b.speaker !== a.speaker || !b.behaviours.every((x) => a.behaviours.includes(x))) return false;
    if (!a.count) return true;
    return b.count !== undefined && a.count.times <= b.count.times && a.count.withinMs >= b.count.withinMs;
  }
  return la.key === lb.key;
}
