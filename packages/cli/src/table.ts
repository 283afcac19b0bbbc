/**
 * Styles one padded body cell: `row` indexes the body rows (not the header),
 * `column` the columns. Applied after padding, so colour codes do not count
 * towards the width.
 */
export type CellStyle = (padded: string, row: number, column: number) => string;

/** The width of `text` in code points. */
function width(text: string): number {
  return [...text].length;
}

/**
 * Renders `header` and `rows` as an aligned table: columns padded to their
 * widest cell (in code points), two spaces apart, each line trimmed at the
 * end and ended by a newline.
 */
export function alignTable(header: readonly string[], rows: readonly (readonly string[])[], style?: CellStyle): string {
  const all = [header, ...rows];
  const widths = header.map((_, k) => Math.max(...all.map((r) => width(r[k] ?? ''))));
  const line = (r: readonly string[], i: number) =>
    widths
      .map((w, k) => {
        const cell = r[k] ?? '';
        const padded = cell + ' '.repeat(w - width(cell));
        return style && i > 0 ? style(padded, i - 1, k) : padded;
      })
      .join('  ')
      .trimEnd();
  return `${all.map(line).join('\n')}\n`;
}
