// Days as whole numbers, so that counting working days is integer arithmetic on `YYYY-MM-DD`
// strings and never a Date (the way back, a day number to YYYY-MM-DD, is spreadsheet/excelDate.ts'
// isoDayFromUnixDays: the same day 0) (a Date in local time shifts a day at midnight in any zone west of
// Greenwich, and twice a year at the clock change). Day 0 is 1970-01-01, a Thursday.
import { daysInMonth, formatIsoDate, isIsoDate } from '../months';
import { isoDayFromUnixDays } from '../spreadsheet/excelDate';

/**
 * The day number of a `YYYY-MM-DD` date: days since 1970-01-01 in the proleptic Gregorian
 * calendar (Howard Hinnant's days_from_civil, http://howardhinnant.github.io/date_algorithms.html).
 */
export function dayNumber(isoDate: string): number {
  if (!isIsoDate(isoDate)) throw new Error(`Not a date (YYYY-MM-DD): ${isoDate}`);
  return dayNumberOf(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), Number(isoDate.slice(8, 10)));
}

/** The day number of year, month (1 to 12) and day, which must be a day of that month. */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** 0 for Monday to 6 for Sunday (day 0, 1970-01-01, was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Whether year, month and day name a day of the calendar (no 31 September, no 29 February 2021). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A day number in words, as a problem shows it: "2 March 2021" (the day from spreadsheet/'s civil_from_days). */
export function dayInWords(day: number): string {
  return formatIsoDate(isoDayFromUnixDays(day));
}
