/**
 * Attaches `#` comments to the lines the formatter writes, so that none is
 * lost. The printer cuts the source into slots, one per printed line (an
 * item, a rule's `when`, each ladder step, a closing brace, the end of the
 * file), and each comment goes to the nearest slot by offset: it trails the
 * slot it follows on the same line, and otherwise leads the slot it falls
 * inside or precedes.
 */
import type { Comment } from './ast.js';

/** A stretch of source that the printer writes as one line. */
export interface Slot {
  readonly start: number;
  readonly end: number;
  /** Comments printed on their own lines above the slot's line. */
  readonly leading: Comment[];
  /** A comment printed at the end of the slot's line. */
  trailing: Comment | undefined;
}

/** An empty slot for the source range `[start, end)`. */
export function slot(start: number, end: number): Slot {
  return { start, end, leading: [], trailing: undefined };
}

/**
 * Fills in the slots' comments. `slots` are in source order, do not overlap,
 * and end with a slot at the end of the file, so every comment has a home.
 */
export function attachComments(comments: readonly Comment[], slots: readonly Slot[], body: string): void {
  const sorted = [...comments].sort((a, b) => a.span.start - b.span.start);
  let next = 0;
  for (const comment of sorted) {
    const at = comment.span.start;
    while (next < slots.length - 1 && slots[next]!.end <= at) next++;
    const before = slots[next - 1];
    const after = slots[next]!;
    // A comment inside a slot (say, mid-condition) cannot stay mid-line.
    const inside = after.start < at && at < after.end;
    if (before && !before.trailing && !inside && !/[\r\n]/.test(body.slice(before.end, at))) before.trailing = comment;
    else after.leading.push(comment);
  }
}
