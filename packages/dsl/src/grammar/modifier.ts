/**
 * The details of a step or a duty (`within 10m`, `to supervisor`,
 * `up to 2 times`, `approved by manager` ...), read in any order;
 * `buildModifiers` reports the ones a duty cannot take and repeats, so a
 * misplaced one costs one diagnostic.
 */
import type { IOrAlt, IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { endOf, real, realTokens } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import type { Grammar, Rule } from './kit.js';

/** The modifiers of steps and duties, by the words that introduce them (as messages name them). */
export type ModifierKind =
  | 'immediately'
  | 'via'
  | 'within'
  | 'to'
  | 'with'
  | 'by'
  | 'up to ... times'
  | 'up to ... per'
  | 'for'
  | 'between'
  | 'approved by';

/** A draft that takes modifiers: a step's choice or a duty. */
export interface ModifierOwner {
  modifiers: ModifierDraft[] | undefined;
}

function isModifierOwner(draft: object | undefined): draft is ModifierOwner {
  return draft !== undefined && 'modifiers' in draft;
}

/**
 * One modifier of a step or a duty. `token` is what it says (the name after
 * `via`, the duration after `within`, ...), or its keyword for `immediately`
 * and for `times` and `per` in `up to`; `kind` is set with it, so a modifier
 * cut short before it says anything has no kind.
 */
export class ModifierDraft {
  kind: ModifierKind | undefined = undefined;
  token: IToken | undefined = undefined;
  /** The number of `up to N`. */
  upTo: IToken | undefined = undefined;
  /** The period of `up to N per day`. */
  period: IToken | undefined = undefined;
  /** The end of `between 09:00 and 20:00`. */
  until: IToken | undefined = undefined;
  approvers: IToken[] | undefined = undefined;
  /** The number of `with any N of (...)`. */
  atLeast: IToken | undefined = undefined;
  /** The scripts of `with any N of (...)`. */
  scripts: IToken[] | undefined = undefined;
  /** The `)` closing them. */
  close: IToken | undefined = undefined;
  /** The last token read before the modifier. */
  before: IToken | undefined = undefined;
  /** The last token the modifier read itself: its span ends there. */
  last: IToken | undefined = undefined;

  says(kind: ModifierKind, token: IToken): void {
    this.kind = kind;
    this.token = token;
  }

  /** One name of `approved by a and b`; the first is what the modifier says. */
  approver(name: IToken): void {
    if (!this.approvers) {
      this.says('approved by', name);
      this.approvers = [];
    }
    this.approvers.push(name);
  }
}

/** The modifiers a duty can take (a step takes them all). */
const DUTY_MODIFIERS = new Set<ModifierKind>(['within', 'to', 'with', 'by', 'up to ... per', 'for', 'between']);

/** What a step or duty keeps of its modifiers: the first of each kind, with the parts read along with it. */
export class Modifiers implements Record<ModifierKind, IToken | undefined> {
  immediately: IToken | undefined = undefined;
  via: IToken | undefined = undefined;
  within: IToken | undefined = undefined;
  to: IToken | undefined = undefined;
  with: IToken | undefined = undefined;
  by: IToken | undefined = undefined;
  'up to ... times': IToken | undefined = undefined;
  'up to ... per': IToken | undefined = undefined;
  for: IToken | undefined = undefined;
  between: IToken | undefined = undefined;
  'approved by': IToken | undefined = undefined;
  upTo: IToken | undefined = undefined;
  period: IToken | undefined = undefined;
  until: IToken | undefined = undefined;
  approvers: readonly IToken[] = [];
  atLeast: IToken | undefined = undefined;
  scripts: readonly IToken[] | undefined = undefined;
  close: IToken | undefined = undefined;
  /** Where the last token of any modifier ends; -Infinity when there is none. */
  end = -Infinity;
}

/** What a step or duty without modifiers keeps (shared: nothing changes it). */
const NO_MODIFIERS: Readonly<Modifiers> = Object.freeze(new Modifiers());

/**
 * The first of each modifier given, the parts read along with it, and
 * where the last modifier ends. Each modifier may be given once, and a
 * duty takes only some: anything else is an error rather than silently
 * dropped, so formatting can never lose what the author wrote.
 */
export function buildModifiers(b: AstBuilder, drafts: readonly ModifierDraft[] | undefined, owner: 'step' | 'duty'): Readonly<Modifiers> {
  if (!drafts) return NO_MODIFIERS;
  const m = new Modifiers();
  for (const modifier of drafts) {
    const kind = modifier.kind;
    const token = real(modifier.token);
    if (kind !== undefined && token) {
      // `up to 3 times` is reported at its number, as written first.
      const at = real(modifier.upTo) ?? token;
      if (owner === 'duty' && !DUTY_MODIFIERS.has(kind)) {
        b.syntax(at, `a duty takes no \`${kind}\``, 'it belongs on a step of the `do` line');
      } else if (owner === 'duty' && modifier.scripts) {
        b.syntax(at, 'a duty says one script', 'write `with <script>`; a choice of scripts belongs on a step of the `do` line');
      } else if (m[kind] || (kind === 'up to ... times' && m['up to ... per']) || (kind === 'up to ... per' && m['up to ... times'])) {
        b.syntax(at, `a ${owner} takes \`${kind}\` only once`, owner === 'step' ? 'remove the repeated part, or split the step in two with `then`' : 'remove the repeated part');
      } else {
        m[kind] = token;
        m.upTo = real(modifier.upTo) ?? m.upTo;
        m.period = real(modifier.period) ?? m.period;
        m.until = real(modifier.until) ?? m.until;
        if (modifier.scripts) {
          m.atLeast = real(modifier.atLeast);
          m.scripts = realTokens(modifier.scripts);
          m.close = real(modifier.close);
        }
        if (kind === 'approved by') {
          m.approvers = realTokens(modifier.approvers ?? []);
          const third = m.approvers[2];
          if (third) b.syntax(third, 'a step is approved by one or two roles', 'two roles mean two people must agree: `approved by manager and director`');
        }
      }
    }
    // A modifier that read nothing leaves `last` where it was before it.
    if (modifier.last && modifier.last !== modifier.before) m.end = Math.max(m.end, endOf(modifier.last));
  }
  return m;
}

/** `between 09:00 and 20:00`, if both times were read. */
export function buildWindow(b: AstBuilder, m: Readonly<Modifiers>): ast.Window | undefined {
  const from = b.time(m.between);
  const to = b.time(m.until);
  if (!from || !to) return undefined;
  return { kind: 'Window', from, to, span: b.cover(from, to) };
}

/** `up to 3 per day`, if it was read whole. */
export function buildCap(b: AstBuilder, m: Readonly<Modifiers>): ast.DailyCap | undefined {
  if (!m['up to ... per']) return undefined;
  const count = b.number(m.upTo);
  const per = b.name(m.period);
  if (!count || !per) return undefined;
  return { kind: 'DailyCap', count, per, span: b.cover(count, per) };
}

/** Defines `modifier`, which hands its draft to a {@link ModifierOwner}. */
export function defineModifier(g: Grammar): Rule {
  const modifier = (): ModifierDraft => g.drafts.top(ModifierDraft);
  const upTo: IOrAlt<void>[] = [
    { ALT: () => modifier().says('up to ... times', g.CONSUME(t.Times)) },
    {
      ALT: () => {
        const m = modifier();
        m.says('up to ... per', g.CONSUME(t.Per));
        m.period = g.CONSUME5(t.Name);
      },
    },
  ];
  const withScripts: IOrAlt<void>[] = [
    { ALT: () => modifier().says('with', g.CONSUME3(t.Name)) },
    {
      ALT: () => {
        const m = modifier();
        m.says('with', g.CONSUME(t.Any));
        m.atLeast = g.CONSUME2(t.NumberLit);
        g.CONSUME(t.Of);
        g.CONSUME(t.LParen);
        m.scripts = [];
        g.AT_LEAST_ONE_SEP2({ SEP: t.Comma, DEF: () => m.scripts!.push(g.CONSUME7(t.Name)) });
        m.close = g.CONSUME(t.RParen);
      },
    },
  ];
  const alternatives: IOrAlt<void>[] = [
    { ALT: () => modifier().says('immediately', g.CONSUME(t.Immediately)) },
    {
      ALT: () => {
        g.CONSUME(t.Via);
        modifier().says('via', g.CONSUME(t.Name));
      },
    },
    {
      ALT: () => {
        g.CONSUME(t.Within);
        modifier().says('within', g.CONSUME(t.Duration));
      },
    },
    {
      ALT: () => {
        g.CONSUME(t.To);
        modifier().says('to', g.CONSUME2(t.Name));
      },
    },
    {
      ALT: () => {
        g.CONSUME(t.With);
        g.OR3(withScripts);
      },
    },
    {
      ALT: () => {
        g.CONSUME(t.By);
        modifier().says('by', g.CONSUME4(t.Name));
      },
    },
    {
      ALT: () => {
        g.OPTION(() => g.CONSUME(t.Comma));
        g.CONSUME(t.Up);
        g.CONSUME2(t.To);
        modifier().upTo = g.CONSUME(t.NumberLit);
        g.OR2(upTo);
      },
    },
    {
      ALT: () => {
        g.CONSUME(t.For);
        modifier().says('for', g.CONSUME2(t.Duration));
      },
    },
    {
      ALT: () => {
        g.CONSUME(t.Between);
        const m = modifier();
        m.says('between', g.CONSUME(t.TimeLit));
        g.CONSUME(t.And);
        m.until = g.CONSUME2(t.TimeLit);
      },
    },
    {
      ALT: () => {
        g.OPTION2(() => g.CONSUME2(t.Comma));
        g.CONSUME(t.Approved);
        g.CONSUME2(t.By);
        const m = modifier();
        g.AT_LEAST_ONE_SEP({ SEP: t.And, DEF: () => m.approver(g.CONSUME6(t.Name)) });
      },
    },
  ];
  return g.draftRule('modifier', {
    draft: ModifierDraft,
    parent: isModifierOwner,
    read: (modifier) => {
      modifier.before = g.LA(0);
      g.OR(alternatives);
    },
    end: (modifier, owner) => {
      // A step's or duty's span covers every token its modifiers read,
      // separators included, which chevrotain reads itself.
      modifier.last = g.LA(0);
      (owner.modifiers ??= []).push(modifier);
    },
  });
}
