/**
 * What a construct module (`grammar/<construct>.ts`) sees of the parser:
 * chevrotain's rule DSL, the draft stack, the builder of the file being read,
 * and keyword groups. See docs/design.md, "Adding a construct".
 */
import type {
  AtLeastOneSepMethodOpts,
  DSLMethodOpts,
  IOrAlt,
  IToken,
  OrMethodOpts,
  TokenType,
} from 'chevrotain';
import type { AstBuilder } from '../ast-builder.js';
import type { PolicyDraft } from './policy.js';

/** A grammar rule as chevrotain wraps it; what `SUBRULE` takes. */
export type Rule<R = void> = () => R;

/** A draft class, or the class of the draft a rule may be called from. */
export type DraftClass<D> = abstract new (...args: never[]) => D;

/**
 * A rule that reads into a draft: what it read so far, built into a node
 * when the rule ends, also when error recovery abandons it partway.
 */
export interface DraftRule<D, P extends object | undefined> {
  /** A fresh draft, one per time the rule is read. */
  readonly draft: new () => D;
  /** Whether `draft` is one this rule may be called from (the caller's own draft); `end` gets it. */
  readonly parent: (draft: object | undefined) => draft is P;
  /** The rule's body: reads tokens and sub-rules into `draft`. */
  read(draft: D): void;
  /**
   * Builds what `draft` holds and hands it to `parent`. Runs from a
   * `finally`, so a rule cut short hands over what it read; it does not run
   * while chevrotain records the grammar.
   */
  end(draft: D, parent: NoInfer<P>): void;
}

/** A `DraftRule.parent` test for drafts of class `kind`. */
export function draftOf<C extends DraftClass<object>>(kind: C): (draft: object | undefined) => draft is InstanceType<C> {
  return (draft): draft is InstanceType<C> => draft instanceof kind;
}

/**
 * The one stack of drafts being filled, innermost last. `Grammar.draftRule`
 * owns pushing and popping; rules and `OR` alternatives (built once, so
 * they cannot see a rule's locals) read the innermost with `top`.
 */
export class DraftStack {
  readonly #drafts: object[] = [];

  /** The innermost draft, which must be a `kind`: a rule reads into its own draft. */
  top<D>(kind: DraftClass<D>): D {
    const draft = this.#drafts[this.#drafts.length - 1];
    if (!(draft instanceof kind)) throw new Error(`internal: the innermost draft is not a ${kind.name}`);
    return draft as D;
  }

  /** The innermost draft, if any, of any kind. */
  peek(): object | undefined {
    return this.#drafts[this.#drafts.length - 1];
  }

  push(draft: object): void {
    this.#drafts.push(draft);
  }

  pop(): void {
    this.#drafts.pop();
  }

  /** Empties the stack, for a new input. */
  clear(): void {
    this.#drafts.length = 0;
  }
}

/**
 * One kind of policy item, as a row of the item table (`grammar/items.ts`):
 * the keywords it starts with and its grammar.
 */
export interface ItemConstruct {
  /** The keywords an item of this kind starts with. */
  readonly keywords: readonly TokenType[];
  /** Defines the construct's rules on `g`; returns the one that reads an item (made with `itemRule`, which hands it to the {@link PolicyDraft}). */
  define(g: Grammar, parts: Parts): Rule;
}

/** Rules shared by constructs (defined once, before the items): what a construct may `SUBRULE` besides its own. */
export interface Parts {
  /** A condition (`customer abusive and not caller.vip`), handed to a `ConditionOwner`. */
  readonly condition: Rule;
  /** A `do` line's steps, handed to a `LadderOwner`. */
  readonly ladder: Rule;
  /** One duty with its modifiers, handed to a `DutyOwner`. */
  readonly duty: Rule;
}

/**
 * The keywords that start one kind of line (items of a policy, clauses of a
 * rule, settings of a restriction), defined once: the parser skips an
 * unknown word up to the next of them, and "did you mean" picks from them.
 */
export interface KeywordGroup {
  /** What the author should have written there, for the message. */
  readonly expected: string;
  readonly keywords: readonly TokenType[];
  /** The keywords' texts, in order (ties in "did you mean" go to the first). */
  readonly words: readonly string[];
}

/** A keyword group from its keywords, in the order "did you mean" should prefer them. */
export function keywordGroup(expected: string, keywords: readonly TokenType[]): KeywordGroup {
  return { expected, keywords, words: keywords.map((type) => type.PATTERN as string) };
}

/**
 * Chevrotain's rule DSL (protected on the parser, so spelled out here) and
 * what the parser adds for construct modules. The numbered variants tell
 * apart two uses of the same method with the same argument in one rule.
 */
export interface Grammar {
  CONSUME(type: TokenType): IToken;
  CONSUME2(type: TokenType): IToken;
  CONSUME3(type: TokenType): IToken;
  CONSUME4(type: TokenType): IToken;
  CONSUME5(type: TokenType): IToken;
  CONSUME6(type: TokenType): IToken;
  CONSUME7(type: TokenType): IToken;
  OPTION<T>(body: () => T): T | undefined;
  OPTION2<T>(body: () => T): T | undefined;
  OPTION3<T>(body: () => T): T | undefined;
  OPTION4<T>(body: () => T): T | undefined;
  OR<T>(alternatives: IOrAlt<T>[] | OrMethodOpts<T>): T;
  OR2<T>(alternatives: IOrAlt<T>[] | OrMethodOpts<T>): T;
  OR3<T>(alternatives: IOrAlt<T>[] | OrMethodOpts<T>): T;
  MANY(body: (() => void) | DSLMethodOpts<unknown>): void;
  AT_LEAST_ONE_SEP(options: AtLeastOneSepMethodOpts<unknown>): void;
  AT_LEAST_ONE_SEP1(options: AtLeastOneSepMethodOpts<unknown>): void;
  AT_LEAST_ONE_SEP2(options: AtLeastOneSepMethodOpts<unknown>): void;
  SUBRULE<R>(rule: Rule<R>): R;
  SUBRULE2<R>(rule: Rule<R>): R;
  /** The token `offset` ahead; `LA(0)` is the last one read. */
  LA(offset: number): IToken;
  /** True while chevrotain records the grammar (every rule runs once, without input): build nothing then. */
  readonly RECORDING_PHASE: boolean;

  /** Defines a rule without a draft (it returns what it read, or records it itself). */
  RULE<R>(name: string, body: () => R): Rule<R>;
  /** Defines a rule that reads into a draft; this is the one place drafts are pushed and popped. */
  draftRule<D extends object, P extends object | undefined>(name: string, rule: DraftRule<D, P>): Rule;
  /** The drafts being filled; only `draftRule` pushes and pops. */
  readonly drafts: Pick<DraftStack, 'top'>;
  /** The builder of the file being read. */
  readonly builder: AstBuilder;
  /**
   * Records `word` as unknown where a line of `group` should start, and
   * skips to the next such line, the end of the enclosing `{ }` or the next
   * policy item.
   */
  skipUnknownLine(word: IToken, group: KeywordGroup): void;
}
