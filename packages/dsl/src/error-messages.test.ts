/**
 * Ties the syntax-message tables to the grammar: a message keyed by a rule
 * that was renamed or a token the rule no longer reads would silently never
 * be shown, leaving the author with the generic `expected ...`.
 */
import {
  Alternation,
  Alternative,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  Terminal,
} from 'chevrotain';
import type { IProduction } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { ALTERNATIVE_MESSAGES, MISMATCH_MESSAGES } from './error-messages.js';
import { grammarRules } from './grammar/parser.js';

/** The names of the tokens a rule consumes itself (not through its sub-rules). */
function consumed(productions: readonly IProduction[], into = new Set<string>()): Set<string> {
  for (const p of productions) {
    if (p instanceof Terminal) into.add(p.terminalType.name);
    else if (p instanceof NonTerminal) continue;
    else if (
      p instanceof Alternation ||
      p instanceof Alternative ||
      p instanceof Option ||
      p instanceof Repetition ||
      p instanceof RepetitionMandatory ||
      p instanceof RepetitionWithSeparator ||
      p instanceof RepetitionMandatoryWithSeparator
    ) {
      consumed(p.definition, into);
    }
  }
  return into;
}

const rules = grammarRules();

describe('syntax messages', () => {
  it.each(Object.entries(MISMATCH_MESSAGES))('for a token missing in `%s` name a rule that consumes each token', (ruleName, byToken) => {
    const rule = rules[ruleName];
    expect(rule, `no grammar rule \`${ruleName}\``).toBeDefined();
    const tokens = consumed(rule!.definition);
    for (const type of byToken.keys()) expect(tokens, `\`${ruleName}\` does not consume ${type.name}`).toContain(type.name);
  });

  it('for alternatives name existing rules', () => {
    const missing = Object.keys(ALTERNATIVE_MESSAGES).filter((name) => rules[name] === undefined);
    expect(missing).toEqual([]);
  });
});
