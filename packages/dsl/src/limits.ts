/**
 * The limits that keep every phase bounded on hostile input (docs/limits.md).
 * Each is far above what a real policy needs; crossing one is a located
 * diagnostic, never a stack overflow, a hang or unbounded memory.
 */

/** The largest policy file parsed, in UTF-16 code units (4 Mi; a 10,000-rule policy is about 1.8 Mi). */
export const MAX_POLICY_CHARS = 4 * 1024 * 1024;
/** How deep parentheses and `not` may nest in a condition (docs/grammar.md). */
export const MAX_DEPTH = 64;
/** Rules (`rule` and `on` blocks) in one file. */
export const MAX_RULES = 10_000;
/** Groups in one file. */
export const MAX_GROUPS = 1_000;
/** How deep groups may include other groups. */
export const MAX_GROUP_DEPTH = 32;
/** How many bases a chain of `extends` may have. */
export const MAX_EXTENDS_DEPTH = 16;
/** Characters of a line shown in a code frame; longer lines are cut around the span. */
export const MAX_FRAME_WIDTH = 160;
/** Atoms (behaviours and field comparisons) in one rule's condition. */
export const MAX_CONDITION_ATOMS = 1_000;
/**
 * Distinct (speaker, behaviour) pairs the conditions of one policy read,
 * bases included: the engine keeps an utterance's detections in one 32-bit
 * word. Built-in behaviours alone make at most 24.
 */
export const MAX_DETECTED_BEHAVIOURS = 32;
