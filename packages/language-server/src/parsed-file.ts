/**
 * One policy file as the server knows it: its text, the syntax tree, and
 * the conversions between the dsl's offsets and the protocol's line and
 * character positions (both count UTF-16 units).
 */
import { parse, Source } from '@callguard/dsl';
import type { Diagnostic, PolicyFile, Span } from '@callguard/dsl';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver';

/** The language id of policy files, in the protocol and in VS Code. */
export const LANGUAGE_ID = 'callguard-policy';

/** A policy file and its syntax tree; immutable (an edit makes a new one). */
export class ParsedFile {
  readonly document: TextDocument;
  readonly source: Source;
  #parsed: { ast: PolicyFile; diagnostics: readonly Diagnostic[] } | undefined;
  /** Offsets in the tree count from after a byte-order mark; the document's count it. */
  readonly #shift: number;

  /** `name` is the file's path (or its URI when it has none): diagnostics and `extends` use it. */
  constructor(
    readonly uri: string,
    readonly name: string,
    text: string,
    version: number,
  ) {
    this.document = TextDocument.create(uri, LANGUAGE_ID, version, text);
    this.source = new Source(text, name);
    this.#shift = text.length - this.source.body.length;
  }

  /** The syntax tree, parsed on first use (edits arrive faster than anyone asks). */
  get ast(): PolicyFile {
    return this.#parse().ast;
  }

  /** True once the tree has been built. */
  get parsed(): boolean {
    return this.#parsed !== undefined;
  }

  /** What the parser found wrong. */
  get parseDiagnostics(): readonly Diagnostic[] {
    return this.#parse().diagnostics;
  }

  #parse(): { ast: PolicyFile; diagnostics: readonly Diagnostic[] } {
    this.#parsed ??= parse(this.source);
    return this.#parsed;
  }

  get text(): string {
    return this.document.getText();
  }

  get version(): number {
    return this.document.version;
  }

  /** The protocol range of a span of this file. */
  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  /** The protocol position of an offset into the source body. */
  position(offset: number): Position {
    return this.document.positionAt(offset + this.#shift);
  }

  /** The source-body offset of a protocol position. */
  offset(position: Position): number {
    return Math.max(0, this.document.offsetAt(position) - this.#shift);
  }
}
