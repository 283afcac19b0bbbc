/**
 * `check/shadowed-rule` (warning): a rule that can never decide, because
 * whenever it fires some rule that beats it fires too. Rules are compared as
 * the engine picks a winner (docs/semantics.md, "The decision"): the most
 * severe current step wins, ties going to the rule declared first. A rule W
 * beats this rule R on every firing when W's least severe step is more
 * severe than R's most severe one, or as severe with W declared first.
 *
 * "Fires too" is decided soundly on normal forms: every conjunct of R's
 * condition contains a conjunct of some beating rule's condition, literal by
 * literal (see `implies`), so R may be covered by one rule or by several
 * together (`a` covers one case of R, `b` the other). Conditions too large to
 * normalise are skipped. A rule limited to channels is covered only by rules
 * tried on all of them; an `on tick` rule also by plain rules, which ticks
 * try too.
 *
 * Rules that exist to carry duties are not reported: one whose ladder is
 * only `continue`, and one with a `must` or `duties` item some winner lacks
 * (the duties of every rule that fires are owed, whoever decides).
 */
import type { Rule } from '../../ast.js';
import { printCondition, printDuty } from '../../print.js';
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
 * 1,000 rules this skips nearly all of the pairs.
 */
interface KeyedConjunct {
  readonly literals: readonly KeyedLiteral[];
  readonly bits: number;
}

interface Analysed {
  readonly rule: Rule;
  /** Its place in policy order: ties go to the lower. */
  readonly index: number;
  readonly dnf: readonly KeyedConjunct[];
  readonly least: number;
  readonly most: number;
  /** The rule's channels; empty means all. */
  readonly channels: ReadonlySet<string>;
}

/**
 * The conjuncts of the rules one trigger tries, grouped by their bits, each
 * group in policy order. A conjunct can only be implied by one whose bits
 * include the group's, so whole groups are ruled out by one test: with 1,000
 * rules, comparing each conjunct with every other was most of this rule's time.
 */
interface ConjunctGroup {
  readonly bits: number;
  readonly entries: { readonly rule: Analysed; readonly conjunct: KeyedConjunct }[];
}

/** No channels listed: every channel. */
const ALL_CHANNELS: ReadonlySet<string> = new Set();

const CONTINUE = ACTION_SEVERITY.continue;

/** True when a rule on channels `a` is tried wherever one on channels `b` is. */
function covers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0) return true;
  if (b.size === 0) return false;
  for (const c of b) if (!a.has(c)) return false;
  return true;
}

/** Whether `w` wins over `r` whichever steps their ladders are on. */
function beats(w: Analysed, r: Analysed): boolean {
  return w.least > r.most || (w.least === r.most && w.index < r.index);
}

export function shadowedRules(ctx: CheckContext): void {
  const analysed: Analysed[] = [];
  ctx.scope.rules.forEach((rule, index) => {
    const a = analyse(ctx, rule, index);
    if (a) analysed.push(a);
  });
  // The rules tried whenever a rule of each trigger is, in policy order: its own, and for ticks plain rules too.
  const byTrigger = new Map<string, { list: ConjunctGroup[]; byBits: Map<number, ConjunctGroup> }>();
  for (const a of analysed) {
    const trigger = a.rule.on?.value ?? '';
    for (const key of trigger === '' ? ['', 'tick'] : [trigger]) {
      let groups = byTrigger.get(key);
      if (!groups) byTrigger.set(key, (groups = { list: [], byBits: new Map() }));
      for (const conjunct of a.dnf) {
        let group = groups.byBits.get(conjunct.bits);
        if (!group) {
          group = { bits: conjunct.bits, entries: [] };
          groups.byBits.set(conjunct.bits, group);
          groups.list.push(group);
        }
        group.entries.push({ rule: a, conjunct });
      }
    }
  }
  for (const r of analysed) {
    if (r.most === CONTINUE) continue;
    const winners = coverOf(r, byTrigger.get(r.rule.on?.value ?? '')!.list);
    if (winners && !carriesMore(r, winners, carried)) report(ctx, r, winners);
  }
}

/** A rule's `must` and `duties` items in its words (equal words, equal duty); worked out for the few rules that need it. */
function carried(rule: Rule): ReadonlySet<string> {
  return new Set([...rule.must.map((d) => `must ${printDuty(d)}`), ...rule.duties.map(printDuty)]);
}

/**
 * The rules that together fire whenever `r` does and beat it (for each
 * conjunct of `r`, the first rule in policy order with a conjunct it
 * implies), in policy order; undefined when some conjunct implies none.
 */
function coverOf(r: Analysed, groups: readonly ConjunctGroup[]): Analysed[] | undefined {
  const found = new Set<Analysed>();
  for (const cb of r.dnf) {
    let first: Analysed | undefined;
    for (const { bits, entries } of groups) {
      if ((bits & ~cb.bits) !== 0) continue;
      for (const { rule: w, conjunct } of entries) {
        if (first && w.index >= first.index) break; // only an earlier one could replace it
        if (w !== r && beats(w, r) && covers(w.channels, r.channels) && conjunctImplies(cb, conjunct)) {
          first = w;
          break;
        }
      }
    }
    if (!first) return undefined;
    found.add(first);
  }
  return [...found].sort((a, b) => a.index - b.index);
}

/** Whether `r` owes a duty, now or later, that one of `winners` does not. */
function carriesMore(r: Analysed, winners: readonly Analysed[], carries: (rule: Rule) => ReadonlySet<string>): boolean {
  const duties = carries(r.rule);
  if (duties.size === 0) return false;
  const theirs = winners.map((w) => carries(w.rule));
  for (const duty of duties) if (theirs.some((t) => !t.has(duty))) return true;
  return false;
}

function report(ctx: CheckContext, r: Analysed, winners: readonly Analysed[]): void {
  const names = winners.map((w) => ruleLabel(w.rule));
  const which = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]!}`;
  const all = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  const message =
    winners.length === 1
      ? `${ruleLabel(r.rule)} never decides: ${which} always fires with it and wins`
      : `${ruleLabel(r.rule)} never decides: whenever it fires, ${which} fires too and wins`;
  ctx.warning('check/shadowed-rule', message, r.rule.name.span, {
    help: helpFor(r, winners, all),
    related: winners.map((w) => ({ message: 'a rule that wins over it', span: w.rule.name.span })),
  });
}

/**
 * A fix that works: when the winners win only by coming first, moving the
 * rule above them; otherwise keeping them from firing on this rule's case.
 */
function helpFor(r: Analysed, winners: readonly Analysed[], all: string): string {
  const winsByOrderOnly = winners.every((w) => w.least === r.most);
  if (winsByOrderOnly) return `move it above ${all}: on equally severe steps the rule written first wins`;
  const their = winners.length === 1 ? 'its' : 'their';
  if (!r.rule.when) return `remove it, or narrow the \`when\` of ${all} so ${winners.length === 1 ? 'it does' : 'they do'} not always fire with it`;
  const condition = printCondition(r.rule.when);
  const excluded = condition.length <= 60 ? `add \`and not (${condition})\` to ${their} \`when\`` : `add \`and not (...)\` with this rule's condition to ${their} \`when\``;
  return `keep ${all} from firing on this rule's case: ${excluded}`;
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
  const channels = rule.channels.length === 0 ? ALL_CHANNELS : new Set(rule.channels.map((c) => c.value));
  return { rule, index, dnf: dnf.map(keyed), least, most, channels };
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

/** Conjunct `cb` implies conjunct `ca`: every literal of `ca` is implied by one of `cb`. */
function conjunctImplies(cb: KeyedConjunct, ca: KeyedConjunct): boolean {
  return (ca.bits & ~cb.bits) === 0 && ca.literals.every((la) => cb.literals.some((lb) => literalImplies(lb, la)));
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
