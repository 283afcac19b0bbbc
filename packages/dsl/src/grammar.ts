/**
 * The grammar of docs/grammar.md as a chevrotain CST parser. One instance
 * serves the whole process (building one is expensive); `parseTokens` resets
 * it per input. Labels name the CST children that `to-ast.ts` reads.
 */
import { CstParser, EOF, tokenMatcher } from 'chevrotain';
import type { CstNode, IOrAlt, IRecognitionException, IToken, TokenType } from 'chevrotain';
import { errorMessageProvider } from './error-messages.js';
import * as t from './tokens.js';

/** A word the grammar has no place for, skipped by the parser. */
interface UnknownWord {
  readonly token: IToken;
  readonly where: 'item' | 'clause' | 'setting';
}

const ITEM_STARTS = [
  t.Version, t.Owner, t.Effective, t.Stance, t.Description, t.Threshold,
  t.ZeroTolerance, t.Group, t.Script, t.Roles, t.Teams, t.Record, t.Require,
  t.Restriction, t.Rule, t.Override, t.On,
];
const ITEM_STOPS = [EOF, ...ITEM_STARTS];
const CLAUSE_STOPS = [EOF, t.RBrace, t.Channels, t.When, t.Do, t.Must, t.Duties, ...ITEM_STARTS];
const SETTING_STOPS = [
  EOF, t.RBrace, t.Kind, t.Scope, t.Channels, t.Lasts, t.Reviewed, t.Lifted, t.Approved, t.Appeal, ...ITEM_STARTS,
];

/** The alternatives of an `OR`. */
type Alternatives = IOrAlt<unknown>[];

class PolicyParser extends CstParser {
  unknownWords: UnknownWord[] = [];
  onItem: (item: CstNode) => void = () => {};

  // Each `OR`'s alternatives are built on its first call and kept: built
  // afresh, they were an array and a closure per alternative on every call
  // (the `modifier` rule alone has ten), most of the parser's garbage.
  // Chevrotain reads them only to call the chosen one.
  #itemAlternatives: Alternatives | undefined;
  #headerAlternatives: Alternatives | undefined;
  #header2Alternatives: Alternatives | undefined;
  #header3Alternatives: Alternatives | undefined;
  #settingAlternatives: Alternatives | undefined;
  #ruleAlternatives: Alternatives | undefined;
  #clauseAlternatives: Alternatives | undefined;
  #atomAlternatives: Alternatives | undefined;
  #atom2Alternatives: Alternatives | undefined;
  #compareOpAlternatives: Alternatives | undefined;
  #valueAlternatives: Alternatives | undefined;
  #modifierAlternatives: Alternatives | undefined;
  #modifier2Alternatives: Alternatives | undefined;

  constructor() {
    super([...t.ALL_TOKENS], {
      recoveryEnabled: true,
      errorMessageProvider,
      maxLookahead: 2,
    });
    this.performSelfAnalysis();
  }

  file = this.RULE('file', () => {
    this.OPTION(() => this.SUBRULE(this.policy));
  });

  policy = this.RULE('policy', () => {
    this.CONSUME(t.Policy);
    this.CONSUME(t.StringLit, { LABEL: 'name' });
    this.OPTION(() => {
      this.CONSUME(t.Extends);
      this.CONSUME2(t.StringLit, { LABEL: 'extends' });
    });
    this.CONSUME(t.LBrace);
    this.MANY(() => {
      const item = this.SUBRULE(this.item);
      this.ACTION(() => {
        this.onItem(item);
        // The item is built; dropping its subtree keeps a large file's CST
        // from living all at once (garbage collection dominated otherwise).
        (item as { children: CstNode['children'] }).children = {};
      });
    });
    this.CONSUME(t.RBrace);
  });

  item = this.RULE('item', () => {
    this.OR((this.#itemAlternatives ??= [
      { ALT: () => this.SUBRULE(this.header) },
      { ALT: () => this.SUBRULE(this.threshold) },
      { ALT: () => this.SUBRULE(this.zeroTolerance) },
      { ALT: () => this.SUBRULE(this.group) },
      { ALT: () => this.SUBRULE(this.script) },
      { ALT: () => this.SUBRULE(this.roles) },
      { ALT: () => this.SUBRULE(this.teams) },
      { ALT: () => this.SUBRULE(this.recordExpiry) },
      { ALT: () => this.SUBRULE(this.requirement) },
      { ALT: () => this.SUBRULE(this.restriction) },
      { ALT: () => this.SUBRULE(this.rule) },
      { ALT: () => this.SUBRULE(this.unknownItem) },
    ]));
  });

  header = this.RULE('header', () => {
    this.OR((this.#headerAlternatives ??= [
      {
        ALT: () => {
          this.OR2((this.#header2Alternatives ??= [
            { ALT: () => this.CONSUME(t.Version, { LABEL: 'field' }) },
            { ALT: () => this.CONSUME(t.Owner, { LABEL: 'field' }) },
            { ALT: () => this.CONSUME(t.Description, { LABEL: 'field' }) },
          ]));
          this.CONSUME(t.StringLit, { LABEL: 'value' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Effective, { LABEL: 'field' });
          this.CONSUME(t.DateLit, { LABEL: 'value' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Stance, { LABEL: 'field' });
          // `zero_tolerance` is both a keyword and a stance.
          this.OR3((this.#header3Alternatives ??= [
            { ALT: () => this.CONSUME(t.Name, { LABEL: 'value' }) },
            { ALT: () => this.CONSUME(t.ZeroTolerance, { LABEL: 'value' }) },
          ]));
        },
      },
    ]));
  });

  threshold = this.RULE('threshold', () => {
    this.CONSUME(t.Threshold);
    this.OPTION(() => this.CONSUME(t.Name, { LABEL: 'behaviour' }));
    this.CONSUME(t.NumberLit, { LABEL: 'value' });
  });

  zeroTolerance = this.RULE('zeroTolerance', () => {
    this.CONSUME(t.ZeroTolerance);
    this.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => this.CONSUME(t.Name, { LABEL: 'behaviours' }) });
  });

  group = this.RULE('group', () => {
    this.CONSUME(t.Group);
    this.CONSUME(t.Name, { LABEL: 'name' });
    this.CONSUME(t.Equals);
    this.AT_LEAST_ONE_SEP({ SEP: t.Or, DEF: () => this.CONSUME2(t.Name, { LABEL: 'members' }) });
  });

  script = this.RULE('script', () => {
    this.CONSUME(t.Script);
    this.CONSUME(t.Name, { LABEL: 'name' });
    this.CONSUME(t.StringLit, { LABEL: 'text' });
  });

  roles = this.RULE('roles', () => {
    this.CONSUME(t.Roles);
    this.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => this.CONSUME(t.Name, { LABEL: 'names' }) });
  });

  teams = this.RULE('teams', () => {
    this.CONSUME(t.Teams);
    this.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => this.CONSUME(t.Name, { LABEL: 'names' }) });
  });

  recordExpiry = this.RULE('recordExpiry', () => {
    this.CONSUME(t.Record);
    this.CONSUME(t.Name, { LABEL: 'record' });
    this.CONSUME(t.Expires);
    this.CONSUME(t.After);
    this.CONSUME(t.Duration, { LABEL: 'after' });
  });

  requirement = this.RULE('requirement', () => {
    this.CONSUME(t.Require);
    this.CONSUME(t.Name, { LABEL: 'what' });
  });

  restriction = this.RULE('restriction', () => {
    this.CONSUME(t.Restriction);
    this.CONSUME(t.Name, { LABEL: 'name' });
    this.OPTION(() => this.CONSUME(t.StringLit, { LABEL: 'title' }));
    this.CONSUME(t.LBrace);
    // Settings in any order, each reported by `to-ast.ts` if repeated.
    this.MANY(() => this.SUBRULE(this.setting, { LABEL: 'settings' }));
    this.CONSUME(t.RBrace);
  });

  setting = this.RULE('setting', () => {
    this.OR((this.#settingAlternatives ??= [
      {
        ALT: () => {
          this.CONSUME(t.Kind, { LABEL: 'key' });
          this.CONSUME(t.Name, { LABEL: 'names' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Scope, { LABEL: 'key' });
          this.CONSUME2(t.Name, { LABEL: 'names' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Channels, { LABEL: 'key' });
          this.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => this.CONSUME3(t.Name, { LABEL: 'names' }) });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Lasts, { LABEL: 'key' });
          this.CONSUME(t.Up);
          this.CONSUME(t.To);
          this.CONSUME(t.Duration, { LABEL: 'duration' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Reviewed, { LABEL: 'key' });
          this.CONSUME(t.After);
          this.CONSUME2(t.Duration, { LABEL: 'duration' });
          this.OPTION(() => {
            this.CONSUME(t.Comma);
            this.CONSUME(t.Independently);
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Lifted, { LABEL: 'key' });
          this.CONSUME(t.When);
          this.CONSUME(t.StringLit, { LABEL: 'text' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Approved, { LABEL: 'key' });
          this.CONSUME(t.By);
          this.AT_LEAST_ONE_SEP2({ SEP: t.And, DEF: () => this.CONSUME4(t.Name, { LABEL: 'names' }) });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Appeal, { LABEL: 'key' });
          this.CONSUME(t.Within);
          this.CONSUME(t.NumberLit, { LABEL: 'number' });
          this.CONSUME5(t.Name, { LABEL: 'unit' });
        },
      },
      { ALT: () => this.SUBRULE(this.unknownSetting) },
    ]));
  });

  /** A word where a restriction setting should start: skipped to the next setting. */
  unknownSetting = this.RULE('unknownSetting', () => {
    const word = this.CONSUME(t.Name);
    this.ACTION(() => {
      this.unknownWords.push({ token: word, where: 'setting' });
      while (!this.atAny(SETTING_STOPS)) this.SKIP_TOKEN();
    });
  });

  rule = this.RULE('rule', () => {
    this.OPTION(() => this.CONSUME(t.Override));
    this.OR((this.#ruleAlternatives ??= [
      {
        ALT: () => {
          this.CONSUME(t.Rule);
          this.CONSUME(t.Name, { LABEL: 'name' });
          this.OPTION2(() => this.CONSUME(t.StringLit, { LABEL: 'title' }));
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.On);
          this.CONSUME2(t.Name, { LABEL: 'event' });
        },
      },
    ]));
    this.CONSUME(t.LBrace);
    // Clauses are taken in any order so a misplaced or misspelt one costs one
    // diagnostic; `to-ast.ts` reports order and repeats.
    this.MANY(() => this.SUBRULE(this.clause, { LABEL: 'clauses' }));
    this.CONSUME(t.RBrace);
  });

  clause = this.RULE('clause', () => {
    this.OR((this.#clauseAlternatives ??= [
      {
        ALT: () => {
          this.CONSUME(t.Channels);
          this.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => this.CONSUME(t.Name, { LABEL: 'channelList' }) });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.When);
          this.SUBRULE(this.condition);
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Do);
          this.SUBRULE(this.ladder);
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Must);
          this.AT_LEAST_ONE_SEP1({ SEP: t.Comma, DEF: () => this.SUBRULE(this.duty, { LABEL: 'dutyList' }) });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Duties);
          this.AT_LEAST_ONE_SEP2({ SEP: t.Comma, DEF: () => this.SUBRULE2(this.duty, { LABEL: 'dutyList' }) });
        },
      },
      { ALT: () => this.SUBRULE(this.unknownClause) },
    ]));
  });

  /** A word where `when`, `do`, `duties` or another clause should be: skipped to the next clause. */
  unknownClause = this.RULE('unknownClause', () => {
    const word = this.CONSUME(t.Name);
    this.ACTION(() => {
      this.unknownWords.push({ token: word, where: 'clause' });
      while (!this.atAny(CLAUSE_STOPS)) this.SKIP_TOKEN();
    });
  });

  /** A word where an item should start: skipped with its `{ }` body, if any. */
  unknownItem = this.RULE('unknownItem', () => {
    const word = this.CONSUME(t.Name);
    this.ACTION(() => {
      this.unknownWords.push({ token: word, where: 'item' });
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
  });

  private atAny(types: readonly TokenType[]): boolean {
    const token = this.LA(1);
    return types.some((type) => tokenMatcher(token, type));
  }

  condition = this.RULE('condition', () => {
    this.AT_LEAST_ONE_SEP({ SEP: t.Or, DEF: () => this.SUBRULE(this.andCondition, { LABEL: 'operands' }) });
  });

  andCondition = this.RULE('andCondition', () => {
    this.AT_LEAST_ONE_SEP({ SEP: t.And, DEF: () => this.SUBRULE(this.notCondition, { LABEL: 'operands' }) });
  });

  // `not not x` is a loop rather than recursion, so a long run cannot overflow the stack.
  notCondition = this.RULE('notCondition', () => {
    this.MANY(() => this.CONSUME(t.Not, { LABEL: 'nots' }));
    this.SUBRULE(this.atom);
  });

  atom = this.RULE('atom', () => {
    this.OR((this.#atomAlternatives ??= [
      {
        ALT: () => {
          this.CONSUME(t.LParen);
          this.SUBRULE(this.condition, { LABEL: 'inner' });
          this.CONSUME(t.RParen);
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Name, { LABEL: 'first' });
          this.OR2((this.#atom2Alternatives ??= [
            {
              ALT: () => {
                this.CONSUME(t.Dot);
                this.CONSUME2(t.Name, { LABEL: 'member' });
                this.OPTION4(() => {
                  this.CONSUME2(t.Dot);
                  this.CONSUME4(t.Name, { LABEL: 'key' });
                });
                this.OPTION(() => {
                  this.SUBRULE(this.compareOp, { LABEL: 'op' });
                  this.SUBRULE(this.value);
                });
              },
            },
            {
              ALT: () => {
                this.OPTION2(() => this.CONSUME3(t.Name, { LABEL: 'second' }));
                this.OPTION3(() => this.SUBRULE(this.count));
              },
            },
          ]));
        },
      },
    ]));
  });

  count = this.RULE('count', () => {
    this.CONSUME(t.NumberLit, { LABEL: 'n' });
    this.CONSUME(t.Times);
    this.CONSUME(t.Within);
    this.CONSUME(t.Duration, { LABEL: 'window' });
  });

  compareOp = this.RULE('compareOp', () => {
    this.OR((this.#compareOpAlternatives ??= [
      { ALT: () => this.CONSUME(t.Equals, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(t.NotEquals, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(t.LessEquals, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(t.Less, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(t.GreaterEquals, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(t.Greater, { LABEL: 'op' }) },
    ]));
  });

  value = this.RULE('value', () => {
    this.OR((this.#valueAlternatives ??= [
      { ALT: () => this.CONSUME(t.NumberLit, { LABEL: 'value' }) },
      { ALT: () => this.CONSUME(t.Duration, { LABEL: 'value' }) },
      { ALT: () => this.CONSUME(t.StringLit, { LABEL: 'value' }) },
      { ALT: () => this.CONSUME(t.Name, { LABEL: 'value' }) },
    ]));
  });

  ladder = this.RULE('ladder', () => {
    this.AT_LEAST_ONE_SEP({ SEP: t.Then, DEF: () => this.SUBRULE(this.step, { LABEL: 'steps' }) });
  });

  /** One rung: an action and its alternatives, `warn or escalate to supervisor`. */
  step = this.RULE('step', () => {
    this.AT_LEAST_ONE_SEP({ SEP: t.Or, DEF: () => this.SUBRULE(this.choice, { LABEL: 'choices' }) });
  });

  choice = this.RULE('choice', () => {
    this.CONSUME(t.Name, { LABEL: 'action' });
    this.MANY(() => this.SUBRULE(this.modifier, { LABEL: 'modifiers' }));
  });

  /**
   * The details of a step or a duty, in any order; `to-ast.ts` reports the
   * ones a duty cannot take and repeats, so a misplaced one costs one
   * diagnostic.
   */
  modifier = this.RULE('modifier', () => {
    this.OR((this.#modifierAlternatives ??= [
      { ALT: () => this.CONSUME(t.Immediately) },
      {
        ALT: () => {
          this.CONSUME(t.Via);
          this.CONSUME(t.Name, { LABEL: 'mode' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Within);
          this.CONSUME(t.Duration, { LABEL: 'withinDuration' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.To);
          this.CONSUME2(t.Name, { LABEL: 'to' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.With);
          this.CONSUME3(t.Name, { LABEL: 'scriptName' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.By);
          this.CONSUME4(t.Name, { LABEL: 'by' });
        },
      },
      {
        ALT: () => {
          this.OPTION(() => this.CONSUME(t.Comma));
          this.CONSUME(t.Up);
          this.CONSUME2(t.To);
          this.CONSUME(t.NumberLit, { LABEL: 'upTo' });
          this.OR2((this.#modifier2Alternatives ??= [
            { ALT: () => this.CONSUME(t.Times) },
            {
              ALT: () => {
                this.CONSUME(t.Per);
                this.CONSUME5(t.Name, { LABEL: 'per' });
              },
            },
          ]));
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.For);
          this.CONSUME2(t.Duration, { LABEL: 'forDuration' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Between);
          this.CONSUME(t.TimeLit, { LABEL: 'from' });
          this.CONSUME(t.And);
          this.CONSUME2(t.TimeLit, { LABEL: 'until' });
        },
      },
      {
        ALT: () => {
          this.OPTION2(() => this.CONSUME2(t.Comma));
          this.CONSUME(t.Approved);
          this.CONSUME2(t.By);
          this.AT_LEAST_ONE_SEP({ SEP: t.And, DEF: () => this.CONSUME6(t.Name, { LABEL: 'approver' }) });
        },
      },
    ]));
  });

  duty = this.RULE('duty', () => {
    this.CONSUME(t.Name, { LABEL: 'name' });
    this.OPTION(() => this.CONSUME2(t.Name, { LABEL: 'target' }));
    // A comma ends the duty unless it starts `, up to ...` or `, approved by ...`.
    this.MANY({
      GATE: () => !tokenMatcher(this.LA(1), t.Comma) || tokenMatcher(this.LA(2), t.Up) || tokenMatcher(this.LA(2), t.Approved),
      DEF: () => this.SUBRULE(this.modifier, { LABEL: 'modifiers' }),
    });
  });
}

let parser: PolicyParser | undefined;

/**
 * Parses a token vector into a `file` CST, with chevrotain's errors. Each
 * policy item goes to `onItem` as soon as it is parsed and is then emptied in
 * the CST.
 */
export function parseTokens(
  tokens: IToken[],
  onItem: (item: CstNode) => void,
): {
  cst: CstNode;
  errors: IRecognitionException[];
  unknownWords: UnknownWord[];
} {
  parser ??= new PolicyParser();
  parser.input = tokens; // resets the parser's state
  parser.unknownWords = [];
  parser.onItem = onItem;
  const cst = parser.file();
  return { cst, errors: parser.errors, unknownWords: parser.unknownWords };
}
