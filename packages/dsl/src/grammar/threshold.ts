/** `threshold [behaviour] 0.7`. */
import type { IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import type { ItemConstruct } from './kit.js';
import { itemRule } from './policy.js';

class ThresholdDraft {
  keyword: IToken | undefined = undefined;
  behaviour: IToken | undefined = undefined;
  value: IToken | undefined = undefined;
}

/** The threshold, unless it is cut short before its value. */
function buildThreshold(b: AstBuilder, draft: ThresholdDraft): ast.Threshold | undefined {
  const value = b.number(real(draft.value));
  if (!value) return undefined;
  return { kind: 'Threshold', behaviour: b.name(real(draft.behaviour)), value, span: b.cover(real(draft.keyword), value) };
}

export const threshold: ItemConstruct = {
  keywords: [t.Threshold],
  define: (g) =>
    itemRule(g, 'threshold', {
      draft: ThresholdDraft,
      read: (draft) => {
        draft.keyword = g.CONSUME(t.Threshold);
        draft.behaviour = g.OPTION(() => g.CONSUME(t.Name));
        draft.value = g.CONSUME(t.NumberLit);
      },
      build: buildThreshold,
    }),
};
