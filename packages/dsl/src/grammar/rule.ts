/** `[override] rule name "title" { clauses }` and `on event [name ["title"]] { clauses }`, with their clauses. */
import type { IOrAlt, IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import type { BuiltCondition, ConditionOwner } from './condition.js';
import type { DutyOwner } from './duty.js';
import { draftOf, keywordGroup } from './kit.js';
import type { ItemConstruct } from './kit.js';
import { itemRule } from './policy.js';
import type { LadderOwner } from './ladder.js';

/** The keywords that start a clause, in the order a rule reads them. */
const CLAUSES = keywordGroup('`when`, `do`, `must`, `duties`, `channels` or `}` in the rule body', [
  t.Channels, t.When, t.Do, t.Must, t.Duties,
]);

/**
 * A rule with the clauses taken so far (a repeated clause is reported, not
 * taken).
 */
class RuleDraft {
  override: IToken | undefined = undefined;
  /** `rule` or `on`. */
  keyword: IToken | undefined = undefined;
  name: IToken | undefined = undefined;
  event: IToken | undefined = undefined;
  title: IToken | undefined = undefined;
  rbrace: IToken | undefined = undefined;
  /** Where the rule's diagnostics start, to drop them if the rule has no name. */
  mark = 0;
  /** The keywords of the clauses taken. */
  readonly seen = new Set<string>();
  /** The furthest place reached in the order of {@link CLAUSES}. */
  rank = 0;
  channels: ast.Name[] | undefined = undefined;
  when: ast.Condition | undefined = undefined;
  ladder: ast.Ladder | undefined = undefined;
  must: ast.Duty[] | undefined = undefined;
  duties: ast.Duty[] | undefined = undefined;
}

const isRule = draftOf(RuleDraft);

/** One clause of a rule: `when ...`, `do ...`, `duties ...` and so on. */
class ClauseDraft implements ConditionOwner, LadderOwner, DutyOwner {
  /** The clause's keyword; undefined for a word the grammar does not know. */
  keyword: IToken | undefined = undefined;
  readonly channels: IToken[] = [];
  condition: BuiltCondition | undefined = undefined;
  ladder: ast.Ladder | undefined = undefined;
  readonly duties: ast.Duty[] = [];
  /** Where the clause's diagnostics start, to drop them if the clause is a repeat. */
  mark = 0;
}

/**
 * Takes a clause into its rule, in the order written: only the first of
 * each kind counts, and clauses out of order are reported.
 */
function takeClause(b: AstBuilder, rule: RuleDraft, clause: ClauseDraft): void {
  const keyword = real(clause.keyword);
  if (!keyword) return; // an unknown word, already reported
  if (!real(rule.event) && !real(rule.name)) return; // the rule is left out (see `buildRule`)
  const word = keyword.image;
  if (rule.seen.has(word)) {
    b.rollback(clause.mark);
    b.syntax(keyword, `a rule has only one \`${word}\``, 'merge the two into one');
    return;
  }
  rule.seen.add(word);
  const rank = CLAUSES.keywords.indexOf(keyword.tokenType) + 1;
  if (rank < rule.rank) {
    b.syntax(keyword, `\`${word}\` must come earlier in the rule`, 'a rule reads `channels ... when ... do ... must ... duties ...`');
  }
  rule.rank = Math.max(rule.rank, rank);
  if (word === 'channels') rule.channels = b.names(clause.channels);
  else if (word === 'when') rule.when = clause.condition?.node;
  else if (word === 'do') rule.ladder = clause.ladder;
  else if (word === 'must') rule.must = clause.duties;
  else rule.duties = clause.duties;
}

/**
 * The rule, or nothing (and none of its diagnostics) when it has no name.
 * An `on` block without a name of its own is named after its event.
 */
function buildRule(b: AstBuilder, draft: RuleDraft): ast.Rule | undefined {
  const on = b.name(real(draft.event));
  const name = b.name(real(draft.name)) ?? on;
  if (!name) {
    b.rollback(draft.mark);
    return undefined;
  }
  const { channels, when, ladder, must, duties } = draft;
  const override = real(draft.override);
  return {
    kind: 'Rule',
    override: override !== undefined,
    on,
    name,
    title: b.text(real(draft.title)),
    channels: channels ?? [],
    when,
    ladder,
    must: must ?? [],
    duties: duties ?? [],
    span: b.coverWith(
      b.coverWith(
        b.coverWith(b.cover(override ?? real(draft.keyword), on, name, real(draft.title), when, ladder, real(draft.rbrace)), channels),
        must,
      ),
      duties,
    ),
  };
}

export const rule: ItemConstruct = {
  keywords: [t.Rule, t.Override, t.On],
  define(g, { condition, ladder, duty }) {
    /** A word where `when`, `do`, `duties` or another clause should be: skipped to the next clause. */
    const unknownClause = g.RULE('unknownClause', () => {
      const word = g.CONSUME(t.Name);
      if (!g.RECORDING_PHASE) g.skipUnknownLine(word, CLAUSES);
    });
    const channels = { SEP: t.Comma, DEF: () => g.drafts.top(ClauseDraft).channels.push(g.CONSUME(t.Name)) };
    const must = { SEP: t.Comma, DEF: () => g.SUBRULE(duty) };
    const duties = { SEP: t.Comma, DEF: () => g.SUBRULE2(duty) };
    const clauses: IOrAlt<void>[] = [
      {
        ALT: () => {
          g.drafts.top(ClauseDraft).keyword = g.CONSUME(t.Channels);
          g.AT_LEAST_ONE_SEP(channels);
        },
      },
      {
        ALT: () => {
          g.drafts.top(ClauseDraft).keyword = g.CONSUME(t.When);
          g.SUBRULE(condition);
        },
      },
      {
        ALT: () => {
          g.drafts.top(ClauseDraft).keyword = g.CONSUME(t.Do);
          g.SUBRULE(ladder);
        },
      },
      {
        ALT: () => {
          g.drafts.top(ClauseDraft).keyword = g.CONSUME(t.Must);
          g.AT_LEAST_ONE_SEP1(must);
        },
      },
      {
        ALT: () => {
          g.drafts.top(ClauseDraft).keyword = g.CONSUME(t.Duties);
          g.AT_LEAST_ONE_SEP2(duties);
        },
      },
      { ALT: () => g.SUBRULE(unknownClause) },
    ];
    const clause = g.draftRule('clause', {
      draft: ClauseDraft,
      parent: isRule,
      read: (clause) => {
        if (!g.RECORDING_PHASE) clause.mark = g.builder.mark();
        g.OR(clauses);
      },
      end: (clause, rule) => takeClause(g.builder, rule, clause),
    });
    const heads: IOrAlt<void>[] = [
      {
        ALT: () => {
          const rule = g.drafts.top(RuleDraft);
          rule.keyword = g.CONSUME(t.Rule);
          rule.name = g.CONSUME(t.Name);
          g.OPTION2(() => {
            rule.title = g.CONSUME(t.StringLit);
          });
        },
      },
      {
        ALT: () => {
          const rule = g.drafts.top(RuleDraft);
          rule.keyword = g.CONSUME(t.On);
          rule.event = g.CONSUME2(t.Name);
          // `on silence ghost_call "No one on the line"`: several rules for one event.
          g.OPTION3(() => {
            rule.name = g.CONSUME3(t.Name);
            g.OPTION4(() => {
              rule.title = g.CONSUME2(t.StringLit);
            });
          });
        },
      },
    ];
    const clauseList = () => g.SUBRULE(clause);
    return itemRule(g, 'rule', {
      draft: RuleDraft,
      read: (rule) => {
        if (!g.RECORDING_PHASE) rule.mark = g.builder.mark();
        g.OPTION(() => {
          rule.override = g.CONSUME(t.Override);
        });
        g.OR(heads);
        g.CONSUME(t.LBrace);
        // Clauses are taken in any order so a misplaced or misspelt one costs
        // one diagnostic; `takeClause` reports order and repeats.
        g.MANY(clauseList);
        rule.rbrace = g.CONSUME(t.RBrace);
      },
      build: buildRule,
    });
  },
};
