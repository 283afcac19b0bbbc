/**
 * `check/stance-weakened`: an extending policy may keep its base's stance or
 * tighten it, never loosen it. A team's policy that said `stance
 * warn_then_end` over a `never_hang_up` base would otherwise check clean and
 * end calls the company promised never to end (docs/stances.md, "Stances and
 * `extends`").
 */
import type { Stance } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';

/**
 * For each stance, the stances at least as strict. `never_hang_up` is the
 * strictest; `warn_then_end` adds warnings to everything `zero_tolerance`
 * allows; `escalate_first` and `warn_then_end` each demand something the
 * other does not, so neither tightens the other. `none` is the loosest.
 */
const AT_LEAST_AS_STRICT: Readonly<Record<Stance, readonly Stance[]>> = {
  never_hang_up: ['never_hang_up'],
  escalate_first: ['escalate_first', 'never_hang_up'],
  warn_then_end: ['warn_then_end', 'never_hang_up'],
  zero_tolerance: ['zero_tolerance', 'warn_then_end', 'never_hang_up'],
  // Taking no stance promises nothing, so any stance keeps it.
  none: ['none', 'zero_tolerance', 'warn_then_end', 'escalate_first', 'never_hang_up'],
};

export function stanceInheritance(ctx: CheckContext): void {
  const baseHeader = ctx.base?.scope.headers.get('stance');
  const own = ctx.policy.items.find((i) => i.kind === 'HeaderField' && i.field === 'stance');
  if (!baseHeader || own?.kind !== 'HeaderField' || own.value.kind !== 'Name' || baseHeader.value.kind !== 'Name') return;
  const base = baseHeader.value.value as Stance;
  const mine = own.value.value as Stance;
  const allowed = AT_LEAST_AS_STRICT[base];
  // An unknown stance on either side is `check/unknown-stance`'s to report.
  if (allowed === undefined || !(mine in AT_LEAST_AS_STRICT) || allowed.includes(mine)) return;
  ctx.error('check/stance-weakened', `\`stance ${mine}\` loosens the base's \`stance ${base}\``, own.value.span, {
    help:
      allowed.length === 1
        ? `remove this line to keep \`${base}\`: nothing is stricter`
        : `remove this line to keep \`${base}\`, or tighten it to ${allowed
            .filter((s) => s !== base)
            .map((s) => `\`${s}\``)
            .join(' or ')}`,
    related: [{ span: baseHeader.value.span, message: `the base's stance is \`${base}\` here` }],
  });
}
