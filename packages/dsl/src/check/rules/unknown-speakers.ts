/** `check/unknown-speaker`: in `customer threat`, the first word must be a speaker. */
import { SPEAKERS } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { didYouMean } from '../suggest.js';

export function unknownSpeakers(ctx: CheckContext): void {
  for (const rule of ctx.ownRules) {
    for (const atom of ctx.atoms(rule)) {
      if (atom.kind !== 'Behaviour' || !atom.speaker) continue;
      const { value, span } = atom.speaker;
      if (value === '' || (SPEAKERS as readonly string[]).includes(value)) continue;
      const near = didYouMean(value, SPEAKERS);
      ctx.error('check/unknown-speaker', `unknown speaker \`${value}\``, span, {
        help: `${near ? `${near} ` : ''}the speaker is \`customer\` or \`agent\``,
      });
    }
  }
}
