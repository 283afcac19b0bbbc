import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoreError } from './store-error.js';
import { parseHolidays, workingDaysAfter } from './working-days.js';

const none = new Set<string>();

describe('workingDaysAfter', () => {
  it('counts Monday to Friday from the next day, whatever the hour of the decision', () => {
    // Monday 2027-01-04, late in the day: ten working days end on Monday 2027-01-18.
    expect(workingDaysAfter('2027-01-04T23:30:00.000Z', 10, none)).toBe('2027-01-18T23:59:59.999Z');
    // A Friday: the weekend does not count.
    expect(workingDaysAfter('2027-01-08T09:00:00.000Z', 1, none)).toBe('2027-01-11T23:59:59.999Z');
    // A Saturday: the first working day is Monday.
    expect(workingDaysAfter('2027-01-09T09:00:00.000Z', 1, none)).toBe('2027-01-11T23:59:59.999Z');
    expect(workingDaysAfter('2027-01-09T09:00:00.000Z', 0, none)).toBe('2027-01-09T23:59:59.999Z');
  });

  it('skips the holidays listed', () => {
    const christmas = parseHolidays('# England and Wales\n2026-12-25\n2026-12-28 # Boxing Day, moved\n\n2027-01-01\n', 'holidays.txt');
    // Tuesday 2026-12-22: 23, 24, 29, 30, 31, 4 January.
    expect(workingDaysAfter('2026-12-22T10:00:00.000Z', 6, christmas)).toBe('2027-01-04T23:59:59.999Z');
    expect(workingDaysAfter('2026-12-22T10:00:00.000Z', 6, none)).toBe('2026-12-30T23:59:59.999Z');
  });

  it('ends on a working day with exactly n working days after the day of the decision', () => {
    const days = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 10 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 30 }), days, (offset, n, holidayOffsets) => {
        const start = Date.UTC(2026, 0, 1) + offset * 86_400_000 + 3_600_000;
        const holidays = new Set(holidayOffsets.map((h) => new Date(start + h * 86_400_000).toISOString().slice(0, 10)));
        const end = Date.parse(workingDaysAfter(new Date(start).toISOString(), n, holidays));
        let counted = 0;
        let lastWorking = Math.floor(start / 86_400_000) * 86_400_000;
        for (let day = lastWorking + 86_400_000; day < end; day += 86_400_000) {
          const weekday = new Date(day).getUTCDay();
          if (weekday !== 0 && weekday !== 6 && !holidays.has(new Date(day).toISOString().slice(0, 10))) {
            counted++;
            lastWorking = day;
          }
        }
        expect(counted).toBe(n);
        if (n > 0) expect(end).toBe(lastWorking + 86_400_000 - 1);
      }),
    );
  });
});

describe('parseHolidays', () => {
  it('says which line is not a day', () => {
    expect(() => parseHolidays('2027-01-01\n2027-02-30\n', 'holidays.txt')).toThrow(StoreError);
    expect(() => parseHolidays('2027-01-01\n2027-02-30\n', 'holidays.txt')).toThrow('holidays.txt:2: `2027-02-30` is not a day; write one YYYY-MM-DD a line');
  });
});
