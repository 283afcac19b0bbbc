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
  const threshold = b.number(real(draft.value));
  if (real(draft.threshold) && !threshold) return undefined;
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
