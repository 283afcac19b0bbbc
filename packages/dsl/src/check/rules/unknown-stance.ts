/** `check/unknown-stance`: `stance x` naming none of the stances (`none` included). */
import { STANCES } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { suggestionHelp } from '../suggest.js';

export function unknownStance(ctx: CheckContext): void {
  for (const item of ctx.policy.items) {
    if (item.kind !== 'HeaderField' || item.field !== 'stance') continue;
    const { value } = item;
    const written = value.kind === 'Date' ? value.raw : value.value;
    if (written === '' || (value.kind === 'Name' && (STANCES as readonly string[]).includes(written))) continue;
    ctx.error('check/unknown-stance', `unknown stance \`${written}\``, value.span, {
      help: suggestionHelp(written, STANCES, 'stances'),
    });
  }
}
