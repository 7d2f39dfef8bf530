// The list in bankHolidays.ts held to the published days: to the rules of the Banking and Financial
// Dealings Act 1971 and the yearly proclamations (worked out here from a table of Easter Sundays,
// independently of the list), and to the one-off days as GOV.UK publishes them.
import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAY_YEARS, ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../src/domain/records/bankHolidays';

const dates = ENGLAND_AND_WALES_BANK_HOLIDAYS.map(([date]) => date);

// Date.UTC: no time zone can move these days.
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const iso = (date: Date) => date.toISOString().slice(0, 10);
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const weekday = (date: Date) => date.getUTCDay(); // 0 Sunday … 6 Saturday

/** Easter Sunday, as published (Church of England tables). */
const EASTER: Record<number, string> = {
  2010: '04-04', 2011: '04-24', 2012: '04-08', 2013: '03-31', 2014: '04-20', 2015: '04-05', 2016: '03-27',
  2017: '04-16', 2018: '04-01', 2019: '04-21', 2020: '04-12', 2021: '04-04', 2022: '04-17', 2023: '04-09',
  2024: '03-31', 2025: '04-20', 2026: '04-05', 2027: '03-28', 2028: '04-16', 2029: '04-01', 2030: '04-21',
};

function firstMonday(year: number, month: number): Date {
  let day = utc(year, month, 1);
  while (weekday(day) !== 1) day = plusDays(day, 1);
  return day;
}

function lastMonday(year: number, month: number, days: number): Date {
  let day = utc(year, month, days);
  while (weekday(day) !== 1) day = plusDays(day, -1);
  return day;
}

/** The days the standing rules give, before any one-off proclamation. */
function byTheRules(year: number): string[] {
  const days: Date[] = [];
  let newYear = utc(year, 1, 1);
  while (weekday(newYear) === 0 || weekday(newYear) === 6) newYear = plusDays(newYear, 1);
  days.push(newYear);
  const easter = new Date(`${year}-${EASTER[year]}T00:00:00Z`);
  days.push(plusDays(easter, -2), plusDays(easter, 1));
  days.push(firstMonday(year, 5), lastMonday(year, 5, 31), lastMonday(year, 8, 31));
  const christmas = weekday(utc(year, 12, 25));
  // Christmas Day and Boxing Day, each moved to the next weekday not already taken.
  if (christmas === 5) days.push(utc(year, 12, 25), utc(year, 12, 28)); // Friday: Boxing Day on Monday 28
  else if (christmas === 6) days.push(utc(year, 12, 27), utc(year, 12, 28)); // Saturday: Monday and Tuesday
  else if (christmas === 0) days.push(utc(year, 12, 26), utc(year, 12, 27)); // Sunday: Monday and Tuesday
  else days.push(utc(year, 12, 25), utc(year, 12, 26));
  return days.map(iso);
}

/** One-off days by proclamation: [days added, days taken away]. */
const PROCLAIMED: Record<number, [string[], string[]]> = {
  2011: [['2011-04-29'], []],
  2012: [['2012-06-04', '2012-06-05'], ['2012-05-28']],
  2020: [['2020-05-08'], ['2020-05-04']],
  2022: [['2022-06-02', '2022-06-03', '2022-09-19'], ['2022-05-30']],
  2023: [['2023-05-08'], []],
};

describe('England and Wales bank holidays, 2010 to 2030', () => {
  it('covers every year from 2010 to 2030, in date order, each day once, every one a weekday', () => {
    expect(BANK_HOLIDAY_YEARS).toEqual({ first: 2010, last: 2030 });
    const years = new Set(dates.map((date) => Number(date.slice(0, 4))));
    expect([...years]).toEqual(Array.from({ length: 21 }, (_, index) => 2010 + index));
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    for (const date of dates) expect([0, 6], date).not.toContain(weekday(new Date(`${date}T00:00:00Z`)));
    for (const [, name] of ENGLAND_AND_WALES_BANK_HOLIDAYS) expect(name.length).toBeGreaterThan(0);
  });

  it.each(Array.from({ length: 21 }, (_, index) => 2010 + index))('%i: the days the rules and proclamations give', (year) => {
    const [added, removed] = PROCLAIMED[year] ?? [[], []];
    const expected = [...byTheRules(year).filter((date) => !removed.includes(date)), ...added].sort();
    expect(dates.filter((date) => date.startsWith(`${year}-`))).toEqual(expected);
  });

  it('holds the one-off days GOV.UK publishes, and not the days they replaced', () => {
    for (const day of ['2011-04-29', '2012-06-04', '2012-06-05', '2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08']) {
      expect(dates).toContain(day);
    }
    for (const day of ['2012-05-28', '2020-05-04', '2022-05-30']) expect(dates).not.toContain(day);
  });

  it('holds the substitute days GOV.UK publishes', () => {
    for (const day of [
      '2010-12-27', '2010-12-28', '2011-01-03', '2011-12-26', '2011-12-27', '2012-01-02', '2015-12-28', '2016-12-27',
      '2017-01-02', '2020-12-28', '2021-12-27', '2021-12-28', '2022-01-03', '2022-12-27', '2023-01-02', '2026-12-28',
    ]) {
      expect(dates).toContain(day);
    }
    expect(dates.filter((date) => date.startsWith('2022-'))).toHaveLength(10);
  });
});
