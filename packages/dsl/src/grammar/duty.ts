/** A duty: `notify supervisor within 1h`, `document`, ... with its target and modifiers. */
import type { IToken } from 'chevrotain';
import { tokenMatcher } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import type { Grammar, Rule } from './kit.js';
import { buildCap, buildModifiers, buildWindow } from './modifier.js';
import type { ModifierDraft, ModifierOwner } from './modifier.js';

/** A draft that takes duties: a `must` or `duties` clause. */
export interface DutyOwner {
  readonly duties: ast.Duty[];
}

function isDutyOwner(draft: object | undefined): draft is DutyOwner {
  return draft !== undefined && 'duties' in draft;
}

/** A duty, its target and its modifiers. */
class DutyDraft implements ModifierOwner {
  name: IToken | undefined = undefined;
  target: IToken | undefined = undefined;
  modifiers: ModifierDraft[] | undefined = undefined;
}

function buildDuty(b: AstBuilder, draft: DutyDraft): ast.Duty | undefined {
  const name = b.name(real(draft.name));
  if (!name) return undefined;
  const target = b.name(real(draft.target));
  const m = buildModifiers(b, draft.modifiers, 'duty');
  return {
    kind: 'Duty',
    name,
    target,
    script: b.name(m.with),
    owner: b.name(m.by),
    within: b.duration(m.within),
    for: b.duration(m.for),
    to: b.name(m.to),
    window: buildWindow(b, m),
    cap: buildCap(b, m),
    span: { source: b.source, start: name.span.start, end: Math.max((target ?? name).span.end, m.end) },
  };
}

/** Defines `duty` over `modifier`; it hands its result to a {@link DutyOwner}. */
export function defineDuty(g: Grammar, modifier: Rule): Rule {
  const modifiers = {
    // A comma ends the duty unless it starts `, up to ...` or `, approved by ...`.
    GATE: () => !tokenMatcher(g.LA(1), t.Comma) || tokenMatcher(g.LA(2), t.Up) || tokenMatcher(g.LA(2), t.Approved),
    DEF: () => g.SUBRULE(modifier),
  };
  return g.draftRule('duty', {
    draft: DutyDraft,
    parent: isDutyOwner,
    read: (duty) => {
      duty.name = g.CONSUME(t.Name);
      g.OPTION(() => {
        duty.target = g.CONSUME2(t.Name);
      });
      g.MANY(modifiers);
    },
    end: (duty, owner) => {
      const built = buildDuty(g.builder, duty);
      if (built) owner.duties.push(built);
    },
  });
}
