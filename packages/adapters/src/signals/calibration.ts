/**
 * What the transcript detector's confidences mean, the same for every
 * behaviour and language, so a policy's threshold reads as a decision:
 *
 * - **0.9 and above**: unambiguous and aimed at the agent ("fuck you",
 *   "I'm going to kill you", a slur). Zero-tolerance thresholds sit here.
 * - **0.7 to 0.9**: a clear instance a careful reviewer would label
 *   ("This is bullshit.", "you're useless", "your kids will pay for this").
 *   Threats that end a call at once are worded at 0.8 or more; veiled
 *   warnings ("you'd better be careful") at 0.75, so a `threshold threat 0.8`
 *   waits for an unambiguous one.
 * - **0.5 to 0.7**: likely but context-dependent ("!!!" alone, "bloody" aimed
 *   at someone); counted only by policies that ask for it.
 * - **under 0.5**: a hint only, e.g. a mild word at a thing ("this damn
 *   printer", 0.3), or anything negated (×0.2), reported or quoted (×0.3)
 *   or marked as a joke (×0.5).
 */
export const CALIBRATED_THRESHOLD = 0.7;
