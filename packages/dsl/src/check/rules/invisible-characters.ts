/**
 * `check/invisible-character` (warning): a control, bidirectional or
 * zero-width character in the file. In strings and comments the lexer accepts
 * them, so a script could carry a terminal escape sequence to every agent's
 * screen, or a comment could make the text a reviewer reads differ from what
 * the engine runs (Trojan Source). Outside strings and comments they are
 * already `parse/unknown-character`.
 */
import type { CheckContext } from '../context.js';

/** Tab, line feed and carriage return are layout, not hidden content. */
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
/** Reported per file at most; the first ones are enough to find the rest. */
const MAX_REPORTED = 10;

export function invisibleCharacters(ctx: CheckContext): void {
  const { source } = ctx;
  HIDDEN.lastIndex = 0;
  let reported = 0;
  for (let m = HIDDEN.exec(source.body); m && reported < MAX_REPORTED; m = HIDDEN.exec(source.body)) {
    // A byte-order mark at the very start is how some editors save UTF-8.
    if (m.index === 0 && m[0] === '\ufeff') continue;
    const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    ctx.warning('check/invisible-character', `invisible character U+${code} in the file`, { source, start: m.index, end: m.index + m[0].length }, {
      help: 'delete it: it can hide or reorder text for readers, or act on the terminal of whoever reads it',
    });
    reported++;
  }
}
