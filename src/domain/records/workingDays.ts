// Working days, as shared annex-a.md defines them: Monday to Friday, not a bank holiday in
// England and Wales (bankHolidays.ts) and not a closure day the council lists in calendar.json.
// Counting is integer arithmetic on day numbers (days.ts): weekdays by formula, non-working
// weekdays by binary search in a sorted list, so a span of years costs the same as a span of days.
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bankHolidays';
import { dayNumber, weekdayOf } from './days';

export interface WorkingDayCalendar {
  /** The weekdays that are not working days (bank holidays and closures), as sorted day numbers. */
  readonly nonWorkingWeekdays: readonly number[];
}

/**
 * The calendar of working days: bank holidays plus the council's closure days (`YYYY-MM-DD`).
 * Outside the years bankHolidays.ts covers only weekends and closures are skipped; the month being
 * counted must lie inside them (build-month refuses any other), so only a span reaching back before
 * 2010 could miss a bank holiday, which no month of these years' extracts needs.
 */
export function workingDayCalendar(closures: readonly string[] = []): WorkingDayCalendar {
  const days = new Set<number>();
  for (const [date] of ENGLAND_AND_WALES_BANK_HOLIDAYS) days.add(dayNumber(date));
  for (const date of closures) days.add(dayNumber(date));
  return { nonWorkingWeekdays: [...days].filter((day) => weekdayOf(day) < 5).sort((a, b) => a - b) };
}

// 1969-12-29, a Monday: weekdays are counted in whole weeks from it.
const A_MONDAY = -3;

/** Weekdays from A_MONDAY up to and including `day` (a running total; only differences matter). */
function weekdaysUpTo(day: number): number {
  const sinceMonday = day - A_MONDAY + 1;
  const weeks = Math.floor(sinceMonday / 7);
  return 5 * weeks + Math.min(sinceMonday - 7 * weeks, 5);
}

/** How many of the sorted `days` are at or before `day`. */
function countUpTo(days: readonly number[], day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle]! <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Working days from day number `a` to day number `b`: the working days D with a < D ≤ b (the day
 * after A is the first that can count; B counts when it is a working day), 0 when b = a (annex-a.md,
 * "Working days"). There are none when b is before a, so that is 0 too: a measure for which an event
 * before its start is a problem says so before it counts.
 */
export function workingDaysBetweenDays(a: number, b: number, calendar: WorkingDayCalendar): number {
  if (b <= a) return 0;
  const weekdays = weekdaysUpTo(b) - weekdaysUpTo(a);
  const closed = countUpTo(calendar.nonWorkingWeekdays, b) - countUpTo(calendar.nonWorkingWeekdays, a);
  return weekdays - closed;
}

/** workingDaysBetweenDays for two `YYYY-MM-DD` dates. */
export function workingDaysBetween(a: string, b: string, calendar: WorkingDayCalendar): number {
  return workingDaysBetweenDays(dayNumber(a), dayNumber(b), calendar);
}

/** Whether a `YYYY-MM-DD` date is a working day. */
export function isWorkingDay(date: string, calendar: WorkingDayCalendar): boolean {
  const day = dayNumber(date);
  return workingDaysBetweenDays(day - 1, day, calendar) === 1;
}
