/** `check/missing-header`: every policy states its `version`; a stance is set here or in a base. */
import type { CheckContext } from '../context.js';

export function headers(ctx: CheckContext): void {
  const { policy, scope } = ctx;
  const at = policy.name.span;
  if (!policy.items.some((i) => i.kind === 'HeaderField' && i.field === 'version')) {
    ctx.error('check/missing-header', `policy \`${policy.name.value}\` has no \`version\``, at, {
      help: 'add a line such as `version "1.0.0"`',
    });
  }
  if (!scope.headers.has('stance')) {
    ctx.error('check/missing-header', `policy \`${policy.name.value}\` has no \`stance\``, at, {
      help: 'add `stance warn_then_end`, `stance zero_tolerance`, `stance escalate_first` or `stance never_hang_up`, or `stance none` for a policy that takes no stance',
    });
  }
}
