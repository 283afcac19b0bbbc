/** `version "..."`, `owner "..."`, `description "..."`, `effective 2026-12-01`, `stance warn_then_end`. */
import type { IOrAlt, IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import type { ItemConstruct } from './kit.js';
import { itemRule } from './policy.js';

class HeaderDraft {
  field: IToken | undefined = undefined;
  value: IToken | undefined = undefined;
}

/** The field, unless it is cut short: a header needs its value. */
function buildHeader(b: AstBuilder, draft: HeaderDraft): ast.HeaderField | undefined {
  const field = real(draft.field);
  const token = real(draft.value);
  if (!field || !token) return undefined;
  const word = field.image as ast.HeaderField['field'];
  const value = word === 'effective' ? b.date(token) : word === 'stance' ? b.name(token) : b.text(token);
  if (!value) return undefined;
  return { kind: 'HeaderField', field: word, value, span: b.cover(field, value) };
}

export const header: ItemConstruct = {
  keywords: [t.Version, t.Owner, t.Effective, t.Stance, t.Description],
  define(g) {
    const textFields: IOrAlt<IToken>[] = [
      { ALT: () => g.CONSUME(t.Version) },
      { ALT: () => g.CONSUME(t.Owner) },
      { ALT: () => g.CONSUME(t.Description) },
    ];
    // `zero_tolerance` is both a keyword and a stance.
    const stances: IOrAlt<IToken>[] = [{ ALT: () => g.CONSUME(t.Name) }, { ALT: () => g.CONSUME(t.ZeroTolerance) }];
    const fields: IOrAlt<void>[] = [
      {
        ALT: () => {
          const draft = g.drafts.top(HeaderDraft);
          draft.field = g.OR2(textFields);
          draft.value = g.CONSUME(t.StringLit);
        },
      },
      {
        ALT: () => {
          const draft = g.drafts.top(HeaderDraft);
          draft.field = g.CONSUME(t.Effective);
          draft.value = g.CONSUME(t.DateLit);
        },
      },
      {
        ALT: () => {
          const draft = g.drafts.top(HeaderDraft);
          draft.field = g.CONSUME(t.Stance);
          draft.value = g.OR3(stances);
        },
      },
    ];
    return itemRule(g, 'header', {
      draft: HeaderDraft,
      read: () => g.OR(fields),
      build: buildHeader,
    });
  },
};
