import { pattern } from 'obscenity';

// Racial and ethnic slurs that obscenity's English dataset lacks, written in
// obscenity's pattern syntax so its leetspeak and confusable-character
// transformers apply to them too ("sp1c", "g00k"). Kept to the few that came
// up in contact-center abuse reports; the dataset covers the rest. `|` marks
// a word boundary: it keeps "Pakistan" and "spicy" out.
export const EXTRA_SLUR_PHRASES = [
  pattern`|spic|`,
  pattern`|spics|`,
  pattern`wetback`,
  pattern`|paki|`,
  pattern`|pakis|`,
  pattern`raghead`,
  pattern`|gook|`,
  pattern`|gooks|`,
  // The dataset has the unspaced form only.
  pattern`ching chong`,
];
