/**
 * `parse`: text to syntax tree plus diagnostics. It never throws: lexer and
 * parser errors become diagnostics, capped so hostile input cannot flood the
 * output, and parentheses nested too deep are cut out before the parser sees
 * them so it cannot overflow the stack.
 */
import { EOF, tokenMatcher } from 'chevrotain';
import type { IToken } from 'chevrotain';
import type { PolicyFile } from './ast.js';
import { AstBuilder } from './ast-builder.js';
import { diagnostic, sortDiagnostics } from './diagnostic.js';
import type { Diagnostic } from './diagnostic.js';
import { didYouMean } from './check/suggest.js';
import { quote, splitMessage, unknownWordMessage } from './error-messages.js';
import { parseTokens } from './grammar/parser.js';
import { Source } from './source.js';
import type { Span } from './span.js';
import { MAX_DEPTH, MAX_POLICY_CHARS } from './limits.js';
import * as t from './tokens.js';

/** The result of {@link parse}: a tree (possibly partial) and what is wrong with the text. */
export interface ParseResult {
  readonly ast: PolicyFile;
  readonly diagnostics: Diagnostic[];
}

/** Diagnostics kept per file; one more says the rest were dropped. */
export const MAX_DIAGNOSTICS = 100;
export { MAX_DEPTH };

/**
 * Parses one policy file. `text` may be a {@link Source} or a string, shown
 * under `options.name`. Never throws on any input.
 */
export function parse(text: string | Source, options: { name?: string } = {}): ParseResult {
  const source = typeof text === 'string' ? new Source(text, options.name) : text;
  let diagnostics: Diagnostic[] = [];
  let ast: PolicyFile;
  try {
    ast = parseSource(source, diagnostics);
  } catch (error) {
    // A bug, not the author's mistake: say so rather than crash the caller.
    ast = { kind: 'PolicyFile', policy: undefined, comments: [], span: { source, start: 0, end: source.body.length } };
    diagnostics = [
      diagnostic('parse/internal-error', 'error', `the parser failed: ${String(error).split('\n')[0]}`, {
        source,
        start: 0,
        end: Math.min(1, source.body.length),
      }),
    ];
  }
  return { ast, diagnostics: cap(sortDiagnostics(diagnostics)) };
}

function parseSource(source: Source, diagnostics: Diagnostic[]): PolicyFile {
  const span = (start: number, end: number): Span => ({ source, start, end });
  const reportRuns = (runs: readonly { offset: number; length: number }[]): void => {
    for (const run of runs) {
      const chars = source.body.slice(run.offset, run.offset + run.length);
      diagnostics.push(
        diagnostic(
          'parse/unknown-character',
          'error',
          `unexpected ${[...chars].length === 1 ? 'character' : 'characters'} ${quote(chars)}`,
          span(run.offset, run.offset + run.length),
          withHelp(characterHelp(chars)),
        ),
      );
    }
  };

  // Lexing and parsing are linear, but not free: a file far larger than any
  // policy is refused before they start.
  if (source.body.length > MAX_POLICY_CHARS) {
    diagnostics.push(
      diagnostic('parse/too-large', 'error', `the file is larger than ${MAX_POLICY_CHARS / (1024 * 1024)} MiB, more than any policy needs`, span(MAX_POLICY_CHARS, MAX_POLICY_CHARS + 1), {
        help: 'split the policy, or check that this is the file you meant',
      }),
    );
    return new AstBuilder(source, diagnostics).file(undefined, []);
  }

  // Binary data: more control characters than can be reported is no policy,
  // and not worth lexing.
  const controls = controlRuns(source.body);
  if (controls.length > MAX_DIAGNOSTICS) {
    reportRuns(controls);
    return new AstBuilder(source, diagnostics).file(undefined, []);
  }

  const lexed = t.tokenize(source.body);
  const comments = lexed.groups['comments'] ?? [];
  // Only the first runs can survive the cap, so hostile input costs no more.
  // (The `Unknown` token matches what no other token does; the lexer's own
  // errors are a fallback.)
  reportRuns([
    ...(lexed.groups['unknown'] ?? [])
      .slice(0, MAX_DIAGNOSTICS + 1)
      .map((token) => ({ offset: token.startOffset, length: token.image.length })),
    ...lexed.errors.slice(0, MAX_DIAGNOSTICS + 1),
  ]);
  // Indexed loops over the tokens: `for...of` cost an iterator result per token here.
  for (let i = 0; i < lexed.tokens.length; i++) {
    const token = lexed.tokens[i]!;
    if (token.tokenType === t.UnterminatedString) {
      diagnostics.push(
        diagnostic('parse/unterminated-string', 'error', 'this string has no closing `"` on its line', tokenSpan(source, token), {
          help: 'end the string with `"` before the end of the line; write a line break as `\\n`',
        }),
      );
    } else if (token.tokenType === t.WrongQuotesString) {
      diagnostics.push(
        diagnostic('parse/wrong-quotes', 'error', `strings need straight double quotes, found ${quote(token.image)}`, tokenSpan(source, token), {
          help: 'write `"` around the text, not curly or single quotes',
        }),
      );
    }
  }

  if (lexed.tokens.length === 0) {
    const end = source.body.length;
    diagnostics.push(
      diagnostic('parse/empty', 'error', 'the file has no policy', span(end, end), {
        help: 'a policy file starts with `policy "name" {` and ends with `}`',
      }),
    );
    return new AstBuilder(source, diagnostics).file(undefined, comments);
  }

  const { tokens, cuts } = cutDeepNesting(cutDeepNots(lexed.tokens, source, diagnostics), source, diagnostics);
  const builder = new AstBuilder(source, diagnostics);
  const { policy, sawPolicy, errors, unknownWords } = parseTokens(tokens, builder);
  let lastOffset = -1;
  const reported = new Set<number>();
  for (const error of errors) {
    const { token } = error;
    const start = Number.isNaN(token.startOffset) || tokenMatcher(token, EOF) ? source.body.length : token.startOffset;
    // Recovery can report the same spot twice (say `}` missing for a rule and its policy); the first says it.
    if (start === lastOffset || cuts.some(([from, to]) => start >= from && start <= to)) continue;
    lastOffset = start;
    reported.add(start);
    const { message, help } = sawPolicy ? splitMessage(error.message) : noPolicyMessage(token);
    diagnostics.push(
      diagnostic('parse/syntax', 'error', message, tokenSpanAt(source, token, start), withHelp(help)),
    );
  }
  for (const { token, group } of unknownWords) {
    // A word the parser already complained about, skipped while recovering.
    if (reported.has(token.startOffset)) continue;
    const { message, help } = splitMessage(unknownWordMessage(token, group));
    diagnostics.push(diagnostic('parse/syntax', 'error', message, tokenSpan(source, token), withHelp(help)));
  }
  return builder.file(policy, comments);
}

// C0 and C1 controls other than tab and line breaks, and U+FFFD, which
// decoding puts in place of bytes that are not UTF-8.
const CONTROL_RUN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]+/g;

/** The first runs of control characters, up to one more than can be reported. */
function controlRuns(body: string): { offset: number; length: number }[] {
  const runs: { offset: number; length: number }[] = [];
  CONTROL_RUN.lastIndex = 0;
  for (let m = CONTROL_RUN.exec(body); m && runs.length <= MAX_DIAGNOSTICS; m = CONTROL_RUN.exec(body)) {
    runs.push({ offset: m.index, length: m[0].length });
  }
  return runs;
}

function noPolicyMessage(token: IToken): { message: string; help: string | undefined } {
  const hint = tokenMatcher(token, t.Name) ? didYouMean(token.image, ['policy']) : undefined;
  return {
    message: `expected \`policy\` at the start of the file, found ${quote(token.image)}`,
    help: hint ?? 'a policy file starts with `policy "name" {` and ends with `}`',
  };
}

function withHelp(help: string | undefined): { help?: string } {
  return help === undefined ? {} : { help };
}

function characterHelp(chars: string): string | undefined {
  if (chars.includes(';')) return 'lines need no `;`';
  if (chars.includes('\u00a0')) return 'a non-breaking space was pasted in; use an ordinary space';
  return undefined;
}

function tokenSpan(source: Source, token: IToken): Span {
  return { source, start: token.startOffset, end: token.startOffset + token.image.length };
}

function tokenSpanAt(source: Source, token: IToken, start: number): Span {
  return start >= source.body.length ? { source, start, end: start } : tokenSpan(source, token);
}

/**
 * Cuts each parenthesised group that nests deeper than {@link MAX_DEPTH} out
 * of the token list, with a `parse/too-deep` at its first too-deep `(`.
 * Returns the offsets `[from, to]` of each cut, where the parser's complaints
 * about the hole are not worth reporting.
 */
function cutDeepNesting(
  tokens: IToken[],
  source: Source,
  diagnostics: Diagnostic[],
): { tokens: IToken[]; cuts: [number, number][] } {
  // Nearly every policy nests shallowly: then nothing is cut and the tokens
  // need not be copied.
  if (maxDepth(tokens) <= MAX_DEPTH) return { tokens, cuts: [] };
  const cuts: [number, number][] = [];
  const kept: IToken[] = [];
  let depth = 0;
  let groupStart = 0; // index in `kept` of the outermost `(` of the current group
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.tokenType === t.LParen) {
      if (depth === 0) groupStart = kept.length;
      depth++;
      if (depth > MAX_DEPTH) {
        diagnostics.push(
          diagnostic('parse/too-deep', 'error', `parentheses nest more than ${MAX_DEPTH} deep`, tokenSpan(source, token), {
            help: 'simplify the condition; `and` binds tighter than `or`, so fewer parentheses are needed',
          }),
        );
        i = endOfGroup(tokens, i, depth);
        const from = kept[groupStart]?.startOffset ?? token.startOffset;
        kept.length = groupStart;
        cuts.push([from, tokens[i + 1]?.startOffset ?? source.body.length]);
        depth = 0;
        continue;
      }
    } else if (token.tokenType === t.RParen && depth > 0) {
      depth--;
    } else if (!CONDITION_TOKENS.has(token.tokenType)) {
      depth = 0; // a group cut short by a missing `)` ends with its condition
    }
    kept.push(token);
  }
  return { tokens: cuts.length === 0 ? tokens : kept, cuts };
}

/**
 * Drops the `not`s that would nest a condition more than {@link MAX_DEPTH}
 * deep, counting each `not` and each enclosing `(` as a level, with a
 * `parse/too-deep` at the first one dropped in each condition. Without this,
 * `not not not ...` thousands long overflows the stack of every phase that
 * walks the condition.
 */
function cutDeepNots(tokens: IToken[], source: Source, diagnostics: Diagnostic[]): IToken[] {
  const dropped = new Set<number>();
  const opened: number[] = []; // levels each open `(` added, including the `not`s just before it
  let depth = 0;
  let run = 0; // `not`s just read, not yet followed by what they negate
  let reported = false;
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens[i]!.tokenType;
    if (type === t.Not) {
      if (depth + run + 1 <= MAX_DEPTH) run++;
      else {
        dropped.add(i);
        if (!reported) {
          diagnostics.push(
            diagnostic('parse/too-deep', 'error', `\`not\` and parentheses nest more than ${MAX_DEPTH} deep`, tokenSpan(source, tokens[i]!), {
              help: 'two `not`s cancel out; simplify the condition',
            }),
          );
          reported = true;
        }
      }
    } else if (type === t.LParen) {
      opened.push(run + 1);
      depth += run + 1;
      run = 0;
    } else if (type === t.RParen) {
      depth -= opened.pop() ?? 0;
      run = 0;
    } else {
      run = 0;
      if (!CONDITION_TOKENS.has(type)) {
        // A condition ends here: the next one starts from the top.
        depth = 0;
        opened.length = 0;
        reported = false;
      }
    }
  }
  return dropped.size === 0 ? tokens : tokens.filter((_, i) => !dropped.has(i));
}

/** The deepest nesting {@link cutDeepNesting} sees, counting as it does (until the first cut). */
function maxDepth(tokens: readonly IToken[]): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.tokenType === t.LParen) max = Math.max(max, ++depth);
    else if (token.tokenType === t.RParen && depth > 0) depth--;
    else if (!CONDITION_TOKENS.has(token.tokenType)) depth = 0;
  }
  return max;
}

/** The index of the last token of the group that is `depth` deep at `i`. */
function endOfGroup(tokens: IToken[], i: number, depth: number): number {
  let j = i + 1;
  for (; j < tokens.length; j++) {
    const type = tokens[j]!.tokenType;
    if (!CONDITION_TOKENS.has(type)) return j - 1;
    if (type === t.LParen) depth++;
    else if (type === t.RParen && --depth === 0) return j;
  }
  return j - 1;
}

/** Tokens that can appear inside a condition. */
const CONDITION_TOKENS = new Set([
  t.LParen, t.RParen, t.Name, t.Dot, t.And, t.Or, t.Not, t.NumberLit, t.Duration, t.StringLit,
  t.UnterminatedString, t.WrongQuotesString, t.Times, t.Within, t.Equals, t.NotEquals, t.Less,
  t.LessEquals, t.Greater, t.GreaterEquals,
]);

function cap(list: Diagnostic[]): Diagnostic[] {
  if (list.length <= MAX_DIAGNOSTICS) return list;
  const next = list[MAX_DIAGNOSTICS]!;
  return [
    ...list.slice(0, MAX_DIAGNOSTICS),
    diagnostic('parse/too-many-errors', 'error', `more than ${MAX_DIAGNOSTICS} problems; the rest are not shown`, next.span, {
      help: 'fix the first problems and check again',
    }),
  ];
}
