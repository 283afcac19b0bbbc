/**
 * Styles one padded body cell: `row` indexes the body rows (not the header),
 * `column` the columns. Applied after padding, so colour codes do not count
 * towards the width.
 */
export type CellStyle = (padded: string, row: number, column: number) => string;

import stringWidth from 'string-width';

/** The columns `text` takes on a terminal: two for Japanese, Korean and Chinese characters and most emoji. */
export function width(text: string): number {
  return stringWidth(text);
}

/**
 * Renders `header` and `rows` as an aligned table: columns padded to their
 * widest cell (in terminal columns), two spaces apart, each line trimmed at
 * the end and ended by a newline.
 */
export function alignTable(header: readonly string[], rows: readonly (readonly string[])[], style?: CellStyle): string {
  const all = [header, ...rows];
  // A loop, not Math.max(...cells): spreading 120,000 rows overflows the call stack.
  const widths = header.map((_, k) => {
    let widest = 0;
    for (const r of all) widest = Math.max(widest, width(r[k] ?? ''));
    return widest;
  });
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
