import { describe, expect, it } from 'vitest';
import { dayInWords, dayNumber, dayNumberOf, isCalendarDay, weekdayOf } from '../../../src/domain/records/days';
import { isoDayFromUnixDays } from '../../../src/domain/spreadsheet/excelDate';

// Date.UTC is free of the time zone: the reference for day numbers in this test only.
const utcDay = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-03-01')).toBe(11017);
  });

  it('agrees with Date.UTC and round-trips every day from 1990 to 2099', () => {
    const first = utcDay('1990-01-01');
    const last = utcDay('2099-12-31');
    const wrong: string[] = [];
    for (let day = first; day <= last; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (dayNumber(iso) !== day || isoDayFromUnixDays(dayNumber(iso)) !== iso) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
    expect(last - first + 1).toBe(40177);
  });

  it('says a day in words', () => {
    expect(dayInWords(dayNumber('2021-03-02'))).toBe('2 March 2021');
  });

  it('knows the weekday, Monday 0 to Sunday 6', () => {
    expect(weekdayOf(dayNumber('1970-01-01'))).toBe(3);
    expect(weekdayOf(dayNumber('2020-05-08'))).toBe(4);
    expect(weekdayOf(dayNumber('2024-01-06'))).toBe(5);
    expect(weekdayOf(dayNumber('2024-01-07'))).toBe(6);
    expect(weekdayOf(dayNumber('2024-01-08'))).toBe(0);
    expect(weekdayOf(dayNumber('1969-12-29'))).toBe(0);
  });

  it('refuses what is not a day of the calendar', () => {
    expect(() => dayNumber('2022-09-31')).toThrow('Not a date');
    expect(() => dayNumber('2021-02-29')).toThrow('Not a date');
    expect(dayNumberOf(2020, 2, 29)).toBe(utcDay('2020-02-29'));
    expect(isCalendarDay(2022, 9, 31)).toBe(false);
    expect(isCalendarDay(2020, 2, 29)).toBe(true);
    expect(isCalendarDay(2021, 13, 1)).toBe(false);
    expect(isCalendarDay(2021, 1, 0)).toBe(false);
  });
});
