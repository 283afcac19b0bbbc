/** Policy text for the analysis tests, checked or failing with its diagnostics. */
import { checkText } from '@callguard/dsl';
import type { CheckedPolicy } from '@callguard/dsl';

/** The checked policy in `text`; throws the diagnostics' messages when it does not check. */
export function checked(text: string): CheckedPolicy {
  const { policy, diagnostics } = checkText(text, 'test.policy');
  if (policy === undefined) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return policy;
}

/** A rule every policy that ends calls needs: the checker wants `caller.vulnerable` read somewhere. */
export const CARE = `  rule care "Care" {
    when customer rudeness and caller.vulnerable
    do deescalate
  }`;
