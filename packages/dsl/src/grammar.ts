/**
 * The grammar of docs/grammar.md as a chevrotain `EmbeddedActionsParser`
 * that builds the syntax tree as it reads, without a concrete syntax tree:
 * each rule fills a draft (`drafts.ts`) and, as it ends, hands what
 * `AstBuilder` makes of it to the rule that called it.
 *
 * Error recovery shapes the code. When chevrotain abandons a rule partway
 * (to re-sync in a rule around it), the rule still hands over what it read,
 * from a `finally`, so a rule with a syntax error in its middle keeps its
 * good parts. Rules whose node needs every part build it only at their end.
 * An item the parser abandons entirely is left out, with the diagnostics
 * its building raised.
 *
 * Chevrotain runs every rule once, without input, to record the grammar
 * (`performSelfAnalysis`). Building, handing over and skipping happen only
 * outside that run (`RECORDING_PHASE`: what `ACTION` checks, without a
 * closure per call); the drafts it writes placeholder tokens into are
 * thrown away.
 *
 * One instance serves the whole process (building one is expensive);
 * `parseTokens` resets it per input.
 */
import { EmbeddedActionsParser, EOF, tokenMatcher } from 'chevrotain';
import type { AtLeastOneSepMethodOpts, DSLMethodOpts, IOrAlt, IRecognitionException, IToken, TokenType } from 'chevrotain';
import type * as ast from './ast.js';
import type { AstBuilder } from './ast-builder.js';
import {
  AtomDraft,
  ChoiceDraft,
  ClauseDraft,
  DutyDraft,
  FoldDraft,
  LadderDraft,
  ModifierDraft,
  NotDraft,
  PolicyDraft,
  RestrictionDraft,
  RuleDraft,
  SettingDraft,
  StepDraft,
} from './drafts.js';
import type { ConditionOwner, ModifierOwner } from './drafts.js';
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

/** The alternatives of an `OR` whose alternatives return nothing. */
type Alternatives = IOrAlt<unknown>[];
/** What a repetition repeats: a body, or a body with its separator. */
type Repeat = () => void;
type RepeatSep = AtLeastOneSepMethodOpts<unknown>;

/** What {@link parseTokens} read. */
interface ParsedTokens {
  /** The policy, if the input has one. */
  readonly policy: ast.Policy | undefined;
  /** Whether the input got as far as `policy`. */
  readonly sawPolicy: boolean;
  readonly errors: IRecognitionException[];
  readonly unknownWords: UnknownWord[];
}

class PolicyParser extends EmbeddedActionsParser {
  // Per input, set by `read`.
  #build!: AstBuilder;
  #unknownWords: UnknownWord[] = [];
  #sawPolicy = false;
  #policy: ast.Policy | undefined;
  /** The item just read, until `policy` keeps it. */
  #item: ast.PolicyItem | undefined;

  // The draft of the rule of each kind being read, for the `OR`
  // alternatives below (built once, so they cannot see a rule's locals) and
  // for the rules each one calls. The four condition rules, which nest
  // through parentheses, put back the enclosing draft when they end; the
  // others are not put back, because none of them can be read inside
  // another of its kind (a restriction, setting, rule, clause, ladder, step
  // or modifier never nests). A new rule that nests must restore its field.
  // `#conditionOwner` must be set right before each `SUBRULE(this.condition)`
  // (its two callers: a `when` clause and a parenthesised atom).
  #restriction = new RestrictionDraft();
  #setting = new SettingDraft();
  #rule = new RuleDraft();
  #clause = new ClauseDraft();
  /** Where the next `condition` hands its result: set by its caller. */
  #conditionOwner: ConditionOwner = this.#clause;
  #or = new FoldDraft();
  #and = new FoldDraft();
  #not = new NotDraft();
  #atom = new AtomDraft();
  #ladder = new LadderDraft();
  #step = new StepDraft();
  /** The step's choice or the duty being read. */
  #modifierOwner: ModifierOwner = new DutyDraft();
  #modifier = new ModifierDraft();

  // Each `OR`'s alternatives, and the bodies of the repetitions in rules
  // that run many times per policy rule, are built on first call and kept:
  // built afresh, they were arrays, options and closures on every call (the
  // `modifier` rule alone has ten alternatives), most of the parser's
  // garbage. Chevrotain reads them only to call them. They reach the drafts
  // through the fields above, not through a rule's locals.
  #itemAlternatives: Alternatives | undefined;
  #headerAlternatives: IOrAlt<readonly [IToken, IToken]>[] | undefined;
  #textFieldAlternatives: IOrAlt<IToken>[] | undefined;
  #stanceAlternatives: IOrAlt<IToken>[] | undefined;
  #settingAlternatives: Alternatives | undefined;
  #ruleAlternatives: Alternatives | undefined;
  #clauseAlternatives: Alternatives | undefined;
  #atomAlternatives: Alternatives | undefined;
  #atomTailAlternatives: Alternatives | undefined;
  #compareOpAlternatives: IOrAlt<IToken>[] | undefined;
  #valueAlternatives: IOrAlt<IToken>[] | undefined;
  #modifierAlternatives: Alternatives | undefined;
  #upToAlternatives: Alternatives | undefined;
  #settingsRepeat: Repeat | undefined;
  #clausesRepeat: Repeat | undefined;
  #channelsRepeat: RepeatSep | undefined;
  #mustRepeat: RepeatSep | undefined;
  #dutiesRepeat: RepeatSep | undefined;
  #orRepeat: RepeatSep | undefined;
  #andRepeat: RepeatSep | undefined;
  #notsRepeat: Repeat | undefined;
  #stepsRepeat: RepeatSep | undefined;
  #choicesRepeat: RepeatSep | undefined;
  #modifiersRepeat: Repeat | undefined;
  #dutyModifiersRepeat: DSLMethodOpts<unknown> | undefined;

  constructor() {
    super([...t.ALL_TOKENS], {
      recoveryEnabled: true,
      errorMessageProvider,
      maxLookahead: 2,
    });
    this.performSelfAnalysis();
  }

  /** Parses `tokens` as a file, building with `build`. */
  read(tokens: IToken[], build: AstBuilder): ParsedTokens {
    this.input = tokens; // resets chevrotain's state
    this.#build = build;
    this.#unknownWords = [];
    this.#sawPolicy = false;
    this.#policy = undefined;
    this.#item = undefined;
    try {
      this.file();
      return { policy: this.#policy, sawPolicy: this.#sawPolicy, errors: this.errors, unknownWords: this.#unknownWords };
    } finally {
      // One parser serves the whole process: it must not keep the last
      // file's tokens and tree alive until the next parse.
      this.input = [];
      this.#policy = undefined;
      this.#item = undefined;
    }
  }

  file = this.RULE('file', () => {
    this.OPTION(() => this.SUBRULE(this.policy));
  });

  policy = this.RULE('policy', () => {
    const policy = new PolicyDraft();
    this.#sawPolicy = true;
    try {
      policy.keyword = this.CONSUME(t.Policy);
      policy.name = this.CONSUME(t.StringLit);
      this.OPTION(() => {
        this.CONSUME(t.Extends);
        policy.extends = this.CONSUME2(t.StringLit);
      });
      this.CONSUME(t.LBrace);
      this.MANY(() => {
        this.SUBRULE(this.item);
        // Not reached when recovery abandons the item in `policy` itself.
        if (this.RECORDING_PHASE) return;
        if (this.#item) policy.items.push(this.#item);
        this.#item = undefined;
        this.#build.commit();
      });
      policy.rbrace = this.CONSUME(t.RBrace);
    } finally {
      if (!this.RECORDING_PHASE) this.#policy = this.#build.policy(policy);
    }
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

  // These items need their last part, so one cut short is left out: they
  // build at their end.

  header = this.RULE('header', () => {
    const parts = this.OR((this.#headerAlternatives ??= [
      {
        ALT: () => [
          this.OR2((this.#textFieldAlternatives ??= [
            { ALT: () => this.CONSUME(t.Version) },
            { ALT: () => this.CONSUME(t.Owner) },
            { ALT: () => this.CONSUME(t.Description) },
          ])),
          this.CONSUME(t.StringLit),
        ],
      },
      { ALT: () => [this.CONSUME(t.Effective), this.CONSUME(t.DateLit)] },
      {
        ALT: () => [
          this.CONSUME(t.Stance),
          // `zero_tolerance` is both a keyword and a stance.
          this.OR3((this.#stanceAlternatives ??= [
            { ALT: () => this.CONSUME(t.Name) },
            { ALT: () => this.CONSUME(t.ZeroTolerance) },
          ])),
        ],
      },
    ]));
    if (!this.RECORDING_PHASE) this.#item = this.#build.header(parts[0], parts[1]);
  });

  threshold = this.RULE('threshold', () => {
    const keyword = this.CONSUME(t.Threshold);
    const behaviour = this.OPTION(() => this.CONSUME(t.Name));
    const value = this.CONSUME(t.NumberLit);
    if (!this.RECORDING_PHASE) this.#item = this.#build.threshold(keyword, behaviour, value);
  });

  script = this.RULE('script', () => {
    const keyword = this.CONSUME(t.Script);
    const name = this.CONSUME(t.Name);
    const text = this.CONSUME(t.StringLit);
    if (!this.RECORDING_PHASE) this.#item = this.#build.script(keyword, name, text);
  });

  recordExpiry = this.RULE('recordExpiry', () => {
    const keyword = this.CONSUME(t.Record);
    const record = this.CONSUME(t.Name);
    this.CONSUME(t.Expires);
    this.CONSUME(t.After);
    const after = this.CONSUME(t.Duration);
    if (!this.RECORDING_PHASE) this.#item = this.#build.recordExpiry(keyword, record, after);
  });

  requirement = this.RULE('requirement', () => {
    const keyword = this.CONSUME(t.Require);
    const what = this.CONSUME(t.Name);
    if (!this.RECORDING_PHASE) this.#item = this.#build.requirement(keyword, what);
  });

  // These items keep what they read when cut short.

  zeroTolerance = this.RULE('zeroTolerance', () => {
    const keyword = this.CONSUME(t.ZeroTolerance);
    const behaviours: IToken[] = [];
    try {
      this.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => behaviours.push(this.CONSUME(t.Name)) });
    } finally {
      if (!this.RECORDING_PHASE) this.#item = this.#build.zeroTolerance(keyword, behaviours);
    }
  });

  group = this.RULE('group', () => {
    const keyword = this.CONSUME(t.Group);
    let name: IToken | undefined;
    const members: IToken[] = [];
    try {
      name = this.CONSUME(t.Name);
      this.CONSUME(t.Equals);
      this.AT_LEAST_ONE_SEP({ SEP: t.Or, DEF: () => members.push(this.CONSUME2(t.Name)) });
    } finally {
      if (!this.RECORDING_PHASE) this.#item = this.#build.group(keyword, name, members);
    }
  });

  roles = this.RULE('roles', () => {
    const keyword = this.CONSUME(t.Roles);
    const names: IToken[] = [];
    try {
      this.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => names.push(this.CONSUME(t.Name)) });
    } finally {
      if (!this.RECORDING_PHASE) this.#item = this.#build.nameList('roles', keyword, names);
    }
  });

  teams = this.RULE('teams', () => {
    const keyword = this.CONSUME(t.Teams);
    const names: IToken[] = [];
    try {
      this.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => names.push(this.CONSUME(t.Name)) });
    } finally {
      if (!this.RECORDING_PHASE) this.#item = this.#build.nameList('teams', keyword, names);
    }
  });

  restriction = this.RULE('restriction', () => {
    const restriction = (this.#restriction = new RestrictionDraft());
    try {
      restriction.keyword = this.CONSUME(t.Restriction);
      restriction.name = this.CONSUME(t.Name);
      this.OPTION(() => {
        restriction.title = this.CONSUME(t.StringLit);
      });
      this.CONSUME(t.LBrace);
      // Settings in any order; `AstBuilder.restriction` reports repeats.
      this.MANY((this.#settingsRepeat ??= () => this.SUBRULE(this.setting)));
      restriction.rbrace = this.CONSUME(t.RBrace);
    } finally {
      if (!this.RECORDING_PHASE) this.#item = this.#build.restriction(restriction);
    }
  });

  setting = this.RULE('setting', () => {
    const setting = (this.#setting = new SettingDraft());
    try {
      this.OR((this.#settingAlternatives ??= [
        {
          ALT: () => {
            this.#setting.key = this.CONSUME(t.Kind);
            this.#setting.names.push(this.CONSUME(t.Name));
          },
        },
        {
          ALT: () => {
            this.#setting.key = this.CONSUME(t.Scope);
            this.#setting.names.push(this.CONSUME2(t.Name));
          },
        },
        {
          ALT: () => {
            this.#setting.key = this.CONSUME(t.Channels);
            this.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => this.#setting.names.push(this.CONSUME3(t.Name)) });
          },
        },
        {
          ALT: () => {
            this.#setting.key = this.CONSUME(t.Lasts);
            this.CONSUME(t.Up);
            this.CONSUME(t.To);
            this.#setting.duration = this.CONSUME(t.Duration);
          },
        },
        {
          ALT: () => {
            this.#setting.key = this.CONSUME(t.Reviewed);
            this.CONSUME(t.After);
            this.#setting.duration = this.CONSUME2(t.Duration);
            this.OPTION(() => {
              this.CONSUME(t.Comma);
              this.#setting.independently = this.CONSUME(t.Independently);
            });
          },
        },
        {
          ALT: () => {
            this.#setting.key = this.CONSUME(t.Lifted);
            this.CONSUME(t.When);
            this.#setting.text = this.CONSUME(t.StringLit);
          },
        },
        {
          ALT: () => {
            this.#setting.key = this.CONSUME(t.Approved);
            this.CONSUME(t.By);
            this.AT_LEAST_ONE_SEP2({ SEP: t.And, DEF: () => this.#setting.names.push(this.CONSUME4(t.Name)) });
          },
        },
        {
          ALT: () => {
            this.#setting.key = this.CONSUME(t.Appeal);
            this.CONSUME(t.Within);
            this.#setting.number = this.CONSUME(t.NumberLit);
            this.#setting.unit = this.CONSUME5(t.Name);
          },
        },
        { ALT: () => this.SUBRULE(this.unknownSetting) },
      ]));
    } finally {
      // The span of a restriction covers every token its settings read,
      // separators included, which chevrotain reads itself.
      setting.last = this.LA(0);
      if (!this.RECORDING_PHASE) this.#restriction.settings.push(setting);
    }
  });

  /** A word where a restriction setting should start: skipped to the next setting. */
  unknownSetting = this.RULE('unknownSetting', () => {
    const word = this.CONSUME(t.Name);
    if (this.RECORDING_PHASE) return;
    this.#unknownWords.push({ token: word, where: 'setting' });
    while (!this.atAny(SETTING_STOPS)) this.SKIP_TOKEN();
  });

  rule = this.RULE('rule', () => {
    const rule = (this.#rule = new RuleDraft());
    if (!this.RECORDING_PHASE) rule.mark = this.#build.mark();
    try {
      this.OPTION(() => {
        rule.override = this.CONSUME(t.Override);
      });
      this.OR((this.#ruleAlternatives ??= [
        {
          ALT: () => {
            this.#rule.keyword = this.CONSUME(t.Rule);
            this.#rule.name = this.CONSUME(t.Name);
            this.OPTION2(() => {
              this.#rule.title = this.CONSUME(t.StringLit);
            });
          },
        },
        {
          ALT: () => {
            this.#rule.keyword = this.CONSUME(t.On);
            this.#rule.event = this.CONSUME2(t.Name);
          },
        },
      ]));
      this.CONSUME(t.LBrace);
      // Clauses are taken in any order so a misplaced or misspelt one costs
      // one diagnostic; `AstBuilder.clause` reports order and repeats.
      this.MANY((this.#clausesRepeat ??= () => this.SUBRULE(this.clause)));
      rule.rbrace = this.CONSUME(t.RBrace);
    } finally {
      if (!this.RECORDING_PHASE) this.#item = this.#build.rule(rule);
    }
  });

  clause = this.RULE('clause', () => {
    const rule = this.#rule;
    const clause = (this.#clause = new ClauseDraft());
    if (!this.RECORDING_PHASE) clause.mark = this.#build.mark();
    try {
      this.OR((this.#clauseAlternatives ??= [
        {
          ALT: () => {
            this.#clause.keyword = this.CONSUME(t.Channels);
            this.AT_LEAST_ONE_SEP((this.#channelsRepeat ??= { SEP: t.Comma, DEF: () => this.#clause.channels.push(this.CONSUME(t.Name)) }));
          },
        },
        {
          ALT: () => {
            this.#clause.keyword = this.CONSUME(t.When);
            this.#conditionOwner = this.#clause;
            this.SUBRULE(this.condition);
          },
        },
        {
          ALT: () => {
            this.#clause.keyword = this.CONSUME(t.Do);
            this.SUBRULE(this.ladder);
          },
        },
        {
          ALT: () => {
            this.#clause.keyword = this.CONSUME(t.Must);
            this.AT_LEAST_ONE_SEP1((this.#mustRepeat ??= { SEP: t.Comma, DEF: () => this.SUBRULE(this.duty) }));
          },
        },
        {
          ALT: () => {
            this.#clause.keyword = this.CONSUME(t.Duties);
            this.AT_LEAST_ONE_SEP2((this.#dutiesRepeat ??= { SEP: t.Comma, DEF: () => this.SUBRULE2(this.duty) }));
          },
        },
        { ALT: () => this.SUBRULE(this.unknownClause) },
      ]));
    } finally {
      if (!this.RECORDING_PHASE) this.#build.clause(rule, clause);
    }
  });

  /** A word where `when`, `do`, `duties` or another clause should be: skipped to the next clause. */
  unknownClause = this.RULE('unknownClause', () => {
    const word = this.CONSUME(t.Name);
    if (this.RECORDING_PHASE) return;
    this.#unknownWords.push({ token: word, where: 'clause' });
    while (!this.atAny(CLAUSE_STOPS)) this.SKIP_TOKEN();
  });

  /** A word where an item should start: skipped with its `{ }` body, if any. */
  unknownItem = this.RULE('unknownItem', () => {
    const word = this.CONSUME(t.Name);
    if (this.RECORDING_PHASE) return;
    this.#unknownWords.push({ token: word, where: 'item' });
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

  private atAny(types: readonly TokenType[]): boolean {
    const token = this.LA(1);
    return types.some((type) => tokenMatcher(token, type));
  }

  condition = this.RULE('condition', () => {
    const owner = this.#conditionOwner;
    const enclosing = this.#or;
    const condition = (this.#or = new FoldDraft());
    try {
      this.AT_LEAST_ONE_SEP((this.#orRepeat ??= { SEP: t.Or, DEF: () => this.SUBRULE(this.andCondition) }));
    } finally {
      this.#or = enclosing;
      if (!this.RECORDING_PHASE) owner.condition = condition.result;
    }
  });

  andCondition = this.RULE('andCondition', () => {
    const or = this.#or;
    const enclosing = this.#and;
    const and = (this.#and = new FoldDraft());
    try {
      this.AT_LEAST_ONE_SEP((this.#andRepeat ??= { SEP: t.And, DEF: () => this.SUBRULE(this.notCondition) }));
    } finally {
      this.#and = enclosing;
      if (!this.RECORDING_PHASE) this.#build.fold(or, 'Or', and.result);
    }
  });

  // `not not x` is a loop rather than recursion, so a long run cannot overflow the stack.
  notCondition = this.RULE('notCondition', () => {
    const and = this.#and;
    const enclosing = this.#not;
    const not = (this.#not = new NotDraft());
    try {
      this.MANY((this.#notsRepeat ??= () => (this.#not.nots ??= []).push(this.CONSUME(t.Not))));
      this.SUBRULE(this.atom);
    } finally {
      this.#not = enclosing;
      if (!this.RECORDING_PHASE) this.#build.fold(and, 'And', this.#build.not(not));
    }
  });

  atom = this.RULE('atom', () => {
    const not = this.#not;
    const enclosing = this.#atom;
    const atom = (this.#atom = new AtomDraft());
    try {
      this.OR((this.#atomAlternatives ??= [
        {
          ALT: () => {
            this.#atom.lparen = this.CONSUME(t.LParen);
            this.#conditionOwner = this.#atom;
            this.SUBRULE(this.condition);
            this.#atom.rparen = this.CONSUME(t.RParen);
          },
        },
        {
          ALT: () => {
            this.#atom.first = this.CONSUME(t.Name);
            this.OR2((this.#atomTailAlternatives ??= [
              {
                ALT: () => {
                  this.#atom.dot = this.CONSUME(t.Dot);
                  this.#atom.member = this.CONSUME2(t.Name);
                  this.OPTION4(() => {
                    this.CONSUME2(t.Dot);
                    this.#atom.key = this.CONSUME4(t.Name);
                  });
                  this.OPTION(() => {
                    this.#atom.compared = true;
                    this.#atom.op = this.SUBRULE(this.compareOp);
                    this.#atom.value = this.SUBRULE(this.value);
                  });
                },
              },
              {
                ALT: () => {
                  this.OPTION2(() => {
                    this.#atom.second = this.CONSUME3(t.Name);
                  });
                  this.OPTION3(() => {
                    this.#atom.counted = true;
                    this.#atom.count = this.SUBRULE(this.count);
                  });
                },
              },
            ]));
          },
        },
      ]));
    } finally {
      this.#atom = enclosing;
      if (!this.RECORDING_PHASE) not.atom = this.#build.atom(atom);
    }
  });

  count = this.RULE('count', () => {
    const n = this.CONSUME(t.NumberLit);
    this.CONSUME(t.Times);
    this.CONSUME(t.Within);
    const window = this.CONSUME(t.Duration);
    return this.RECORDING_PHASE ? undefined : this.#build.count(n, window);
  });

  compareOp = this.RULE('compareOp', () =>
    this.OR((this.#compareOpAlternatives ??= [
      { ALT: () => this.CONSUME(t.Equals) },
      { ALT: () => this.CONSUME(t.NotEquals) },
      { ALT: () => this.CONSUME(t.LessEquals) },
      { ALT: () => this.CONSUME(t.Less) },
      { ALT: () => this.CONSUME(t.GreaterEquals) },
      { ALT: () => this.CONSUME(t.Greater) },
    ])),
  );

  value = this.RULE('value', () =>
    this.OR((this.#valueAlternatives ??= [
      { ALT: () => this.CONSUME(t.NumberLit) },
      { ALT: () => this.CONSUME(t.Duration) },
      { ALT: () => this.CONSUME(t.StringLit) },
      { ALT: () => this.CONSUME(t.Name) },
    ])),
  );

  ladder = this.RULE('ladder', () => {
    const clause = this.#clause;
    const ladder = (this.#ladder = new LadderDraft());
    try {
      this.AT_LEAST_ONE_SEP((this.#stepsRepeat ??= { SEP: t.Then, DEF: () => this.SUBRULE(this.step) }));
    } finally {
      if (!this.RECORDING_PHASE) clause.ladder = this.#build.ladder(ladder);
    }
  });

  /** One rung: an action and its alternatives, `warn or escalate to supervisor`. */
  step = this.RULE('step', () => {
    const ladder = this.#ladder;
    const step = (this.#step = new StepDraft());
    try {
      this.AT_LEAST_ONE_SEP((this.#choicesRepeat ??= { SEP: t.Or, DEF: () => this.SUBRULE(this.choice) }));
    } finally {
      const built = this.RECORDING_PHASE ? undefined : this.#build.step(step);
      if (built) ladder.steps.push(built);
    }
  });

  choice = this.RULE('choice', () => {
    const step = this.#step;
    const choice = (this.#modifierOwner = new ChoiceDraft());
    try {
      choice.action = this.CONSUME(t.Name);
      this.MANY((this.#modifiersRepeat ??= () => this.SUBRULE(this.modifier)));
    } finally {
      const built = this.RECORDING_PHASE ? undefined : this.#build.choice(choice);
      if (built && step.first) step.alternatives.push(built);
      else if (built) step.first = built;
    }
  });

  /**
   * The details of a step or a duty, in any order; `AstBuilder.modifiers`
   * reports the ones a duty cannot take and repeats, so a misplaced one costs
   * one diagnostic.
   */
  modifier = this.RULE('modifier', () => {
    const owner = this.#modifierOwner;
    const modifier = (this.#modifier = new ModifierDraft());
    modifier.before = this.LA(0);
    try {
      this.OR((this.#modifierAlternatives ??= [
        { ALT: () => this.#modifier.says('immediately', this.CONSUME(t.Immediately)) },
        {
          ALT: () => {
            this.CONSUME(t.Via);
            this.#modifier.says('via', this.CONSUME(t.Name));
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.Within);
            this.#modifier.says('within', this.CONSUME(t.Duration));
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.To);
            this.#modifier.says('to', this.CONSUME2(t.Name));
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.With);
            this.#modifier.says('with', this.CONSUME3(t.Name));
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.By);
            this.#modifier.says('by', this.CONSUME4(t.Name));
          },
        },
        {
          ALT: () => {
            this.OPTION(() => this.CONSUME(t.Comma));
            this.CONSUME(t.Up);
            this.CONSUME2(t.To);
            this.#modifier.upTo = this.CONSUME(t.NumberLit);
            this.OR2((this.#upToAlternatives ??= [
              { ALT: () => this.#modifier.says('up to ... times', this.CONSUME(t.Times)) },
              {
                ALT: () => {
                  this.#modifier.says('up to ... per', this.CONSUME(t.Per));
                  this.#modifier.period = this.CONSUME5(t.Name);
                },
              },
            ]));
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.For);
            this.#modifier.says('for', this.CONSUME2(t.Duration));
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.Between);
            this.#modifier.says('between', this.CONSUME(t.TimeLit));
            this.CONSUME(t.And);
            this.#modifier.until = this.CONSUME2(t.TimeLit);
          },
        },
        {
          ALT: () => {
            this.OPTION2(() => this.CONSUME2(t.Comma));
            this.CONSUME(t.Approved);
            this.CONSUME2(t.By);
            this.AT_LEAST_ONE_SEP({ SEP: t.And, DEF: () => this.#modifier.approver(this.CONSUME6(t.Name)) });
          },
        },
      ]));
    } finally {
      // A step's or duty's span covers every token its modifiers read,
      // separators included, which chevrotain reads itself.
      modifier.last = this.LA(0);
      if (!this.RECORDING_PHASE) (owner.modifiers ??= []).push(modifier);
    }
  });

  duty = this.RULE('duty', () => {
    const clause = this.#clause;
    const duty = (this.#modifierOwner = new DutyDraft());
    try {
      duty.name = this.CONSUME(t.Name);
      this.OPTION(() => {
        duty.target = this.CONSUME2(t.Name);
      });
      this.MANY((this.#dutyModifiersRepeat ??= {
        // A comma ends the duty unless it starts `, up to ...` or `, approved by ...`.
        GATE: () => !tokenMatcher(this.LA(1), t.Comma) || tokenMatcher(this.LA(2), t.Up) || tokenMatcher(this.LA(2), t.Approved),
        DEF: () => this.SUBRULE(this.modifier),
      }));
    } finally {
      const built = this.RECORDING_PHASE ? undefined : this.#build.duty(duty);
      if (built) clause.duties.push(built);
    }
  });
}

let parser: PolicyParser | undefined;

/**
 * Parses a token vector as a policy file, building its syntax tree with
 * `build`; chevrotain's errors and the unknown words are left to `parse` to
 * report.
 */
export function parseTokens(tokens: IToken[], build: AstBuilder): ParsedTokens {
  parser ??= new PolicyParser();
  return parser.read(tokens, build);
}
