/**
 * `check/bad-time`: calling hours `between HH:MM and HH:MM` need two real
 * times of day, 00:00 to 23:59, the first before the second (a window does
 * not run past midnight).
 */
import type { TimeLiteral, Window } from '../../ast.js';
import type { CheckContext } from '../context.js';

/** Minutes after midnight of `HH:MM`; undefined for anything else. */
function minutes(raw: string): number | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(raw);
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h <= 23 && min <= 59 ? h * 60 + min : undefined;
}

export function times(ctx: CheckContext): void {
  const valid = (t: TimeLiteral): number | undefined => {
    const value = minutes(t.raw);
    if (value !== undefined) return value;
    const m = /^(\d{1,2}):(\d{2})$/.exec(t.raw);
    const padded = m && minutes(`${m[1]!.padStart(2, '0')}:${m[2]}`) !== undefined ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
    ctx.error('check/bad-time', `\`${t.raw}\` is not a time of day`, t.span, {
      help: padded ? `write \`${padded}\`` : 'a time is hours and minutes from `00:00` to `23:59`, e.g. `09:00`',
    });
    return undefined;
  };
  const check = (w: Window | undefined): void => {
    if (!w) return;
    const from = valid(w.from);
    const to = valid(w.to);
    if (from === undefined || to === undefined || from < to) return;
    ctx.error('check/bad-time', `the hours \`${w.from.raw}\` to \`${w.to.raw}\` are empty`, w.span, {
      help: 'put the earlier time first: calling hours end on the day they start',
    });
  };
  for (const rule of ctx.ownRules) {
    for (const item of [...ctx.choices(rule), ...ctx.duties(rule)]) check(item.window);
  }
}
