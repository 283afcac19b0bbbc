/**
 * The grammar of docs/grammar.md as a chevrotain `EmbeddedActionsParser`
 * that builds the syntax tree as it reads, without a concrete syntax tree.
 * This module holds the machinery (the draft stack, skipping unknown
 * words) and the `item` alternatives; each construct's rules, draft and
 * builder are in a module of their own (the file and policy in
 * `policy.ts`), and the item table (`items.ts`) lists the items. See
 * docs/design.md, "The parser builds the syntax tree as it reads".
 *
 * Error recovery shapes the code. When chevrotain abandons a rule partway
 * (to re-sync in a rule around it), the rule still hands over what it read:
 * `draftRule` ends every rule from a `finally`, so a rule with a syntax error
 * in its middle keeps its good parts. An item the parser abandons entirely is
 * left out, with the diagnostics its building raised.
 *
 * Chevrotain runs every rule once, without input, to record the grammar
 * (`performSelfAnalysis`). Building and handing over happen only outside
 * that run (`RECORDING_PHASE`); the drafts it fills are thrown away.
 *
 * One instance serves the whole process (building one is expensive);
 * `parseTokens` resets it per input.
 */
import { EmbeddedActionsParser, EOF, tokenMatcher } from 'chevrotain';
import type { IOrAlt, IRecognitionException, IToken, TokenType } from 'chevrotain';
import type * as ast from '../ast.js';
import { AstBuilder } from '../ast-builder.js';
import { errorMessageProvider } from '../error-messages.js';
import { Source } from '../source.js';
import * as t from '../tokens.js';
import { defineCondition } from './condition.js';
import { defineDuty } from './duty.js';
import { ITEM_CONSTRUCTS, ITEMS } from './items.js';
import { DraftStack } from './kit.js';
import type { DraftRule, Grammar, KeywordGroup, Parts, Rule } from './kit.js';
import { defineLadder } from './ladder.js';
import { defineModifier } from './modifier.js';
import { definePolicy, FileDraft } from './policy.js';

/** A word the grammar has no place for, skipped by the parser, and the group of keywords it stands where one should be. */
interface UnknownWord {
  readonly token: IToken;
  readonly group: KeywordGroup;
}

/** What {@link parseTokens} read. */
interface ParsedTokens {
  /** The policy, if the input has one. */
  readonly policy: ast.Policy | undefined;
  /** Whether the input got as far as `policy`. */
  readonly sawPolicy: boolean;
  readonly errors: IRecognitionException[];
  readonly unknownWords: UnknownWord[];
}

const ITEM_STOPS: readonly TokenType[] = [EOF, ...ITEMS.keywords];

/** The builder between inputs, so the parser does not keep the last one's source alive. */
const NO_BUILDER = new AstBuilder(new Source(''), []);

function atTopLevel(draft: object | undefined): draft is undefined {
  return draft === undefined;
}

class PolicyParser extends EmbeddedActionsParser {
  /** The drafts being filled (see `draftRule`). */
  readonly drafts = new DraftStack();
  /** The builder of the input being read, set by `read`. */
  builder = NO_BUILDER;
  #unknownWords: UnknownWord[] = [];
  /** What the input read, once `file` ends. */
  #file = new FileDraft();
  /** Where an unknown word in a `{ }` of each group's lines is skipped to. */
  readonly #stops = new Map<KeywordGroup, readonly TokenType[]>();
  readonly file: Rule;

  constructor() {
    super([...t.ALL_TOKENS], {
      recoveryEnabled: true,
      errorMessageProvider,
      maxLookahead: 2,
    });
    const g = this as unknown as Grammar;
    const modifier = defineModifier(g);
    const parts: Parts = { condition: defineCondition(g), ladder: defineLadder(g, modifier), duty: defineDuty(g, modifier) };
    const item = this.defineItem(ITEM_CONSTRUCTS.map((construct) => construct.define(g, parts)));
    const policy = definePolicy(g, item);
    this.file = this.draftRule('file', {
      draft: FileDraft,
      parent: atTopLevel,
      read: () => this.OPTION(() => this.SUBRULE(policy)),
      end: (file) => {
        this.#file = file;
      },
    });
    this.performSelfAnalysis();
  }

  /** Parses `tokens` as a file, building with `builder`. */
  read(tokens: IToken[], builder: AstBuilder): ParsedTokens {
    this.input = tokens; // resets chevrotain's state
    this.builder = builder;
    this.drafts.clear();
    this.#unknownWords = [];
    try {
      this.file();
      const { policy, sawPolicy } = this.#file;
      return { policy, sawPolicy, errors: this.errors, unknownWords: this.#unknownWords };
    } finally {
      // One parser serves the whole process: it must not keep the last
      // file's tokens and tree alive until the next parse.
      this.input = [];
      this.#file = new FileDraft();
      this.builder = NO_BUILDER;
      this.drafts.clear();
    }
  }

  /**
   * A rule that reads into a fresh draft on the draft stack and, when it
   * ends (also when recovery abandons it), pops it and hands it to `end`
   * with the draft of the rule that called it. The one place drafts are
   * pushed and popped.
   */
  draftRule<D extends object, P extends object | undefined>(name: string, rule: DraftRule<D, P>): Rule {
    const drafts = this.drafts;
    return this.RULE(name, () => {
      const parent = drafts.peek();
      const draft = new rule.draft();
      drafts.push(draft);
      try {
        rule.read(draft);
      } finally {
        drafts.pop();
        if (!this.RECORDING_PHASE) {
          if (!rule.parent(parent)) throw new Error(`internal: rule \`${name}\` read inside a ${parent?.constructor.name ?? 'file'}`);
          rule.end(draft, parent);
        }
      }
    });
  }

  skipUnknownLine(word: IToken, group: KeywordGroup): void {
    this.#unknownWords.push({ token: word, group });
    let stops = this.#stops.get(group);
    if (stops === undefined) {
      stops = [EOF, t.RBrace, ...group.keywords, ...ITEMS.keywords];
      this.#stops.set(group, stops);
    }
    while (!this.atAny(stops)) this.SKIP_TOKEN();
  }

  private atAny(types: readonly TokenType[]): boolean {
    const token = this.LA(1);
    return types.some((type) => tokenMatcher(token, type));
  }

  /** `item`: one of the items of the table, or an unknown word skipped with its `{ }` body, if any. */
  private defineItem(items: readonly Rule[]): Rule {
    const unknownItem = this.RULE('unknownItem', () => {
      const word = this.CONSUME(t.Name);
      if (this.RECORDING_PHASE) return;
      this.#unknownWords.push({ token: word, group: ITEMS });
      let depth = 0;
      while (!this.atAny(ITEM_STOPS)) {
        const token = this.LA(1);
        if (tokenMatcher(token, t.RBrace)) {
          if (depth === 0) return;
          this.SKIP_TOKEN();
          if (--depth === 0) return;
        } else {
          if (tokenMatcher(token, t.LBrace)) depth++;
          this.SKIP_TOKEN();
        }
      }
    });
    const alternatives: IOrAlt<unknown>[] = [...items, unknownItem].map((rule) => ({ ALT: () => this.SUBRULE(rule) }));
    return this.RULE('item', () => {
      this.OR(alternatives);
    });
  }
}

let parser: PolicyParser | undefined;

/**
 * Parses a token vector as a policy file, building its syntax tree with
 * `builder`; chevrotain's errors and the unknown words are left to `parse`
 * to report.
 */
export function parseTokens(tokens: IToken[], builder: AstBuilder): ParsedTokens {
  parser ??= new PolicyParser();
  return parser.read(tokens, builder);
}

/** The grammar as chevrotain recorded it, by rule name (for the test that ties syntax messages to it). */
export function grammarRules(): ReturnType<PolicyParser['getGAstProductions']> {
  parser ??= new PolicyParser();
  return parser.getGAstProductions();
}
