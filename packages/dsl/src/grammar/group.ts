/** `group abusive = profanity or slur`. */
import type { IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import type { ItemConstruct } from './kit.js';
import { itemRule } from './policy.js';

class GroupDraft {
  keyword: IToken | undefined = undefined;
  name: IToken | undefined = undefined;
  readonly members: IToken[] = [];
}

/** The group with the members read, if it has a name and any: a line cut short keeps them. */
function buildGroup(b: AstBuilder, draft: GroupDraft): ast.GroupDef | undefined {
  const name = b.name(real(draft.name));
  const members = b.names(draft.members);
  if (!name || members.length === 0) return undefined;
  return { kind: 'GroupDef', name, members, span: b.cover(real(draft.keyword), ...members) };
}

export const group: ItemConstruct = {
  keywords: [t.Group],
  define: (g) =>
    itemRule(g, 'group', {
      draft: GroupDraft,
      read: (draft) => {
        draft.keyword = g.CONSUME(t.Group);
        draft.name = g.CONSUME(t.Name);
        g.CONSUME(t.Equals);
        g.AT_LEAST_ONE_SEP({ SEP: t.Or, DEF: () => draft.members.push(g.CONSUME2(t.Name)) });
      },
      build: buildGroup,
    }),
};
