/** `behaviour name "description" [threshold 0.7]`: a behaviour the policy declares. */
import type { IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import type { ItemConstruct } from './kit.js';
import { itemRule } from './policy.js';

class BehaviourDraft {
  keyword: IToken | undefined = undefined;
  name: IToken | undefined = undefined;
  description: IToken | undefined = undefined;
  threshold: IToken | undefined = undefined;
  value: IToken | undefined = undefined;
}

/** The declaration, unless it is cut short before its description (or a threshold before its value). */
function buildBehaviour(b: AstBuilder, draft: BehaviourDraft): ast.BehaviourDef | undefined {
  const name = b.name(real(draft.name));
  const description = b.text(real(draft.description));
  if (!name || !description) return undefined;
  const keyword = real(draft.threshold);
  const threshold = b.number(real(draft.value));
  if (keyword && !threshold) return undefined;
  // Layout is free, so a policy's own `threshold 0.7` line right after a
  // declaration would quietly become the behaviour's: say so instead.
  if (keyword && b.source.body.slice(description.span.end, keyword.startOffset).includes('\n')) {
    b.syntax(
      keyword,
      "`threshold` on the line after a behaviour's description is read as that behaviour's threshold",
      "write it on the description's line (`behaviour name \"...\" threshold 0.7`), or move the policy's `threshold` line above the behaviour",
    );
  }
  return {
    kind: 'BehaviourDef',
    name,
    description,
    threshold,
    span: b.cover(real(draft.keyword), description, threshold),
  };
}

export const behaviour: ItemConstruct = {
  keywords: [t.Behaviour],
  define: (g) =>
    itemRule(g, 'behaviour', {
      draft: BehaviourDraft,
      read: (draft) => {
        draft.keyword = g.CONSUME(t.Behaviour);
        draft.name = g.CONSUME(t.Name);
        draft.description = g.CONSUME(t.StringLit);
        g.OPTION(() => {
          draft.threshold = g.CONSUME(t.Threshold);
          draft.value = g.CONSUME(t.NumberLit);
        });
      },
      build: buildBehaviour,
    }),
};
