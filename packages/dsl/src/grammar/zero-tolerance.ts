/** `zero_tolerance threat, slur`. */
import type { IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import type { ItemConstruct } from './kit.js';
import { itemRule } from './policy.js';

class ZeroToleranceDraft {
  keyword: IToken | undefined = undefined;
  readonly behaviours: IToken[] = [];
}

/** The behaviours read, if any: a line cut short keeps them. */
function buildZeroTolerance(b: AstBuilder, draft: ZeroToleranceDraft): ast.ZeroTolerance | undefined {
  const behaviours = b.names(draft.behaviours);
  if (behaviours.length === 0) return undefined;
  return { kind: 'ZeroTolerance', behaviours, span: b.cover(real(draft.keyword), ...behaviours) };
}

export const zeroTolerance: ItemConstruct = {
  keywords: [t.ZeroTolerance],
  define: (g) =>
    itemRule(g, 'zeroTolerance', {
      draft: ZeroToleranceDraft,
      read: (draft) => {
        draft.keyword = g.CONSUME(t.ZeroTolerance);
        g.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => draft.behaviours.push(g.CONSUME(t.Name)) });
      },
      build: buildZeroTolerance,
    }),
};
