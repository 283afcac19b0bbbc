/** `record warning expires after 365d`. */
import type { IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import { readAppealTerms, type AppealTokens, buildAppeal } from './appeal-terms.js';
import type { ItemConstruct } from './kit.js';
import { itemRule } from './policy.js';

class RecordExpiryDraft {
  keyword: IToken | undefined = undefined;
  record: IToken | undefined = undefined;
  after: IToken | undefined = undefined;
  appeal: AppealTokens | undefined = undefined;
}

/** The line, unless it is cut short before its duration. */
function buildRecordExpiry(b: AstBuilder, draft: RecordExpiryDraft): ast.RecordExpiry | undefined {
  const record = b.name(real(draft.record));
  const after = b.duration(real(draft.after));
  if (!record || !after) return undefined;
  const appeal = buildAppeal(b, draft.appeal);
  return { kind: 'RecordExpiry', record, after, appeal, span: b.cover(real(draft.keyword), after, appeal) };
}

export const recordExpiry: ItemConstruct = {
  keywords: [t.Record],
  define: (g) => {
    const appealTerms = g.RULE('recordAppeal', () => readAppealTerms(g));
    return itemRule(g, 'recordExpiry', {
      draft: RecordExpiryDraft,
      read: (draft) => {
        draft.keyword = g.CONSUME(t.Record);
        draft.record = g.CONSUME(t.Name);
        g.CONSUME(t.Expires);
        g.CONSUME(t.After);
        draft.after = g.CONSUME(t.Duration);
        g.OPTION(() => {
          g.CONSUME(t.Comma);
          const terms = g.SUBRULE(appealTerms);
          if (!g.RECORDING_PHASE) draft.appeal = terms;
        });
      },
      build: buildRecordExpiry,
    });
  },
};
