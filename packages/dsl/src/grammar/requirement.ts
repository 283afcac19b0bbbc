/** `require callback_number`. */
import type { IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import type { ItemConstruct } from './kit.js';
import { itemRule } from './policy.js';

class RequirementDraft {
  keyword: IToken | undefined = undefined;
  what: IToken | undefined = undefined;
}

function buildRequirement(b: AstBuilder, draft: RequirementDraft): ast.Requirement | undefined {
  const what = b.name(real(draft.what));
  return what && { kind: 'Requirement', what, span: b.cover(real(draft.keyword), what) };
}

export const requirement: ItemConstruct = {
  keywords: [t.Require],
  define: (g) =>
    itemRule(g, 'requirement', {
      draft: RequirementDraft,
      read: (draft) => {
        draft.keyword = g.CONSUME(t.Require);
        draft.what = g.CONSUME(t.Name);
      },
      build: buildRequirement,
    }),
};
