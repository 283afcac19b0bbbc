/**
 * `check/immediately-not-zero-tolerance`: a step marked `immediately` owes no
 * warning, so its rule must only fire on zero-tolerance behaviours: every
 * way the condition can be true (each conjunct of its disjunctive normal
 * form) must include a behaviour atom whose behaviours are all listed in
 * `zero_tolerance`.
 */
import { atomKey } from '../condition.js';
import type { Conjunct } from '../condition.js';
import type { CheckContext } from '../context.js';
import { ends } from '../ladder.js';
import { keywordSpan } from '../spans.js';
import { ruleLabel } from '../stance.js';

export function immediately(ctx: CheckContext): void {
  const zeroTolerance = new Set(ctx.scope.zeroTolerance.flatMap((z) => ctx.behavioursOf(z.value) ?? []));
  for (const rule of ctx.scope.rules) {
    const step = ctx.choices(rule).find((s) => s.immediately && ends(s));
    if (!step) continue;
    const dnf = ctx.dnf(rule);
    if (!dnf) continue; // an unknown name (reported elsewhere), or too large to analyse
    const open = dnf.find((c) => satisfiable(c) && !c.some((l) => l.positive && l.atom.kind === 'behaviour' && l.atom.behaviours.length > 0 && l.atom.behaviours.every((b) => zeroTolerance.has(b))));
    if (!open) continue;
    const culprit = open
      .flatMap((l) => (l.positive && l.atom.kind === 'behaviour' ? l.atom.behaviours : []))
      .find((b: string) => !zeroTolerance.has(b));
    const span = keywordSpan(step.span, 'immediately', ctx.comments);
    if (culprit) {
      ctx.error('check/immediately-not-zero-tolerance', `\`immediately\` owes no warning, but ${ruleLabel(rule)} also fires on \`${culprit}\`, which is not zero-tolerance`, span, {
        help: `add \`${culprit}\` to \`zero_tolerance\`, or remove \`immediately\` and warn first`,
      });
    } else {
      ctx.error('check/immediately-not-zero-tolerance', `\`immediately\` owes no warning, but ${ruleLabel(rule)} can fire without a zero-tolerance behaviour`, span, {
        help: 'make its `when` require a behaviour listed in `zero_tolerance`, or remove `immediately` and warn first',
      });
    }
  }
}

/** False when a conjunct holds an atom and its negation, so can never be true. */
function satisfiable(conjunct: Conjunct): boolean {
  const pos = new Set(conjunct.filter((l) => l.positive).map((l) => atomKey(l.atom)));
  return !conjunct.some((l) => !l.positive && pos.has(atomKey(l.atom)));
}
