import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../src/domain/records/bankHolidays';
import { isWorkingDay, workingDayCalendar, workingDaysBetween } from '../../../src/domain/records/workingDays';

const calendar = workingDayCalendar();

// A day-by-day count, the definition read literally (A < D ≤ B), for comparison.
const DAY = 86_400_000;
const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
function countByHand(a: string, b: string, closed: readonly string[] = []): number {
  const holidays = new Set([...ENGLAND_AND_WALES_BANK_HOLIDAYS.map(([date]) => date), ...closed]);
  let count = 0;
  for (let time = utc(a) + DAY; time <= utc(b); time += DAY) {
    const date = new Date(time);
    const iso = date.toISOString().slice(0, 10);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6 && !holidays.has(iso)) count++;
  }
  return count;
}

describe('workingDaysBetween (A < D ≤ B)', () => {
  it('is 0 when B is A, even on a working day', () => {
    expect(workingDaysBetween('2024-01-10', '2024-01-10', calendar)).toBe(0);
  });

  it('counts the day after A first, and B when it is a working day', () => {
    expect(workingDaysBetween('2024-01-10', '2024-01-11', calendar)).toBe(1); // Wednesday to Thursday
    expect(workingDaysBetween('2024-01-12', '2024-01-15', calendar)).toBe(1); // Friday to Monday
    expect(workingDaysBetween('2024-01-12', '2024-01-14', calendar)).toBe(0); // Friday to Sunday
    expect(workingDaysBetween('2024-01-13', '2024-01-15', calendar)).toBe(1); // Saturday to Monday
  });

  it('is 0 when B is before A (no day lies between)', () => {
    expect(workingDaysBetween('2024-01-15', '2024-01-10', calendar)).toBe(0);
  });

  it('skips bank holidays, one-off days included', () => {
    expect(workingDaysBetween('2020-05-07', '2020-05-11', calendar)).toBe(1); // Fri 8 May 2020 (VE Day)
    expect(workingDaysBetween('2020-05-01', '2020-05-04', calendar)).toBe(1); // Mon 4 May 2020 was worked
    expect(workingDaysBetween('2022-06-01', '2022-06-06', calendar)).toBe(1); // 2 and 3 June 2022
    expect(workingDaysBetween('2022-09-16', '2022-09-20', calendar)).toBe(1); // 19 September 2022
    expect(workingDaysBetween('2023-05-05', '2023-05-09', calendar)).toBe(1); // 8 May 2023
    expect(workingDaysBetween('2011-04-28', '2011-05-03', calendar)).toBe(1); // 29 April and 2 May 2011
    expect(workingDaysBetween('2012-06-01', '2012-06-06', calendar)).toBe(1); // 4 and 5 June 2012
  });

  it('exactly 15 and 16 working days across a bank holiday (the Platinum Jubilee)', () => {
    // Friday 27 May 2022: 30, 31 May, 1 June, (2, 3 June bank holidays), 6-10, 13-17, 20, 21 June.
    expect(workingDaysBetween('2022-05-27', '2022-06-21', calendar)).toBe(15);
    expect(workingDaysBetween('2022-05-27', '2022-06-22', calendar)).toBe(16);
  });

  it('exactly 15 and 16 working days across a closure day', () => {
    const closed = workingDayCalendar(['2024-03-05']);
    // Monday 4 March 2024: 15 weekdays on is Monday 25 March; closed on the 5th, it is the 26th.
    expect(workingDaysBetween('2024-03-04', '2024-03-25', calendar)).toBe(15);
    expect(workingDaysBetween('2024-03-04', '2024-03-25', closed)).toBe(14);
    expect(workingDaysBetween('2024-03-04', '2024-03-26', closed)).toBe(15);
    expect(workingDaysBetween('2024-03-04', '2024-03-27', closed)).toBe(16);
  });

  it('a closure on a weekend or a bank holiday takes no day twice', () => {
    const closed = workingDayCalendar(['2020-12-25', '2020-12-26', '2020-12-29']);
    // 24 Dec 2020 to 31 Dec: Christmas Day and Boxing Day (substitute, 28th) are bank holidays;
    // Saturday 26th is a weekend; the 29th is the council's closure. Left: 30 and 31 December.
    expect(workingDaysBetween('2020-12-24', '2020-12-31', closed)).toBe(2);
    expect(workingDaysBetween('2020-12-24', '2020-12-31', calendar)).toBe(3);
  });

  it('agrees with a day-by-day count over spans of every length, closures included', () => {
    const closures = ['2019-12-30', '2019-12-31', '2020-12-29', '2021-06-07'];
    const closed = workingDayCalendar(closures);
    const starts = ['2019-12-20', '2020-02-28', '2020-05-01', '2021-06-04', '2022-05-27', '2022-12-23', '2023-04-06', '2010-01-01'];
    const wrong: string[] = [];
    for (const start of starts) {
      for (let span = 0; span <= 800; span += 7 + (span % 5)) {
        const end = new Date(utc(start) + span * DAY).toISOString().slice(0, 10);
        if (workingDaysBetween(start, end, closed) !== countByHand(start, end, closures)) wrong.push(`${start}→${end}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('isWorkingDay', () => {
  it('is false on weekends, bank holidays and closures, true otherwise', () => {
    expect(isWorkingDay('2022-09-19', calendar)).toBe(false);
    expect(isWorkingDay('2022-09-17', calendar)).toBe(false);
    expect(isWorkingDay('2022-09-20', calendar)).toBe(true);
    expect(isWorkingDay('2022-09-20', workingDayCalendar(['2022-09-20']))).toBe(false);
  });
});
