/** A 1-based line and column. Columns count Unicode code points. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * The text of one policy file and the name it is shown under (usually its
 * path). A leading byte-order mark is dropped; offsets count from after it.
 */
export class Source {
  readonly body: string;
  readonly name: string;
  #lineStarts: number[] | undefined;

  constructor(body: string, name = 'policy') {
    this.body = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
    this.name = name;
  }

  /** The line and column of an offset. `\r\n`, `\n` and `\r` all end a line. */
  position(offset: number): Position {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = starts[lo]!;
    const column = [...this.body.slice(lineStart, offset)].length + 1;
    return { line: lo + 1, column };
  }

  /** The text of a 1-based line, without its line break. */
  line(line: number): string {
    const starts = this.lineStarts();
    const start = starts[line - 1];
    if (start === undefined) return '';
    const next = starts[line] ?? this.body.length;
    return this.body.slice(start, next).replace(/\r?\n$|\r$/, '');
  }

  /** The offsets a 1-based line runs between, without its line break; an empty range at the end for a line past the last. */
  lineRange(line: number): { readonly start: number; readonly end: number } {
    const start = this.lineStarts()[line - 1] ?? this.body.length;
    return { start, end: start + this.line(line).length };
  }

  private lineStarts(): number[] {
    if (this.#lineStarts) return this.#lineStarts;
    const starts = [0];
    const body = this.body;
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (body.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.#lineStarts = starts;
    return starts;
  }
}
