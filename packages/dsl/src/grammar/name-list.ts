/** `roles line_manager, equality_office` and `teams complaints_team, billing_team`: the same line, two keywords. */
import type { IToken, TokenType } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import type { ItemConstruct } from './kit.js';
import { itemRule } from './policy.js';

class NameListDraft {
  keyword: IToken | undefined = undefined;
  readonly names: IToken[] = [];
}

/** The names read, if any: a line cut short keeps them. */
function buildNameList(b: AstBuilder, list: 'roles' | 'teams', draft: NameListDraft): ast.RolesDecl | ast.TeamsDecl | undefined {
  const names = b.names(draft.names);
  if (names.length === 0) return undefined;
  const span = b.cover(real(draft.keyword), ...names);
  return list === 'roles' ? { kind: 'RolesDecl', names, span } : { kind: 'TeamsDecl', names, span };
}

function nameList(list: 'roles' | 'teams', keyword: TokenType): ItemConstruct {
  return {
    keywords: [keyword],
    define: (g) =>
      itemRule(g, list, {
        draft: NameListDraft,
        read: (draft) => {
          draft.keyword = g.CONSUME(keyword);
          g.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => draft.names.push(g.CONSUME(t.Name)) });
        },
        build: (b, draft) => buildNameList(b, list, draft),
      }),
  };
}

export const roles = nameList('roles', t.Roles);
export const teams = nameList('teams', t.Teams);
