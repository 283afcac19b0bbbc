/**
 * `appeal within 10 working_days[, reply within 20 working_days]`: how long
 * a customer has to appeal, and the organisation to decide the appeal. The
 * same words close a restriction's settings and a `record` line.
 */
import type { IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { real } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import type { Grammar } from './kit.js';

/** The tokens read; `reply` is a plain word here, not a keyword, so no policy loses it as a name. */
export class AppealTokens {
  keyword: IToken | undefined = undefined;
  within: IToken | undefined = undefined;
  unit: IToken | undefined = undefined;
  replyWord: IToken | undefined = undefined;
  replyWithin: IToken | undefined = undefined;
  replyUnit: IToken | undefined = undefined;
}

/** Reads the terms, starting at `appeal`; to be the body of one rule per construct that uses it. */
export function readAppealTerms(g: Grammar): AppealTokens {
  const terms = new AppealTokens();
  terms.keyword = g.CONSUME(t.Appeal);
  g.CONSUME(t.Within);
  terms.within = g.CONSUME(t.NumberLit);
  terms.unit = g.CONSUME(t.Name);
  g.OPTION(() => {
    g.CONSUME(t.Comma);
    terms.replyWord = g.CONSUME2(t.Name);
    g.CONSUME2(t.Within);
    terms.replyWithin = g.CONSUME2(t.NumberLit);
    terms.replyUnit = g.CONSUME3(t.Name);
  });
  return terms;
}

/** The terms, unless cut short; a word other than `reply` after the comma is reported. */
export function buildAppeal(b: AstBuilder, terms: AppealTokens | undefined): ast.Appeal | undefined {
  const within = terms && b.number(real(terms.within));
  const unit = terms && b.name(real(terms.unit));
  if (!terms || !within || !unit) return undefined;
  const word = real(terms.replyWord);
  if (word && word.image !== 'reply') {
    b.syntax(word, `expected \`reply\` after the appeal period, not \`${word.image}\``, 'the organisation\'s deadline reads `, reply within 20 working_days`');
  }
  const replyWithin = word?.image === 'reply' ? b.number(real(terms.replyWithin)) : undefined;
  const replyUnit = replyWithin && b.name(real(terms.replyUnit));
  const reply = replyWithin && replyUnit ? { replyWithin, replyUnit } : { replyWithin: undefined, replyUnit: undefined };
  return { kind: 'Appeal', within, unit, ...reply, span: b.cover(within, unit, reply.replyWithin, reply.replyUnit) };
}
