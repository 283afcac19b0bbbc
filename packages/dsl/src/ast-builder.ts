/**
 * What every construct's builder (`grammar/<construct>.ts`) makes nodes
 * with: spans, leaves (names, numbers, strings ...) and the syntax problems
 * found while building. A draft may be partial after error recovery: an item
 * missing a required part is left out rather than given an invented name,
 * and tokens the parser inserted to recover are treated as missing
 * ({@link real}).
 *
 * Syntax problems found here (a repeated clause, a duty with a step's
 * modifier, a bad escape) are held until the parser keeps the item they are
 * in (`commit`): the parser may still abandon it, or find it to be a repeated
 * clause or a rule without a name, and then what it reported goes too.
 */
import type { IToken } from 'chevrotain';
import type * as ast from './ast.js';
import { diagnostic } from './diagnostic.js';
import type { Diagnostic } from './diagnostic.js';
import { durationMs } from './duration.js';
import type { Source } from './source.js';
import type { Span } from './span.js';
import * as t from './tokens.js';

type Part = IToken | { readonly span: Span } | undefined;

function isToken(part: IToken | { readonly span: Span }): part is IToken {
  return 'image' in part;
}

/** The token, unless the parser made it up to recover. */
export function real(token: IToken | undefined): IToken | undefined {
  return token && !token.isInsertedInRecovery ? token : undefined;
}

/** The tokens the parser really read. */
export function realTokens(tokens: readonly IToken[]): IToken[] {
  return tokens.filter((token) => !token.isInsertedInRecovery);
}

/** The offset just after `token`. */
export function endOf(token: IToken): number {
  return token.startOffset + token.image.length;
}

/** Builds the nodes of one file. */
export class AstBuilder {
  /** Diagnostics of the item being built, until it is kept. */
  readonly #pending: Diagnostic[] = [];

  constructor(
    readonly source: Source,
    private readonly diagnostics: Diagnostic[],
  ) {}

  // --- held diagnostics -----------------------------------------------------

  /** Where the diagnostics of what is built next will start. */
  mark(): number {
    return this.#pending.length;
  }

  /** Drops the diagnostics raised since `mark`. */
  rollback(mark: number): void {
    this.#pending.length = mark;
  }

  /** Keeps the diagnostics raised so far: their item is in the tree. */
  commit(): void {
    for (const d of this.#pending) this.diagnostics.push(d);
    this.#pending.length = 0;
  }

  /** Holds a `parse/syntax` error at `token` until the item is kept. */
  syntax(token: IToken, message: string, help: string): void {
    this.#pending.push(diagnostic('parse/syntax', 'error', message, this.span(token), { help }));
  }

  // --- spans and leaves -----------------------------------------------------

  span(token: IToken): Span {
    return { source: this.source, start: token.startOffset, end: endOf(token) };
  }

  /** The span from the first to the last of the parts that are present. */
  cover(...parts: Part[]): Span {
    let start = Infinity;
    let end = -Infinity;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (part === undefined) continue;
      let partStart: number;
      let partEnd: number;
      if (isToken(part)) {
        partStart = part.startOffset;
        partEnd = endOf(part);
      } else {
        partStart = part.span.start;
        partEnd = part.span.end;
      }
      start = Math.min(start, partStart);
      end = Math.max(end, partEnd);
    }
    return { source: this.source, start, end };
  }

  /** The span covering `span` and every node of `list`, without gathering them into one array for {@link cover}. */
  coverWith(span: Span, list: readonly { readonly span: Span }[] | undefined): Span {
    if (list === undefined || list.length === 0) return span;
    let start = span.start;
    let end = span.end;
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!.span;
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
    return { source: this.source, start, end };
  }

  name(token: IToken): ast.Name;
  name(token: IToken | undefined): ast.Name | undefined;
  name(token: IToken | undefined): ast.Name | undefined {
    return token && { kind: 'Name', value: token.image, span: this.span(token) };
  }

  number(token: IToken | undefined): ast.NumberLiteral | undefined {
    return token && { kind: 'Number', value: Number(token.image), raw: token.image, span: this.span(token) };
  }

  duration(token: IToken | undefined): ast.DurationLiteral | undefined {
    return token && { kind: 'Duration', raw: token.image, ms: durationMs(token.image), span: this.span(token) };
  }

  date(token: IToken | undefined): ast.DateLiteral | undefined {
    return token && { kind: 'Date', raw: token.image, span: this.span(token) };
  }

  time(token: IToken | undefined): ast.TimeLiteral | undefined {
    return token && { kind: 'Time', raw: token.image, span: this.span(token) };
  }

  /** Names for the tokens that were really read. */
  names(tokens: readonly IToken[]): ast.Name[] {
    return realTokens(tokens).map((token) => this.name(token));
  }

  text(token: IToken | undefined): ast.Text | undefined {
    return token && { kind: 'Text', value: this.decode(token), span: this.span(token) };
  }

  /** Decodes a string's escapes, reporting bad ones. Wrong or missing quotes were reported by `parse`. */
  private decode(token: IToken): string {
    const raw = token.image;
    const closed = token.tokenType !== t.UnterminatedString;
    const body = raw.slice(1, closed ? -1 : undefined);
    if (!body.includes('\\')) return body;
    const base = token.startOffset + 1;
    return body.replace(/\\(u\{([0-9A-Fa-f]{1,6})\}|[^])?/g, (escape: string, what: string | undefined, hex: string | undefined, at: number) => {
      if (what === '"') return '"';
      if (what === '\\') return '\\';
      if (what === 'n') return '\n';
      if (what === 't') return '\t';
      if (hex !== undefined && parseInt(hex, 16) <= 0x10ffff) return String.fromCodePoint(parseInt(hex, 16));
      this.#pending.push(
        diagnostic(
          'parse/invalid-escape',
          'error',
          `unknown escape ${'`'}${escape}${'`'} in a string`,
          { source: this.source, start: base + at, end: base + at + Math.max(escape.length, 1) },
          { help: 'the escapes are `\\"`, `\\\\`, `\\n`, `\\t` and `\\u{1F600}`' },
        ),
      );
      return escape;
    });
  }

  // --- the file ---------------------------------------------------------------

  file(policy: ast.Policy | undefined, comments: readonly IToken[]): ast.PolicyFile {
    return {
      kind: 'PolicyFile',
      policy,
      comments: comments.map((c) => ({ kind: 'Comment', text: c.image.slice(1), span: this.span(c) })),
      span: { source: this.source, start: 0, end: this.source.body.length },
    };
  }
}
