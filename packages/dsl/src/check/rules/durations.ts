/** `check/bad-duration`: a duration with an unknown unit, or zero where a period is needed. */
import type { DurationLiteral } from '../../ast.js';
import { fieldType } from '../condition.js';
import type { CheckContext } from '../context.js';

/** Units authors spell out, mapped to the language's one-letter units. */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  sec: 's', secs: 's', second: 's', seconds: 's',
  min: 'm', mins: 'm', minute: 'm', minutes: 'm',
  hr: 'h', hrs: 'h', hour: 'h', hours: 'h',
  day: 'd', days: 'd',
  wk: 'w', wks: 'w', week: 'w', weeks: 'w',
};

export function durations(ctx: CheckContext): void {
  const check = (d: DurationLiteral | undefined, zeroAllowed = false): void => {
    if (!d || d.raw === '') return;
    const ms = d.ms;
    if (ms === undefined) {
      const m = /^(\d+)([A-Za-z_][A-Za-z0-9_]*)$/.exec(d.raw);
      const unit = m ? UNIT_WORDS[m[2]!.toLowerCase()] : undefined;
      ctx.error('check/bad-duration', `\`${d.raw}\` is not a duration`, d.span, {
        help: unit
          ? `write \`${m![1]}${unit}\``
          : 'a duration is a whole number and a unit, `s`, `m`, `h`, `d` or `w`, or several largest first: e.g. `30s`, `10m`, `1m30s`, `90d`',
      });
    } else if (ms === 0 && !zeroAllowed) {
      ctx.error('check/bad-duration', `\`${d.raw}\` is no time at all`, d.span, {
        help: 'give a period longer than zero',
      });
    }
  };
  for (const rule of ctx.ownRules) {
    for (const atom of ctx.atoms(rule)) {
      if (atom.kind === 'Behaviour') check(atom.count?.within);
      // A duration compared with a number field is a type mismatch, reported there.
      else if (atom.value?.kind === 'Duration' && fieldType(atom) === 'duration') check(atom.value, true);
    }
    for (const step of ctx.choices(rule)) {
      check(step.after);
      check(step.for);
      check(step.within);
    }
    for (const duty of ctx.duties(rule)) {
      check(duty.within);
      check(duty.for);
    }
  }
  for (const item of ctx.policy.items) {
    if (item.kind === 'RecordExpiry') check(item.after);
    if (item.kind === 'RestrictionDef') {
      check(item.lasts);
      check(item.review?.after);
      check(item.review?.every);
    }
  }
}
