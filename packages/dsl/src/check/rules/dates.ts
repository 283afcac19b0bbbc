/** `check/bad-date`: an `effective` date that is not on the calendar. */
import type { CheckContext } from '../context.js';
import { isCalendarDate } from '../literals.js';

export function dates(ctx: CheckContext): void {
  for (const item of ctx.policy.items) {
    if (item.kind !== 'HeaderField' || item.field !== 'effective') continue;
    const raw = item.value.kind === 'Date' ? item.value.raw : item.value.value;
    if (item.value.kind === 'Date' && isCalendarDate(raw)) continue;
    ctx.error('check/bad-date', `\`${raw}\` is not a date on the calendar`, item.value.span, {
      help: 'write a real date as year-month-day, e.g. `2026-12-01`',
    });
  }
}
