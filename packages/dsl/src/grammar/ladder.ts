/** A `do` line: steps joined by `then`, each an action with its alternatives after `or` (`warn or escalate to supervisor`). */
import type { IOrAlt, IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import { draftOf } from './kit.js';
import type { Grammar, Rule } from './kit.js';
import { buildCap, buildModifiers, buildWindow } from './modifier.js';
import type { ModifierDraft, ModifierOwner, Modifiers } from './modifier.js';

/** A draft that takes a ladder: a `do` clause. */
export interface LadderOwner {
  ladder: ast.Ladder | undefined;
}

function isLadderOwner(draft: object | undefined): draft is LadderOwner {
  return draft !== undefined && 'ladder' in draft;
}

/** A `do` line's rungs, each built as it ends. */
class LadderDraft {
  readonly steps: ast.Step[] = [];
}

const isLadder = draftOf(LadderDraft);

/** A rung's choices: the first, and the alternatives after `or`; before them, when it is due and whether it recommends. */
class StepDraft {
  first: ast.Step | undefined = undefined;
  readonly alternatives: ast.Step[] = [];
  /** `after` and its duration. */
  after: IToken | undefined = undefined;
  wait: IToken | undefined = undefined;
  /** `at once`. */
  at: IToken | undefined = undefined;
  once: IToken | undefined = undefined;
  may: IToken | undefined = undefined;
}

const isStep = draftOf(StepDraft);

/** An action and its modifiers. */
class ChoiceDraft implements ModifierOwner {
  action: IToken | undefined = undefined;
  modifiers: ModifierDraft[] | undefined = undefined;
}

function buildLadder(b: AstBuilder, draft: LadderDraft): ast.Ladder | undefined {
  const steps = draft.steps;
  if (steps.length === 0) return undefined;
  return { kind: 'Ladder', steps, span: b.cover(steps[0], steps[steps.length - 1]) };
}

/** A rung: its first choice, carrying the others as alternatives and the rung's own words (`after 30m`, `at once`, `may`). */
function buildStep(b: AstBuilder, draft: StepDraft): ast.Step | undefined {
  const { first, alternatives } = draft;
  if (!first) return undefined;
  const after = real(draft.after) ? b.duration(real(draft.wait)) : undefined;
  const atOnce = real(draft.at) !== undefined && real(draft.once) !== undefined;
  const may = real(draft.may) !== undefined;
  if (alternatives.length === 0 && !after && !atOnce && !may) return first;
  const span = b.cover(real(draft.after), real(draft.at), real(draft.may), first, ...alternatives);
  return { ...first, alternatives, ...(may && { may }), ...(after && { after }), ...(atOnce && { atOnce }), span };
}

function buildChoice(b: AstBuilder, draft: ChoiceDraft): ast.Step | undefined {
  const action = b.name(real(draft.action));
  if (!action) return undefined;
  const m = buildModifiers(b, draft.modifiers, 'step');
  return {
    kind: 'Step',
    action,
    immediately: m.immediately !== undefined,
    via: b.name(m.via),
    within: b.duration(m.within),
    to: b.name(m.to),
    script: m.scripts ? undefined : b.name(m.with),
    ...scriptSetOf(b, m),
    by: b.name(m.by),
    upTo: m['up to ... times'] ? b.number(m.upTo) : undefined,
    for: b.duration(m.for),
    window: buildWindow(b, m),
    cap: buildCap(b, m),
    approvedBy: m.approvers.map((token) => b.name(token)),
    alternatives: [],
    span: { source: b.source, start: action.span.start, end: Math.max(action.span.end, m.end) },
  };
}

/** `scriptSet` for `with any N of (...)`, once its number and a script were read. */
function scriptSetOf(b: AstBuilder, m: Readonly<Modifiers>): { scriptSet?: ast.ScriptSet } {
  const atLeast = b.number(m.atLeast);
  const scripts = (m.scripts ?? []).map((token) => b.name(token));
  const last = scripts[scripts.length - 1];
  if (!m.with || !atLeast || !last) return {};
  const end = m.close ? { start: m.close.startOffset, end: m.close.startOffset + 1 } : last.span;
  return { scriptSet: { kind: 'ScriptSet', atLeast, scripts, span: { source: b.source, start: m.with.startOffset, end: end.end } } };
}

/** Defines the ladder rules over `modifier`; returns `ladder`, which hands its result to a {@link LadderOwner}. */
export function defineLadder(g: Grammar, modifier: Rule): Rule {
  const modifiers = () => g.SUBRULE(modifier);
  const choice = g.draftRule('choice', {
    draft: ChoiceDraft,
    parent: isStep,
    read: (choice) => {
      choice.action = g.CONSUME(t.Name);
      g.MANY(modifiers);
    },
    end: (choice, step) => {
      const built = buildChoice(g.builder, choice);
      if (built && step.first) step.alternatives.push(built);
      else if (built) step.first = built;
    },
  });
  /** One rung: an action and its alternatives, `warn or escalate to supervisor`. */
  const choices = { SEP: t.Or, DEF: () => g.SUBRULE(choice) };
  const timing: IOrAlt<void>[] = [
    {
      ALT: () => {
        const step = g.drafts.top(StepDraft);
        step.after = g.CONSUME(t.After);
        step.wait = g.CONSUME(t.Duration);
      },
    },
    {
      ALT: () => {
        const step = g.drafts.top(StepDraft);
        step.at = g.CONSUME(t.At);
        step.once = g.CONSUME(t.Once);
      },
    },
  ];
  const when = () => g.OR(timing);
  const may = () => {
    g.drafts.top(StepDraft).may = g.CONSUME(t.May);
  };
  const step = g.draftRule('step', {
    draft: StepDraft,
    parent: isLadder,
    read: () => {
      g.OPTION(when);
      g.OPTION2(may);
      g.AT_LEAST_ONE_SEP(choices);
    },
    end: (step, ladder) => {
      const built = buildStep(g.builder, step);
      if (built) ladder.steps.push(built);
    },
  });
  const steps = { SEP: t.Then, DEF: () => g.SUBRULE(step) };
  return g.draftRule('ladder', {
    draft: LadderDraft,
    parent: isLadderOwner,
    read: () => g.AT_LEAST_ONE_SEP(steps),
    end: (ladder, owner) => {
      owner.ladder = buildLadder(g.builder, ladder);
    },
  });
}
