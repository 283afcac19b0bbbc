/** A file: at most one `policy "name" [extends "base"] { items }`. */
import type { IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import { draftOf } from './kit.js';
import type { Grammar, Rule } from './kit.js';

/** What a file read: whether it got as far as `policy`, and the policy. */
export class FileDraft {
  sawPolicy = false;
  policy: ast.Policy | undefined = undefined;
}

/** A policy and the items kept so far; every item's rule hands its node to it (`item`). */
export class PolicyDraft {
  keyword: IToken | undefined = undefined;
  name: IToken | undefined = undefined;
  extends: IToken | undefined = undefined;
  readonly items: ast.PolicyItem[] = [];
  /** The item just read, until `policy` keeps it. */
  item: ast.PolicyItem | undefined = undefined;
  rbrace: IToken | undefined = undefined;
}

const isPolicy = draftOf(PolicyDraft);

const isFile = draftOf(FileDraft);

/** The policy around the items kept. Held diagnostics left by an item the parser abandoned are dropped. */
function buildPolicy(b: AstBuilder, draft: PolicyDraft): ast.Policy | undefined {
  b.rollback(0);
  const keyword = real(draft.keyword);
  const name = b.text(real(draft.name));
  let policy: ast.Policy | undefined;
  if (keyword && name) {
    const items = draft.items;
    policy = {
      kind: 'Policy',
      name,
      extends: b.text(real(draft.extends)),
      items,
      span: b.cover(keyword, name, real(draft.extends), items[items.length - 1], real(draft.rbrace)),
    };
  }
  b.commit();
  return policy;
}

/** How an item of the table reads into its draft, and what node it makes of it. */
export interface ItemRule<D> {
  /** A fresh draft, one per item read. */
  readonly draft: new () => D;
  /** Reads the item's tokens and sub-rules into `draft`. */
  read(draft: D): void;
  /** The item's node, or undefined when a part it cannot do without is missing (see `real`). */
  build(b: AstBuilder, draft: D): ast.PolicyItem | undefined;
}

/**
 * The rule of an item of the table, named `name`: built also when the item
 * is cut short (from what it read), and handed to the policy, which keeps it
 * with the diagnostics its building raised.
 */
export function itemRule<D extends object>(g: Grammar, name: string, item: ItemRule<D>): Rule {
  return g.draftRule(name, {
    draft: item.draft,
    parent: isPolicy,
    read: item.read,
    end: (draft, policy) => {
      policy.item = item.build(g.builder, draft);
    },
  });
}

/** Defines `policy`, reading items with `item`; it hands the policy to a {@link FileDraft}. */
export function definePolicy(g: Grammar, item: Rule): Rule {
  return g.draftRule('policy', {
    draft: PolicyDraft,
    parent: isFile,
    read: (policy) => {
      policy.keyword = g.CONSUME(t.Policy);
      policy.name = g.CONSUME(t.StringLit);
      g.OPTION(() => {
        g.CONSUME(t.Extends);
        policy.extends = g.CONSUME2(t.StringLit);
      });
      g.CONSUME(t.LBrace);
      g.MANY(() => {
        g.SUBRULE(item);
        // Not reached when recovery abandons the item in `policy` itself.
        if (g.RECORDING_PHASE) return;
        if (policy.item) policy.items.push(policy.item);
        policy.item = undefined;
        g.builder.commit();
      });
      policy.rbrace = g.CONSUME(t.RBrace);
    },
    end: (policy, file) => {
      // `end` runs whenever the rule was entered, as far as it got.
      file.sawPolicy = true;
      file.policy = buildPolicy(g.builder, policy);
    },
  });
}
