/** `script name "words"`. */
import type { IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import type { ItemConstruct } from './kit.js';
import { itemRule } from './policy.js';

class ScriptDraft {
  keyword: IToken | undefined = undefined;
  name: IToken | undefined = undefined;
  text: IToken | undefined = undefined;
}

/** The script, unless it is cut short before its words. */
function buildScript(b: AstBuilder, draft: ScriptDraft): ast.ScriptDef | undefined {
  const name = b.name(real(draft.name));
  const text = b.text(real(draft.text));
  if (!name || !text) return undefined;
  return { kind: 'ScriptDef', name, text, span: b.cover(real(draft.keyword), text) };
}

export const script: ItemConstruct = {
  keywords: [t.Script],
  define: (g) =>
    itemRule(g, 'script', {
      draft: ScriptDraft,
      read: (draft) => {
        draft.keyword = g.CONSUME(t.Script);
        draft.name = g.CONSUME(t.Name);
        draft.text = g.CONSUME(t.StringLit);
      },
      build: buildScript,
    }),
};
