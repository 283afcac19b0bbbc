/** "Did you mean" for names written in test files, with the policy checker's suggestions. */
import { suggest } from '@callguard/dsl';

/** ` (did you mean "x"?)`, or nothing when no candidate is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const near = suggest(word, candidates);
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
}
