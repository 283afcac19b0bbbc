/** `acknowledge no-vulnerable-rule "Vulnerable callers are handled by the social team"`. */
import type { IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import type { ItemConstruct } from './kit.js';
import { itemRule } from './policy.js';

class AcknowledgementDraft {
  keyword: IToken | undefined = undefined;
  code: IToken | undefined = undefined;
  reason: IToken | undefined = undefined;
}

/** The acknowledgement, unless it is cut short before its reason. */
function buildAcknowledgement(b: AstBuilder, draft: AcknowledgementDraft): ast.Acknowledgement | undefined {
  const code = b.name(real(draft.code));
  const reason = b.text(real(draft.reason));
  if (!code || !reason) return undefined;
  return { kind: 'Acknowledgement', code, reason, span: b.cover(real(draft.keyword), reason) };
}

export const acknowledgement: ItemConstruct = {
  keywords: [t.Acknowledge],
  define: (g) =>
    itemRule(g, 'acknowledgement', {
      draft: AcknowledgementDraft,
      read: (draft) => {
        draft.keyword = g.CONSUME(t.Acknowledge);
        // A single word is read too, so a code misspelt without its hyphens gets "did you mean".
        draft.code = g.OR([{ ALT: () => g.CONSUME(t.CodeName) }, { ALT: () => g.CONSUME(t.Name) }]);
        draft.reason = g.CONSUME(t.StringLit);
      },
      build: buildAcknowledgement,
    }),
};
