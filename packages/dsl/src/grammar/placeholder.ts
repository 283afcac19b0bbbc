/** `placeholder name from call`, `placeholder name "text"`. */
import type { IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import type { ItemConstruct } from './kit.js';
import { itemRule } from './policy.js';

class PlaceholderDraft {
  keyword: IToken | undefined = undefined;
  name: IToken | undefined = undefined;
  from: IToken | undefined = undefined;
  text: IToken | undefined = undefined;
}

/** The declaration, unless it is cut short before it says where the value comes from. */
function buildPlaceholder(b: AstBuilder, draft: PlaceholderDraft): ast.PlaceholderDef | undefined {
  const name = b.name(real(draft.name));
  const from = b.name(real(draft.from));
  const text = b.text(real(draft.text));
  const last = from ?? text;
  if (!name || !last) return undefined;
  return { kind: 'PlaceholderDef', name, from, text, span: b.cover(real(draft.keyword), last) };
}

export const placeholder: ItemConstruct = {
  keywords: [t.Placeholder],
  define: (g) =>
    itemRule(g, 'placeholder', {
      draft: PlaceholderDraft,
      read: (draft) => {
        draft.keyword = g.CONSUME(t.Placeholder);
        draft.name = g.CONSUME(t.Name);
        g.OR([
          {
            ALT: () => {
              g.CONSUME(t.From);
              draft.from = g.CONSUME2(t.Name);
            },
          },
          { ALT: () => (draft.text = g.CONSUME(t.StringLit)) },
        ]);
      },
      build: buildPlaceholder,
    }),
};
